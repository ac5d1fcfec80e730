import { decide, type Action, type Actor, type Resource } from '@lanyard/core';
import type { FastifyRequest } from 'fastify';
import { Forbidden, NotSignedIn } from '../http/errors.js';

/**
 * The one gate every route passes: actor, action, resource. The rules live in core
 * (authorization/rules.ts) so they can be read, and tested, without a server.
 */
export function authorize(actor: Actor, action: Action, resource: Resource): void {
  const d = decide(actor, action, resource);
  if (!d.allowed) throw Forbidden(d.reason);
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw NotSignedIn();
  return req.actor;
}
