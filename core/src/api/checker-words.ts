// A school's own words for the content checker: the file shape (SchoolWords) and the API's
// request and response shapes (see responses.ts for why they live in core). Zod only: no I/O.
import { z } from 'zod';
import { checkableTerm, WORD_CATEGORIES, type SchoolWords } from '../checker/school-words.js';

export const SEVERITIES = ['block', 'warning', 'info'] as const;
/** a word, a phrase or a nickname: long enough to mean something, short enough to be one */
export const CHECKER_WORD_MIN = 2;
export const CHECKER_WORD_MAX = 100;

/** Trimmed, inner spaces made one, 2 to 100 characters, with letters the checker can read. */
const Term = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(CHECKER_WORD_MIN, `must be at least ${CHECKER_WORD_MIN} characters`)
      .max(CHECKER_WORD_MAX, `must be at most ${CHECKER_WORD_MAX} characters`)
      .refine(checkableTerm, 'must have at least two letters from A to Z (accents are fine): the checker reads the Latin alphabet'),
  );

/** The school's words as a file (the command line's --words, or a school's own tools). */
export const SchoolWordsSchema = z
  .object({
    add: z.array(z.object({ term: Term, category: z.enum(WORD_CATEGORIES), severity: z.enum(SEVERITIES).optional() })),
    allow: z.array(Term),
    nicknames: z.array(
      z.object({
        of: z.union([z.literal('school'), z.object({ kind: z.enum(['pupil', 'staff']), given: z.string().trim().min(1), family: z.string().trim().min(1) })]),
        nickname: Term,
      }),
    ),
  })
  .strict()
  .meta({ id: 'SchoolWords', description: 'A school\u2019s own words for the checker: added words, allowed phrases, nicknames.' });

// the schema and the core's SchoolWords type must stay one shape
const _sameShape: z.ZodType<SchoolWords, z.input<typeof SchoolWordsSchema>> = SchoolWordsSchema;
void _sameShape;

export const NewCheckerWordSchema = z.object({
  term: Term,
  category: z.enum(WORD_CATEGORIES),
  severity: z.enum(SEVERITIES).default('block'),
});
export const NewAllowedPhraseSchema = z.object({ phrase: Term });
export const NewNicknameSchema = z.object({
  nickname: Term,
  /** the pupil or member of staff it is of; null for a nickname of the school */
  personId: z.uuid('must be an id from Lanyard').nullable(),
});

const AddedSchema = z.object({ id: z.string(), addedAt: z.string(), addedBy: z.string().nullable() });

export const CheckerWordsSchema = z
  .object({
    words: z.array(AddedSchema.extend({ term: z.string(), category: z.enum(WORD_CATEGORIES), severity: z.enum(SEVERITIES) })),
    allowed: z.array(AddedSchema.extend({ phrase: z.string() })),
    nicknames: z.array(
      AddedSchema.extend({
        nickname: z.string(),
        /** null: a nickname of the school itself */
        person: z.object({ id: z.string(), name: z.string(), kind: z.enum(['pupil', 'staff']) }).nullable(),
      }),
    ),
    /** pupils' nicknames name pupils: shown only to those who may see the school's people */
    pupilNicknamesShown: z.boolean(),
  })
  .meta({ id: 'CheckerWords', description: 'The words a school has added to its checker, the phrases it allows, and the nicknames it knows.' });

export type NewCheckerWord = z.input<typeof NewCheckerWordSchema>;
export type NewAllowedPhrase = z.input<typeof NewAllowedPhraseSchema>;
export type NewNickname = z.input<typeof NewNicknameSchema>;
export type CheckerWordsView = z.infer<typeof CheckerWordsSchema>;
