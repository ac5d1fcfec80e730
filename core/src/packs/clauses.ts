import type { Pack } from './schema.js';

/**
 * A policy version's text is Markdown; each heading becomes a clause anchor that rules cite.
 * The anchor is the heading's words in lower case joined by hyphens ("Terms of Use" ->
 * "terms-of-use"); a repeated heading gets -2, -3 ...
 */
export interface Clause {
  anchor: string;
  heading: string;
  /** the text under the heading, up to the next heading of any level */
  text: string;
}

export function slugify(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function clausesOf(markdown: string): Clause[] {
  const clauses: Clause[] = [];
  const seen = new Map<string, number>();
  let current: Clause | null = null;
  for (const line of markdown.split('\n')) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) {
      const heading = m[1]!.replace(/[*_]/g, '').trim();
      const base = slugify(heading) || 'section';
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      current = { anchor: n === 1 ? base : `${base}-${n}`, heading, text: '' };
      clauses.push(current);
    } else if (current) {
      current.text += line + '\n';
    }
  }
  return clauses;
}

/** Whitespace, quotes and dashes vary between a Word document and its copy: compare without them. */
export function normaliseForQuote(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A citation with where it stands in the pack: a rule (by id) or the checker (by category). */
export type PlacedCitation = { clause: string; quote: string } & ({ rule: string } | { checker: string });

/** Every citation of a pack: its rules' and its checker section's. */
export function packCitations(pack: Pick<Pack, 'rules' | 'checker'>): PlacedCitation[] {
  return [
    ...pack.rules.flatMap((r) => r.cites.map((c) => ({ rule: r.id, clause: c.clause, quote: c.quote }))),
    ...Object.entries(pack.checker).flatMap(([category, cites]) => cites.map((c) => ({ checker: category, clause: c.clause, quote: c.quote }))),
  ];
}

/** Checks every citation of a pack against the version's text: the clause exists and holds the quote. */
export function citationProblems(markdown: string, cites: PlacedCitation[]): string[] {
  const clauses = new Map(clausesOf(markdown).map((c) => [c.anchor, normaliseForQuote(c.text)]));
  const problems: string[] = [];
  for (const c of cites) {
    const where = 'rule' in c ? `rule ${c.rule}` : `checker ${c.checker}`;
    const text = clauses.get(c.clause);
    if (text === undefined) problems.push(`${where}: no clause ${c.clause} in the text`);
    else if (!text.includes(normaliseForQuote(c.quote))) problems.push(`${where}: clause ${c.clause} does not contain "${c.quote}"`);
  }
  return problems;
}
