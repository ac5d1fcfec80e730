import { ALL_BUILDERS, compileChecker, type Roster, type TextKind } from '../src/index.js';
import { buildCorpus } from '../eval/generate-corpus.js';
import { evalRoster } from '../eval/roster-data.js';
const GIVEN = ['Oliver','George','Grace','May','Will','Rose','Hope','Summer','Amelia','Aisha','Wei','Zoë'];
const FAMILY = ['Smith','Jones','Patel','Khan','Chen','Rose','Young','Hughes','Fox','King'];
function rosterOf(people: number): Roster {
  const base = evalRoster(); let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const pupils = [...base.pupils]; const staff = [...base.staff];
  while (pupils.length + staff.length < people) {
    if (staff.length < people / 10) staff.push({ given: pick(GIVEN), family: pick(FAMILY), role: 'staff' });
    else pupils.push({ given: pick(GIVEN), family: pick(FAMILY), dob: '2016-01-11', year: 'Year 4', photoConsent: true });
  }
  return { school: base.school, pupils, staff };
}
const corpus = buildCorpus(evalRoster());
const long: string[] = []; const kinds: TextKind[] = [];
for (let start = 0; long.length < 50; start += 7) {
  let text = '';
  for (let i = start; text.length < 2_000; i++) text += corpus[i % corpus.length]!.text + ' ';
  long.push(text.slice(0, 2_000));
  kinds.push((['official_post', 'comment', 'personal_post'] as const)[long.length % 3]!);
}
const roster = rosterOf(2000);
const only = process.env.ONLY;
const builders = only ? ALL_BUILDERS.filter((b) => b.categories.join(',').includes(only)) : ALL_BUILDERS;
const checker = compileChecker(roster, builders);
for (let i = 0; i < 2000; i++) checker.check(long[i % 50]!, kinds[i % 50]!);
const HEAVY = (process.env.HEAVY ?? "").split(",").filter(Boolean).map(Number);
const per = Array.from({ length: 50 }, () => [] as number[]);
const rounds = Number(process.env.ROUNDS ?? 100);
for (let r = 0; r < rounds; r++) for (let i = 0; i < 50; i++) { if (HEAVY.length && !HEAVY.includes(i)) continue;
  const t0 = process.hrtime.bigint();
  checker.check(long[i]!, kinds[i]!);
  per[i]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const med = per.map((xs) => xs.sort((a, b) => a - b)[xs.length >> 1]!);
const order = med.map((m, i) => [m, i] as const).sort((a, b) => b[0] - a[0]);
console.log('mean', (med.reduce((a, b) => a + b, 0) / 50).toFixed(3), 'top', order.slice(0, 8).map(([m, i]) => `${i}:${m.toFixed(3)}(${kinds[i]})`).join(' '));
const all = per.flat().sort((a, b) => a - b);
console.log('p50', all[all.length >> 1]!.toFixed(3), 'p99', all[Math.floor(all.length * 0.99)]!.toFixed(3));
