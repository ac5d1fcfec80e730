import type { Actor } from '@lanyard/core';

declare module 'fastify' {
  interface FastifyRequest {
    /** the signed-in person, resolved from the session cookie; null when signed out */
    actor: Actor | null;
    sessionToken: string | null;
  }
}
