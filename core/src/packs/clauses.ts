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

/** Checks every citation of a pack against the version's text: the clause exists and holds the quote. */
export function citationProblems(markdown: string, cites: { rule: string; clause: string; quote: string }[]): string[] {
  const clauses = new Map(clausesOf(markdown).map((c) => [c.anchor, normaliseForQuote(c.text)]));
  const problems: string[] = [];
  for (const c of cites) {
    const text = clauses.get(c.clause);
    if (text === undefined) problems.push(`rule ${c.rule}: no clause ${c.clause} in the text`);
    else if (!text.includes(normaliseForQuote(c.quote))) problems.push(`rule ${c.rule}: clause ${c.clause} does not contain "${c.quote}"`);
  }
  return problems;
}
