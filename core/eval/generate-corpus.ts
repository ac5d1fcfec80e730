// npx tsx core/eval/generate-corpus.ts — writes corpus.jsonl and roster.json beside it.
// The texts are written with their labels inline (⟦code:span⟧, nestable), so offsets are computed
// here, never counted by hand. It also checks the labels against the roster, so a pupil label on a
// name the roster does not have, or a roster name left unlabelled, stops the run.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepare, type CheckerCategory, type Roster, type TextKind } from '../src/index.js';
import { COMMENTS } from './corpus-comments.js';
import { OFFICIAL } from './corpus-official.js';
import { PERSONAL } from './corpus-personal.js';
import { evalRoster } from './roster-data.js';

export type Source = string | { text: string; images: string[][] };
export interface Label { category: CheckerCategory; start: number; end: number }
export interface CorpusEntry { id: string; kind: TextKind; text: string; images?: { tagged: string[] }[]; labels: Label[] }

const CODES: Record<string, CheckerCategory> = {
  p: 'pupil_name', s: 'staff_name', d: 'personal_data', x: 'profanity', sx: 'sexual', h: 'hate', t: 'threat',
  b: 'bullying', c: 'commercial', i: 'school_identification', k: 'child_specific',
};
const OPEN = '⟦';
const CLOSE = '⟧';

/** The plain text and its labels, from a text marked up with ⟦code:span⟧. */
export function parseMarkup(marked: string): { text: string; labels: Label[] } {
  let text = '';
  const labels: Label[] = [];
  const open: { category: CheckerCategory; start: number }[] = [];
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i]!;
    if (ch === OPEN) {
      const colon = marked.indexOf(':', i);
      const category = CODES[marked.slice(i + 1, colon)];
      if (!category) throw new Error(`unknown label code at ${i} in: ${marked}`);
      open.push({ category, start: text.length });
      i = colon;
    } else if (ch === CLOSE) {
      const label = open.pop();
      if (!label) throw new Error(`unmatched ${CLOSE} in: ${marked}`);
      labels.push({ ...label, end: text.length });
    } else text += ch;
  }
  if (open.length) throw new Error(`unclosed ${OPEN} in: ${marked}`);
  return { text, labels: labels.sort((a, b) => a.start - b.start || a.end - b.end) };
}

const fold = (s: string) => prepare(s, 'comment').folded;
const TITLES = /^(mr|mrs|miss|ms|mx|dr)\.? /;

/** The ways a person's name is written that a label may hold. */
function nameForms(given: string, family: string): Set<string> {
  const [g, f] = [fold(given), fold(family)];
  return new Set([g, f, `${g} ${f}`, `${g} ${f[0]}`, `${g} ${f[0]}.`]);
}

function checkEntry(e: CorpusEntry, roster: Roster): string[] {
  const problems: string[] = [];
  const pupilForms = new Set(roster.pupils.flatMap((p) => [...nameForms(p.given, p.family)]));
  const staffForms = new Set(roster.staff.flatMap((s) => [...nameForms(s.given, s.family)]));
  for (const l of e.labels) {
    const span = e.text.slice(l.start, l.end);
    if (l.category === 'child_specific' && e.kind !== 'official_post') problems.push(`child_specific label in a ${e.kind}`);
    if (l.category === 'school_identification' && e.kind !== 'personal_post') problems.push(`school_identification label in a ${e.kind}`);
    const name = fold(span).replace(/['’]s$/, '').replace(TITLES, '');
    if (l.category === 'pupil_name' && !pupilForms.has(name)) problems.push(`pupil label "${span}" is no pupil's name`);
    if (l.category === 'staff_name' && !staffForms.has(name)) problems.push(`staff label "${span}" is no staff member's name`);
  }
  // a full name from the roster must be labelled wherever it appears
  const folded = fold(e.text);
  for (const p of [...roster.pupils, ...roster.staff]) {
    const full = fold(`${p.given} ${p.family}`);
    const at = folded.indexOf(full);
    if (at >= 0 && !e.labels.some((l) => (l.category === 'pupil_name' || l.category === 'staff_name') && l.start <= at && l.end > at)) {
      problems.push(`"${p.given} ${p.family}" is not labelled`);
    }
  }
  for (const img of e.images ?? []) {
    for (const t of img.tagged) if (!roster.pupils.some((p) => `${p.given} ${p.family}` === t)) problems.push(`tagged "${t}" is no pupil`);
  }
  return problems.map((p) => `${e.id}: ${p} — ${e.text}`);
}

export function buildCorpus(roster: Roster): CorpusEntry[] {
  const sets: [string, TextKind, Source[]][] = [['off', 'official_post', OFFICIAL], ['com', 'comment', COMMENTS], ['per', 'personal_post', PERSONAL]];
  return sets.flatMap(([prefix, kind, sources]) =>
    sources.map((source, n): CorpusEntry => {
      const marked = typeof source === 'string' ? source : source.text;
      const { text, labels } = parseMarkup(marked);
      const id = `${prefix}-${String(n + 1).padStart(3, '0')}`;
      if (typeof source === 'string') return { id, kind, text, labels };
      const images = source.images.map((tagged) => ({ tagged }));
      // photo consent belongs to the post, not to a span: one label over the whole text
      const unconsented = images.some((img) => img.tagged.some((t) => roster.pupils.some((p) => `${p.given} ${p.family}` === t && !p.photoConsent)));
      const all = unconsented ? [...labels, { category: 'photo_consent' as const, start: 0, end: text.length }] : labels;
      return { id, kind, text, images, labels: all };
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const roster = evalRoster();
  const corpus = buildCorpus(roster);
  const problems = corpus.flatMap((e) => checkEntry(e, roster));
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
  writeFileSync(here('./roster.json'), JSON.stringify(roster, null, 2) + '\n');
  writeFileSync(here('./corpus.jsonl'), corpus.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const counts = new Map<string, number>();
  for (const l of corpus.flatMap((e) => e.labels)) counts.set(l.category, (counts.get(l.category) ?? 0) + 1);
  console.log(`${corpus.length} texts (${corpus.filter((e) => e.labels.length === 0).length} with nothing to find), ${roster.pupils.length} pupils, ${roster.staff.length} staff`);
  console.log([...counts].map(([c, n]) => `${c} ${n}`).join(', '));
}
