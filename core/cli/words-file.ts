// The command line's --words: a school's own words for the checker, in the shape the app keeps
// them (SchoolWordsSchema: words to find, phrases to allow, nicknames), validated at the edge.
import { readFileSync } from 'node:fs';
import { SchoolWordsSchema, type SchoolWords } from '../src/index.js';

export class WordsInvalid extends Error {}

/** The school's words in the file `path`, or WordsInvalid naming what is wrong and where. */
export function loadSchoolWords(path: string): SchoolWords {
  if (!path) throw new WordsInvalid('no file given after --words: give a JSON file of {"add": [...], "allow": [...], "nicknames": [...]}');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WordsInvalid(code ? `cannot read the words ${path}: ${code}` : `${path} is not JSON: ${(e as Error).message}`);
  }
  const parsed = SchoolWordsSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new WordsInvalid(`${path} is not a list of school words: ${problems.join('; ')}${more}`);
  }
  return parsed.data;
}
