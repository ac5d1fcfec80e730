// npm run bench:rules — how fast the rules engine answers, with each built-in pack loaded.
// Prints questions per second and latency percentiles for one question, validated (ask: what
// the API does) and pre-validated (evaluate). Goal: p99 under 50 µs.
import { ask, evaluate, SituationSchema, type Situation, type SituationInput } from '../src/index.js';
import { builtinIds, loadBuiltin } from '../test/builtin-packs.js';

const QUESTIONS: SituationInput[] = [
  { topic: 'contact', who: 'former_pupil', age: 17 },
  { topic: 'contact', who: 'former_pupil', age: 19 },
  { topic: 'contact', who: 'current_pupil', initiatedBy: 'them' },
  { topic: 'contact', who: 'current_pupil', family: true },
  { topic: 'contact', who: 'parent' },
  { topic: 'contact', who: 'colleague', initiatedBy: 'me' },
  { topic: 'personal_use', when: 'lesson_time' },
  { topic: 'personal_use', when: 'break', device: 'school' },
  { topic: 'posting', about: 'photos_of_pupils' },
  { topic: 'posting', about: 'my_job' },
  { topic: 'teaching', use: 'learning_project', pupilAccounts: true, youngestAge: 11 },
  { topic: 'teaching', use: 'official_account' },
  { topic: 'pupil_use', age: 12 },
  { topic: 'pupil_use', age: 14, inSchool: true },
];

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(label: string, run: (i: number) => unknown, iterations: number): void {
  for (let i = 0; i < 20_000; i++) run(i); // warm up the JIT
  const times = new Float64Array(iterations);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    run(i);
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const total = Number(process.hrtime.bigint() - start) / 1e9;
  times.sort();
  const fmt = (n: number) => n.toFixed(2).padStart(7);
  console.log(
    `${label.padEnd(34)} ${Math.round(iterations / total).toLocaleString('en-GB').padStart(11)} q/s   p50 ${fmt(percentile(times, 50))} µs   p99 ${fmt(percentile(times, 99))} µs   max ${fmt(times[times.length - 1]!)} µs`,
  );
}

const iterations = Number(process.argv[2] ?? 200_000);
console.log(`Rules engine: ${QUESTIONS.length} questions in turn, ${iterations.toLocaleString('en-GB')} answers per line (one core, timer overhead included)\n`);
const validated: Situation[] = QUESTIONS.map((q) => SituationSchema.parse(q));
for (const id of builtinIds()) {
  const { compiled, pack } = loadBuiltin(id);
  console.log(`${pack.school} (${pack.rules.length} rules)`);
  measure('  ask (validate + answer)', (i) => ask(compiled, QUESTIONS[i % QUESTIONS.length]!), iterations);
  measure('  evaluate (answer only)', (i) => evaluate(compiled, validated[i % validated.length]!), iterations);
}
