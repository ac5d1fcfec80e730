// npm run -s checker -- --roster ROSTER.json  <  texts.jsonl  >  findings.jsonl
// One JSON object a line in ({"text", "kind", "images"?}), one a line out ({"findings"} or
// {"error"}), in the same order; read line by line, so the input never has to fit in memory.
// Exit 2: no roster, or one that cannot be read or is not a roster. Exit 1: the checker failed
// on a line (reported on that line and on stderr; the run goes on).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ALL_BUILDERS, compileChecker } from '../src/index.js';
import { answerLine, formatLine } from './check-line.js';
import { parseRoster, RosterInvalid } from './roster-schema.js';

const USAGE = 'usage: npm run -s checker -- --roster ROSTER.json < texts.jsonl';

function rosterPath(args: string[]): string {
  const at = args.indexOf('--roster');
  const path = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--roster='))?.slice('--roster='.length);
  if (!path) throw new RosterInvalid(`no roster given\n${USAGE}`);
  return path;
}

function loadRoster(args: string[]) {
  const path = rosterPath(args);
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RosterInvalid(`cannot read the roster ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseRoster(json, path);
}

async function main(): Promise<number> {
  let checker;
  try {
    checker = compileChecker(loadRoster(process.argv.slice(2)), ALL_BUILDERS);
  } catch (e) {
    if (!(e instanceof RosterInvalid)) throw e;
    process.stderr.write(`checker: ${e.message}\n`);
    return 2;
  }
  let lineNumber = 0;
  let failed = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    let out: string;
    try {
      out = formatLine(answerLine(checker, line, lineNumber));
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

process.exitCode = await main();
