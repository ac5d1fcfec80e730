// The roster file the app exports (issue 5), validated at the edge of the command line.
import { z } from 'zod';
import type { Roster } from '../src/checker/types.js';

const Name = z.string().trim().min(1, 'must not be empty');

export const RosterSchema = z
  .object({
    school: z.object({
      name: Name,
      short: Name,
      town: Name,
      postcode: Name,
      address: z.string().optional(),
      phone: z.string().optional(),
      email: z.string().optional(),
      nicknames: z.array(Name).optional(),
    }),
    pupils: z.array(
      z.object({
        given: Name,
        family: Name,
        dob: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
        year: Name,
        photoConsent: z.boolean(),
        aka: z.array(Name).optional(),
      }),
    ),
    staff: z.array(z.object({ given: Name, family: Name, role: Name, aka: z.array(Name).optional() })),
  })
  .strict();

// the schema and the core's Roster type must stay one shape
const _sameShape: z.ZodType<Roster> = RosterSchema;
void _sameShape;

export class RosterInvalid extends Error {}

/** The roster in a file's text, or RosterInvalid naming what is wrong and where. */
export function parseRoster(json: string, source: string): Roster {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new RosterInvalid(`${source} is not JSON: ${(e as Error).message}`);
  }
  const parsed = RosterSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new RosterInvalid(`${source} is not a roster: ${problems.join('; ')}${more}`);
  }
  return parsed.data;
}
