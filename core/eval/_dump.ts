// temporary: every labelled text as each kind, its findings, one line each (never commit)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { ALL_BUILDERS, compileChecker, type TextKind } from '../src/index.js';
import { evalRoster } from './roster-data.js';
const checker = compileChecker(evalRoster(), ALL_BUILDERS);
const out: string[] = [];
const dir = new URL('.', import.meta.url).pathname;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(dir + f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line);
    for (const kind of ['official_post', 'comment', 'personal_post'] as TextKind[]) {
      const found = checker.check(e.text, kind);
      out.push(`${f}\t${e.id}\t${kind}\t${JSON.stringify(found)}`);
    }
  }
}
writeFileSync(process.argv[2]!, out.join('\n') + '\n');
console.log(out.length, 'checks');
