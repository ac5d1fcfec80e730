import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event that its hash covers: all of them but the hash itself. */
export interface ChainedFields {
  id: string;
  trustId: string;
  seq: number;
  schoolId: string | null;
  actorPersonId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  detail: Record<string, unknown>;
  occurredAt: Date;
  prevHash: string;
}

/**
 * JSON with keys sorted at every depth, so the hash does not depend on the order in which
 * PostgreSQL's jsonb hands keys back.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function eventHash(e: ChainedFields): string {
  const body = canonicalJson({ ...e, occurredAt: e.occurredAt.toISOString() });
  return createHash('sha256').update(body).digest('hex');
}
