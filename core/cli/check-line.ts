// The command line's work on one input line, with no I/O, so it can be tested as a function.
import { z } from 'zod';
import { TextTooLong, type Checker } from '../src/checker/check.js';
import { MAX_TEXT_LENGTH, TEXT_KINDS, type Finding as CheckFinding } from '../src/checker/types.js';
import { readMeaningOf, type Encode } from '../src/checker/meaning/meaning.js';

export const InputLineSchema = z
  .object({
    text: z.string(),
    kind: z.enum(TEXT_KINDS),
    images: z.array(z.object({ tagged: z.array(z.string()) })).optional(),
  });
// other fields (an id, a corpus line's labels) are ignored, so lines can be piped in as they are

/**
 * JSON escapes can make a text six times longer on the line (\uXXXX), so a line past this cannot
 * hold a text within the limit; it is refused before parsing, so a huge line costs no more work.
 */
export const MAX_LINE_LENGTH = MAX_TEXT_LENGTH * 6 + 10_000;

/**
 * One output line: the findings, or the error of a bad input line. With --meaning, `meaning` says whether every sentence
 * was read for its sense ("read") or, in a text over MAX_MEANING_CHARACTERS, the first of them ("partial"), as the API says.
 */
export type OutputLine = { findings: CheckFinding[]; meaning?: 'read' | 'partial' } | { error: string };

/** The finding as the command line prints it: named fields only, in a fixed order. */
function present(f: CheckFinding): CheckFinding {
  return {
    category: f.category,
    start: f.start,
    end: f.end,
    severity: f.severity,
    reason: f.reason,
    ...(f.clause !== undefined ? { clause: f.clause } : {}),
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    ...(f.replaces !== undefined ? { replaces: { start: f.replaces.start, end: f.replaces.end } } : {}),
    ...(f.advice !== undefined ? { advice: f.advice } : {}),
  };
}

export type InputLine = z.infer<typeof InputLineSchema>;

/** Input line `lineNumber` (counted from 1) as a text to check, or the error to answer it with. */
export function parseLine(line: string, lineNumber: number): InputLine | { error: string } {
  const fail = (message: string) => ({ error: `line ${lineNumber}: ${message}` });
  if (line.length > MAX_LINE_LENGTH) return fail(`the line is ${line.length.toLocaleString('en-GB')} characters long, too long to hold a text of at most ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters`);
  if (line.trim() === '') return fail('empty line; expected a JSON object such as {"text": "...", "kind": "comment"}');
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return fail(`not JSON: ${(e as Error).message}`);
  }
  const parsed = InputLineSchema.safeParse(data);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

/** The checker's answer for a parsed input line. */
function checkInput(checker: Checker, input: InputLine, lineNumber: number): OutputLine {
  try {
    return { findings: checker.check(input.text, input.kind, input.images).map(present) };
  } catch (e) {
    if (e instanceof TextTooLong) return { error: `line ${lineNumber}: ${e.message}` };
    throw e;
  }
}

/** What the command line answers for input line `lineNumber` (counted from 1). */
export function answerLine(checker: Checker, line: string, lineNumber: number): OutputLine {
  const input = parseLine(line, lineNumber);
  return 'error' in input ? input : checkInput(checker, input, lineNumber);
}

/** The same, with the reading of meaning's findings added (--meaning): `encode` is the sentence encoder. */
export async function answerLineWithMeaning(checker: Checker, line: string, lineNumber: number, encode: Encode, allow: readonly string[]): Promise<OutputLine> {
  const input = parseLine(line, lineNumber);
  if ('error' in input) return input;
  const answer = checkInput(checker, input, lineNumber);
  if ('error' in answer) return answer;
  const read = await readMeaningOf(input.text, input.kind, answer.findings, encode, allow);
  return { findings: read.findings.map(present), meaning: read.read < read.sentences ? 'partial' : 'read' };
}

/**
 * The output line's text: one JSON object on one line. JSON leaves U+2028 and U+2029 raw, and some
 * readers split lines on them, so they are escaped too.
 */
export const formatLine = (out: OutputLine): string => JSON.stringify(out).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
