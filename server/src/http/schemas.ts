import { z } from 'zod';
import { ProblemSchema } from '@lanyard/core';

export { ProblemSchema };

/** Problem responses every signed-in route can give. */
export const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
} as const;

export const Id = z.uuid('must be an id from Lanyard');
export const SchoolParams = z.object({ schoolId: Id });
export const PersonParams = z.object({ personId: Id });

/** An email address as people type it: trimmed and compared in lower case. */
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an email address such as name@school.org.uk'))
  .transform((s) => s.toLowerCase());

export const Name = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');

/** A calendar date as YYYY-MM-DD. */
export const IsoDate = z.iso.date('must be a date as YYYY-MM-DD');
