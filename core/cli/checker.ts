// npm run -s checker -- --roster ROSTER.json [--pack PACK.yaml | --pack belsteads] [--words WORDS.json]  <  texts.jsonl  >  findings.jsonl
// One JSON object a line in ({"text", "kind", "images"?}), one a line out ({"findings"} or
// {"error"}), in the same order; read line by line, so the input never has to fit in memory.
// With --pack, each finding carries the clause the pack's `checker` section names for it. With
// --words, the school's own words (added words, allowed phrases, nicknames) join the lexicon. With --meaning, the
// reading of meaning (src/checker/meaning) reads each sentence too: slower (the encoder loads in about a second, then
// takes milliseconds a sentence), for threats and hate worded in ways the rules do not know.
// Exit 2: no roster, or a roster, pack or words file that cannot be read or is not one. Exit 1: the checker
// failed on a line (reported on that line and on stderr; the run goes on).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { compileChecker, NO_SCHOOL_WORDS, withClauses, withSchoolWords, type Checker } from '../src/index.js';
import { answerLine, answerLineWithMeaning, formatLine } from './check-line.js';
import { loadPackClauses, PackInvalid } from './pack-file.js';
import { parseRoster, RosterInvalid } from './roster-schema.js';
import { loadSchoolWords, WordsInvalid } from './words-file.js';

const USAGE = 'usage: npm run -s checker -- --roster ROSTER.json [--pack PACK.yaml | --pack BUILTIN_ID] [--words WORDS.json] [--meaning] < texts.jsonl';

/** The value of `--name VALUE` or `--name=VALUE`. */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  // a flag with nothing after it is given but empty, so it is refused rather than ignored
  return at >= 0 ? (args[at + 1] ?? '') : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function loadRoster(args: string[]) {
  const path = option(args, 'roster');
  if (!path) throw new RosterInvalid(`no roster given\n${USAGE}`);
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RosterInvalid(`cannot read the roster ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseRoster(json, path);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let checker: Checker;
  let allow: readonly string[];
  try {
    const wordsFile = option(args, 'words');
    const words = wordsFile === undefined ? NO_SCHOOL_WORDS : loadSchoolWords(wordsFile);
    allow = words.allow;
    const { roster, builders } = withSchoolWords(loadRoster(args), words);
    checker = compileChecker(roster, builders);
    const pack = option(args, 'pack');
    if (pack !== undefined) checker = withClauses(checker, loadPackClauses(pack));
  } catch (e) {
    if (!(e instanceof RosterInvalid || e instanceof PackInvalid || e instanceof WordsInvalid)) throw e;
    process.stderr.write(`checker: ${e.message}\n`);
    return 2;
  }
  // loaded only when asked for: it is the one slow part
  const encode = args.includes('--meaning') ? (await import('../encoder/encoder.js')).embed : undefined;
  let lineNumber = 0;
  let failed = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    let out: string;
    try {
      out = formatLine(encode ? await answerLineWithMeaning(checker, line, lineNumber, encode, allow) : answerLine(checker, line, lineNumber));
    } catch (e) {
      // a fault in a category, not in the input: say so on the line and carry on with the rest
      failed = true;
      process.stderr.write(`checker: line ${lineNumber}: ${(e as Error).stack ?? String(e)}\n`);
      out = formatLine({ error: `line ${lineNumber}: the checker failed on this text: ${(e as Error).message}` });
    }
    // respect back-pressure, so a slow reader of our output does not make us buffer it all
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  return failed ? 1 : 0;
}

// a reader that stops early ("… | head") closes the pipe: stop quietly, as other command-line tools do
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

process.exitCode = await main();
