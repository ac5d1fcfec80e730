// npm run -s eval:blind-lists [-- --meaning] [--misses] — the checker on lists written by blind writers (helpers that
// read none of the checker), each line KIND<TAB>LABEL<TAB>TEXT with one label for the whole text: threat, self_harm,
// hate, bullying or clean. A harmful text counts as found when the checker finds its category anywhere in it (self-harm
// is filed as threat); a clean text counts as warned on when the checker finds any of threat, hate, bullying, sexual or
// profanity in it. These are the text-level figures the session notes quote for "wordings the checker has not seen".
//
// What has been read, so a figure can be trusted as unseen (docs/checker-learned-reading.md, twenty-sixth session):
//  - a, b, c (2026-12-07): the odd-numbered lines (1, 3, 5 …, the "read half") were read and taught from; the even
//    lines (the "unread half") were only ever measured. --misses prints the misses and false warnings of what was read.
//  - d, e (2026-12-07): never read; measured at that session's start and end only. Keep them so: totals only.
//  - f, g (2026-12-07): read whole, written to d's and e's briefs by other writers, so that what is taught from f and g
//    can be measured on d and e.
//  - h (2026-12-07, thirtieth session): a writer at risk of harming themselves, and clean look-alikes, written blind to
//    the warning signs safeguarding training teaches. Never learned from (train:at-risk learns from a, b, c, f and g) and
//    not read: eight lines were seen while checking its format. Totals only.
//  - i (2026-12-07, thirtieth session): a second writer's, to another brief: the warning signs hinted at, mostly without
//    the words of harm, and clean texts that share their surface (passwords left before a holiday, long sleeves for
//    eczema). Never read; measured once before and once after the head it tests had shipped. Totals only.
//  - j (2026-12-07, thirtieth session): a third writer's, written to be learned from: 200 writers at risk across the
//    warning signs, 200 look-alikes. train:at-risk learns from it; not read by hand.
//  - k (2026-12-07, thirty-first session): threats said ten ways (veiled, through someone's routine, by what will be left
//    of them, by a violent past, at the gate, to a building, through others, by pupils, online, plainly) and 200
//    look-alikes (jokes, games, lawful complaints, threats reported). Read whole, and taught from.
//  - l (2026-12-07, thirty-first session): another writer's, to a like brief (150 threats, 150 look-alikes). Never read;
//    measured at that session's start and end. Totals only.
//  - m (2026-12-07, thirty-first session): pupils and young people threatening, in their own slang, and 200 look-alikes
//    (banter, games, drill lyrics discussed). Read whole, and taught from.
//  - n (2026-12-07, thirty-first session): adults' veiled threats (predictions, questions, curses, "friendly advice") and
//    200 look-alikes (furious but lawful complaints). Never read (one line seen in a comparison of findings); measured
//    at that session's end. Totals only.
//  - o (2026-12-07, thirty-first session): hate against people for who they are, mostly without a slur (dehumanising,
//    "replacement", tropes, "concern", mockery of disability, attacks on a Pride post), and 200 look-alikes
//    (celebrations, honest questions, hate reported, history lessons). Read whole, and taught from.
//  - p (2026-12-07, thirty-first session): another writer's, to a like brief (150 hate, 150 look-alikes). Never read;
//    measured at that session's end. Totals only.
import { ALL_BUILDERS, compileChecker, withMeaning } from '../src/index.js';
import { BLIND_LISTS, blindListLines } from './sets.js';
import { evalRoster } from './roster-data.js';

/** the lists, named for the table; how much of each has been read is sets.ts's BLIND_LISTS */
const LISTS: { name: string; list: string }[] = [
  { name: 'a (threats, self-harm)', list: 'a' },
  { name: 'b (hate)', list: 'b' },
  { name: 'c (pupils: every harm)', list: 'c' },
  { name: 'd (threats, self-harm; unread)', list: 'd' },
  { name: 'e (hate, bullying; unread)', list: 'e' },
  { name: 'f (threats said sideways; read)', list: 'f' },
  { name: 'g (hate, bullying; read)', list: 'g' },
  { name: 'h (a writer at risk; unread)', list: 'h' },
  { name: 'i (a writer at risk, hinted; unread)', list: 'i' },
  { name: 'j (a writer at risk; trained on)', list: 'j' },
  { name: 'k (threats, look-alikes; read)', list: 'k' },
  { name: 'l (threats, look-alikes; unread)', list: 'l' },
  { name: 'm (pupils threatening; read)', list: 'm' },
  { name: 'n (adults, veiled; unread)', list: 'n' },
  { name: 'o (hate, look-alikes; read)', list: 'o' },
  { name: 'p (hate, look-alikes; unread)', list: 'p' },
];
const LABELS = ['threat', 'self_harm', 'hate', 'bullying', 'clean'] as const;
type Label = (typeof LABELS)[number];
const CATEGORY: Record<Exclude<Label, 'clean'>, string> = { threat: 'threat', self_harm: 'threat', hate: 'hate', bullying: 'bullying' };
const HARM = new Set(['threat', 'hate', 'bullying', 'sexual', 'profanity']);

const meaning = process.argv.includes('--meaning');
const misses = process.argv.includes('--misses');
const checker = compileChecker(evalRoster(), ALL_BUILDERS);
const embed = meaning ? (await import('../encoder/encoder.js')).embed : undefined;

console.log(`Blind writers' lists, ${meaning ? 'with the reading of meaning' : 'rules and words reading'}: texts found / texts (clean: warned on / texts)\n`);
console.log(['list'.padEnd(34), 'part'.padEnd(13), ...LABELS.map((l) => l.padStart(10))].join(' '));
for (const list of LISTS) {
  const read = BLIND_LISTS[list.list]!;
  const lines = blindListLines(list.list);
  const parts = read === 'half' ? ([['read half', 1], ['unread half', 0]] as const) : ([[read === 'all' ? 'all, read' : 'all, unread', -1]] as const);
  for (const [part, parity] of parts) {
    const readPart = parity === 1 || read === 'all';
    const tally = new Map<Label, { n: number; hit: number }>();
    for (const { line: n, kind, label, text } of lines) {
      if (parity >= 0 && n % 2 !== parity) continue;
      let found = checker.check(text, kind);
      if (embed) found = await withMeaning(text, kind, found, embed);
      const categories = new Set(found.map((f) => f.category as string));
      const hit = label === 'clean' ? [...categories].some((c) => HARM.has(c)) : categories.has(CATEGORY[label]);
      const t = tally.get(label) ?? { n: 0, hit: 0 };
      tally.set(label, { n: t.n + 1, hit: t.hit + (hit ? 1 : 0) });
      if (misses && readPart && hit === (label === 'clean')) console.log(`  ${label === 'clean' ? 'warned' : 'missed'}  ${list.list}.tsv:${n}  ${label}  [${[...categories].join(', ')}]  ${text}`);
    }
    const cell = (l: Label) => (tally.has(l) ? `${tally.get(l)!.hit}/${tally.get(l)!.n}` : '–');
    console.log([list.name.padEnd(34), part.padEnd(13), ...LABELS.map((l) => cell(l).padStart(10))].join(' '));
  }
}
