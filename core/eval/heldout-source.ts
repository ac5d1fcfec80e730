// npx tsx core/eval/heldout-source.ts [--set 2|3|...|17] — writes heldout.jsonl beside it (with --set 2, the
// second held-out set, heldout-2.jsonl from heldout-2-texts.ts; with --set 3, the third, heldout-3.jsonl
// from heldout-3-texts.ts; with --set 4, the fourth, heldout-4.jsonl from heldout-4-texts.ts; with --set 5,
// the fifth, heldout-5.jsonl from heldout-5-texts.ts; each texts
// file's header adds its own labelling decisions; the first set was since used for tuning, so only the
// later sets are still held out): a held-out labelled set for
// the content checker, written apart from the checker and its tuning corpus (corpus.jsonl) by
// someone who read neither the checker's categories and lexicons nor corpus-*.ts, so its figures
// are an independent baseline. Score it with: npm run eval:checker -- --corpus core/eval/heldout.jsonl
//
// Texts carry their labels inline as [[code:span]] (nestable), so offsets (UTF-16, end exclusive)
// are computed, never counted. [[not:span]] labels nothing: it marks a roster full name used as
// ordinary words ("an ivy green wall"), which the roster check below would otherwise stop on.
//
// How the labels were decided:
// - Names: every mention of a roster pupil or staff member, as written (full, given + initial,
//   given name alone where it names the child, surname alone where only one person has it, any
//   case, accents dropped or changed); titles and a possessive 's are left outside the span.
//   Ordinary words that are also roster names (will, may, grace, hope, rose, summer, ivy, holly,
//   frost, grant, booth, marsh ...) are not names; nor are nicknames the roster does not have
//   (Gracie, Ollie), nor people who share a name with no one on the roster (Grace Darling).
// - personal_data: a phone number, email, postcode, street address or date of birth that is not
//   the school's own published contact details; one span per item (an address with its postcode
//   is one span). Dates that are not birth dates and the school's own details are clean.
// - Slurs (racist, religious, homophobic, disability) and hostile statements about a group are
//   hate; a personal insult aimed at one person is bullying, and so is a slur aimed at one person
//   (hate and bullying both); incitement to self-harm ("kys", "go jump off a bridge") is threat,
//   and bullying too when aimed at a person. (Set 1 first labelled slurs and incitement aimed at
//   a person without bullying; it was brought into line with set 2's rule, the product's.)
//   Profanity inside a threat or an insult is labelled too, nested.
// - commercial: selling, discount codes, shop links, multi-level marketing; a school or PTA's own
//   fundraising prices are clean.
// - school_identification (personal posts only): the school's name, short name, nickname, road or
//   postcode, in words or hashtags; the town alone is not labelled.
// - child_specific (official posts only): the clause that gives one identifiable child's health,
//   behaviour, family or whereabouts; praise of a named child is a name only.
// - photo_consent: one label over the whole text when an image tags a pupil without consent.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckerCategory, Roster, TextKind } from '../src/index.js';
import type { CorpusEntry, Label } from './generate-corpus.js';
import type { Source } from './heldout-texts.js';

interface TextSet { OFFICIAL: Source[]; COMMENTS: Source[]; PERSONAL: Source[] }
/** The sets this script builds: texts module, id prefix, output file. */
const SETS: Record<string, { texts: string; prefix: string; out: string }> = {
  '1': { texts: './heldout-texts.js', prefix: 'ho', out: './heldout.jsonl' },
  '2': { texts: './heldout-2-texts.js', prefix: 'h2', out: './heldout-2.jsonl' },
  '3': { texts: './heldout-3-texts.js', prefix: 'h3', out: './heldout-3.jsonl' },
  '4': { texts: './heldout-4-texts.js', prefix: 'h4', out: './heldout-4.jsonl' },
  '5': { texts: './heldout-5-texts.js', prefix: 'h5', out: './heldout-5.jsonl' },
  '6': { texts: './heldout-6-texts.js', prefix: 'h6', out: './heldout-6.jsonl' },
  '7': { texts: './heldout-7-texts.js', prefix: 'h7', out: './heldout-7.jsonl' },
  '8': { texts: './heldout-8-texts.js', prefix: 'h8', out: './heldout-8.jsonl' },
  '9': { texts: './heldout-9-texts.js', prefix: 'h9', out: './heldout-9.jsonl' },
  '10': { texts: './heldout-10-texts.js', prefix: 'h10', out: './heldout-10.jsonl' },
  '11': { texts: './heldout-11-texts.js', prefix: 'h11', out: './heldout-11.jsonl' },
  '12': { texts: './heldout-12-texts.js', prefix: 'h12', out: './heldout-12.jsonl' },
  '13': { texts: './heldout-13-texts.js', prefix: 'h13', out: './heldout-13.jsonl' },
  '14': { texts: './heldout-14-texts.js', prefix: 'h14', out: './heldout-14.jsonl' },
  '15': { texts: './heldout-15-texts.js', prefix: 'h15', out: './heldout-15.jsonl' },
  '16': { texts: './heldout-16-texts.js', prefix: 'h16', out: './heldout-16.jsonl' },
  '17': { texts: './heldout-17-texts.js', prefix: 'h17', out: './heldout-17.jsonl' },
  '18': { texts: './heldout-18-texts.js', prefix: 'h18', out: './heldout-18.jsonl' },
  '19': { texts: './heldout-19-texts.js', prefix: 'h19', out: './heldout-19.jsonl' },
  '20': { texts: './heldout-20-texts.js', prefix: 'h20', out: './heldout-20.jsonl' },
  '21': { texts: './heldout-21-texts.js', prefix: 'h21', out: './heldout-21.jsonl' },
  '22': { texts: './heldout-22-texts.js', prefix: 'h22', out: './heldout-22.jsonl' },
  '23': { texts: './heldout-23-texts.js', prefix: 'h23', out: './heldout-23.jsonl' },
  '24': { texts: './heldout-24-texts.js', prefix: 'h24', out: './heldout-24.jsonl' },
  '25': { texts: './heldout-25-texts.js', prefix: 'h25', out: './heldout-25.jsonl' },
  '26': { texts: './heldout-26-texts.js', prefix: 'h26', out: './heldout-26.jsonl' },
  '27': { texts: './heldout-27-texts.js', prefix: 'h27', out: './heldout-27.jsonl' },
  '28': { texts: './heldout-28-texts.js', prefix: 'h28', out: './heldout-28.jsonl' },
  '29': { texts: './heldout-29-texts.js', prefix: 'h29', out: './heldout-29.jsonl' },
  '30': { texts: './heldout-30-texts.js', prefix: 'h30', out: './heldout-30.jsonl' },
  '31': { texts: './heldout-31-texts.js', prefix: 'h31', out: './heldout-31.jsonl' },
  '32': { texts: './heldout-32-texts.js', prefix: 'h32', out: './heldout-32.jsonl' },
  '33': { texts: './heldout-33-texts.js', prefix: 'h33', out: './heldout-33.jsonl' },
  '34': { texts: './heldout-34-texts.js', prefix: 'h34', out: './heldout-34.jsonl' },
  '35': { texts: './heldout-35-texts.js', prefix: 'h35', out: './heldout-35.jsonl' },
  '36': { texts: './heldout-36-texts.js', prefix: 'h36', out: './heldout-36.jsonl' },
  '37': { texts: './heldout-37-texts.js', prefix: 'h37', out: './heldout-37.jsonl' },
  '38': { texts: './heldout-38-texts.js', prefix: 'h38', out: './heldout-38.jsonl' },
  '39': { texts: './heldout-39-texts.js', prefix: 'h39', out: './heldout-39.jsonl' },
  '40': { texts: './heldout-40-texts.js', prefix: 'h40', out: './heldout-40.jsonl' },
  '41': { texts: './heldout-41-texts.js', prefix: 'h41', out: './heldout-41.jsonl' },
  // training sets, never scored: threats, hate, bullying and sexual content with clean look-alikes, written
  // blind by several writers to teach the learned reading more wordings (npm run train:checker -- --train t1,...)
  t1: { texts: './training-1-texts.js', prefix: 't1', out: './training-1.jsonl' },
  t3: { texts: './training-3-texts.js', prefix: 't3', out: './training-3.jsonl' },
  t4: { texts: './training-4-texts.js', prefix: 't4', out: './training-4.jsonl' },
  t5: { texts: './training-5-texts.js', prefix: 't5', out: './training-5.jsonl' },
  t6: { texts: './training-6-texts.js', prefix: 't6', out: './training-6.jsonl' },
  t7: { texts: './training-7-texts.js', prefix: 't7', out: './training-7.jsonl' },
  t8: { texts: './training-8-texts.js', prefix: 't8', out: './training-8.jsonl' },
  t9: { texts: './training-9-texts.js', prefix: 't9', out: './training-9.jsonl' },
  t10: { texts: './training-10-texts.js', prefix: 't10', out: './training-10.jsonl' },
  t11: { texts: './training-11-texts.js', prefix: 't11', out: './training-11.jsonl' },
  // clean everyday school writing that uses the words the learned reading had learned as harm from a few spam and
  // abuse texts ("lonely", "bet", "swimming gala", "of course"): not trained on (it cost the sexual reading as many
  // labels as false alarms), it measures the false warnings on such writing (docs/checker-learned-reading.md)
  t12: { texts: './training-12-texts.js', prefix: 't12', out: './training-12.jsonl' },
  // clean school writing on the topics a school must be able to write about (history, RE, safeguarding, PSHE, drama,
  // sport, science, complaints): never trained on or read to write rules; it measures false warnings on writing new to
  // the checker, as t12 does on writing the checker had been taught by
  t13: { texts: './training-13-texts.js', prefix: 't13', out: './training-13.jsonl' },
};

const CODES: Record<string, CheckerCategory | null> = {
  pn: 'pupil_name', sn: 'staff_name', pd: 'personal_data', pr: 'profanity', sx: 'sexual', ht: 'hate',
  th: 'threat', bu: 'bullying', cm: 'commercial', id: 'school_identification', cs: 'child_specific', not: null,
};

interface Parsed { text: string; labels: Label[]; exempt: { start: number; end: number }[] }

/** The plain text, its labels and its exempt spans, from a text marked up with [[code:span]]. */
function parse(marked: string): Parsed {
  let text = '';
  const labels: Label[] = [];
  const exempt: Parsed['exempt'] = [];
  const open: { category: CheckerCategory | null; start: number }[] = [];
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      const colon = marked.indexOf(':', i);
      const code = marked.slice(i + 2, colon);
      if (colon < 0 || !(code in CODES)) throw new Error(`unknown label code "${code}" in: ${marked}`);
      open.push({ category: CODES[code]!, start: text.length });
      i = colon;
    } else if (marked.startsWith(']]', i) && open.length) {
      const { category, start } = open.pop()!;
      if (start === text.length) throw new Error(`empty label in: ${marked}`);
      if (category) labels.push({ category, start, end: text.length });
      else exempt.push({ start, end: text.length });
      i++;
    } else text += marked[i];
  }
  if (open.length) throw new Error(`unclosed [[ in: ${marked}`);
  return { text, labels: labels.sort((a, b) => a.start - b.start || a.end - b.end), exempt };
}

/** Lower case with accents dropped, one UTF-16 unit for one, so offsets carry over. */
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace('’', "'");
    out += bare.length === ch.length ? bare : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

const TITLE = /^(mr|mrs|miss|ms|mx|dr)\.? /;

/**
 * For checking a name label only (never for offsets): the folded span with the obfuscation a
 * writer used to slip a name past a filter undone (zero-width characters, dots, spaces or stars between
 * letters, Cyrillic and Greek look-alikes, digits for letters), so "Fr3ya N0wak" is Freya Nowak.
 */
const LOOKALIKE: Record<string, string> = { 'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ο': 'o', 'α': 'a', 'ε': 'e', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const unmasked = (name: string) => [...name.replace(/[\u200b-\u200f\u2060\ufeff]/g, '')].map((c) => LOOKALIKE[c] ?? c).join('');
const squash = (name: string) => name.replace(/[ .\-_*]/g, '');
const forms = (people: { given: string; family: string }[]) =>
  new Set(
    people.flatMap((p) => {
      const [g, f] = [fold(p.given), fold(p.family)];
      return [g, f, `${g} ${f}`, `${g} ${f[0]}`, `${g} ${f[0]}.`];
    }),
  );

function problemsOf(e: CorpusEntry, exempt: Parsed['exempt'], roster: Roster): string[] {
  const problems: string[] = [];
  const pupilForms = forms(roster.pupils);
  const staffForms = forms(roster.staff);
  for (const l of e.labels) {
    const span = e.text.slice(l.start, l.end);
    if (span.trim() !== span) problems.push(`label "${span}" starts or ends with a space`);
    if (l.category === 'child_specific' && e.kind !== 'official_post') problems.push(`child_specific in a ${e.kind}`);
    if (l.category === 'school_identification' && e.kind !== 'personal_post') problems.push(`school_identification in a ${e.kind}`);
    const name = fold(span).replace(/'s$/, '').replace(TITLE, '');
    const isName = (forms: Set<string>) => forms.has(name) || forms.has(unmasked(name)) || [...forms].some((f) => squash(f) === squash(unmasked(name)));
    if (l.category === 'pupil_name' && !isName(pupilForms)) problems.push(`"${span}" is no pupil's name`);
    if (l.category === 'staff_name' && !isName(staffForms)) problems.push(`"${span}" is no staff member's name`);
  }
  // a roster full name is labelled wherever it stands, unless marked as ordinary words
  const folded = fold(e.text);
  for (const p of [...roster.pupils, ...roster.staff]) {
    const full = fold(`${p.given} ${p.family}`);
    for (let at = folded.indexOf(full); at >= 0; at = folded.indexOf(full, at + 1)) {
      const covered = (s: { start: number; end: number }) => s.start <= at && s.end > at;
      const named = e.labels.some((l) => (l.category === 'pupil_name' || l.category === 'staff_name') && covered(l));
      if (!named && !exempt.some(covered)) problems.push(`"${p.given} ${p.family}" is not labelled`);
    }
  }
  for (const img of e.images ?? []) {
    for (const t of img.tagged) if (!roster.pupils.some((p) => `${p.given} ${p.family}` === t)) problems.push(`tagged "${t}" is no pupil`);
  }
  if (/\[\[|\]\]/.test(e.text)) problems.push('markup left in the text');
  return problems.map((p) => `${e.id}: ${p} — ${e.text}`);
}

function build(roster: Roster, texts: TextSet, prefix: string): { entries: CorpusEntry[]; problems: string[] } {
  const sets: [string, TextKind, Source[]][] = [[`${prefix}-off`, 'official_post', texts.OFFICIAL], [`${prefix}-com`, 'comment', texts.COMMENTS], [`${prefix}-per`, 'personal_post', texts.PERSONAL]];
  const problems: string[] = [];
  const entries = sets.flatMap(([prefix, kind, sources]) =>
    sources.map((source, n): CorpusEntry => {
      const { text, labels, exempt } = parse(typeof source === 'string' ? source : source.text);
      const id = `${prefix}-${String(n + 1).padStart(3, '0')}`;
      let entry: CorpusEntry = { id, kind, text, labels };
      if (typeof source !== 'string') {
        const images = source.images.map((tagged) => ({ tagged }));
        const unconsented = images.some((img) => img.tagged.some((t) => roster.pupils.some((p) => `${p.given} ${p.family}` === t && !p.photoConsent)));
        entry = { id, kind, text, images, labels: unconsented ? [...labels, { category: 'photo_consent', start: 0, end: text.length }] : labels };
      }
      problems.push(...problemsOf(entry, exempt, roster));
      return entry;
    }),
  );
  return { entries, problems };
}

/** JSON with invisible characters written as \u escapes, so the file shows where they are. */
const line = (e: CorpusEntry) => JSON.stringify(e).replace(/[\u200b-\u200f\u2060\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
  const roster = JSON.parse(readFileSync(here('./roster.json'), 'utf8')) as Roster;
  const flag = process.argv.indexOf('--set');
  const set = SETS[flag < 0 ? '1' : (process.argv[flag + 1] ?? '')];
  if (!set) throw new Error(`--set takes one of: ${Object.keys(SETS).join(', ')}`);
  const { entries, problems } = build(roster, (await import(set.texts)) as TextSet, set.prefix);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  writeFileSync(here(set.out), entries.map(line).join('\n') + '\n');
  const clean = entries.filter((e) => e.labels.length === 0).length;
  const byKind = (k: TextKind) => entries.filter((e) => e.kind === k).length;
  console.log(`${entries.length} texts: ${byKind('official_post')} official posts, ${byKind('comment')} comments, ${byKind('personal_post')} personal posts; ${clean} clean (${Math.round((100 * clean) / entries.length)}%)`);
  const counts = new Map<string, number>();
  for (const l of entries.flatMap((e) => e.labels)) counts.set(l.category, (counts.get(l.category) ?? 0) + 1);
  console.log([...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', '));
}
