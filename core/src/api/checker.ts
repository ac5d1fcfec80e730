// A content checker finding as the API answers with it (see responses.ts for why it lives in core).
// Zod only: no I/O.
import { z } from 'zod';
import { CHECKER_CATEGORIES, type Finding } from '../checker/types.js';

const Range = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const CheckFindingSchema = z.object({
  category: z.enum(CHECKER_CATEGORIES),
  start: z.number().int(),
  end: z.number().int(),
  severity: z.enum(['block', 'warning', 'info']),
  reason: z.string(),
  clause: z.string().optional().describe('The school\u2019s policy clause, when its pack in force names one: the clause\u2019s anchor, ": ", then its words.'),
  suggestion: z.string().optional().describe('Text to write in as it is, in place of `replaces` (or of the finding\u2019s own span). Never advice. The names of one sentence offer one rewrite that replaces them all.'),
  replaces: Range.optional().describe('The range `suggestion` replaces (UTF-16 offsets, end exclusive), when it is not the finding\u2019s own span.'),
  advice: z.string().optional().describe('What to do, when there is no text to write in.'),
}).meta({ id: 'CheckFinding', description: 'Something the checker found in a text, where it is, how serious, and why.' });

// the response schema and the checker's Finding must stay one shape
const _sameShape: z.ZodType<Finding> = CheckFindingSchema;
void _sameShape;
