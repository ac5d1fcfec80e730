// Every built-in pack: it validates, and every rule quotes its clause word for word.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationProblems, clausesOf, normaliseForQuote } from '../clauses.js';
import { builtinIds, BUILTIN_DIR, loadBuiltin } from '../../../test/builtin-packs.js';

/** Which seed each built-in pack was written from (shared/seeds, beside the repository). */
const SEEDS: Record<string, string> = {
  belsteads: '000_9a782344c0f3d497.txt',
  wigan: '001_fb42588e6351521d.txt',
  cambois: '002_396ee2cd10b1c05c.txt',
  'all-saints': '003_faa12c3e16d67ddd.txt',
  'st-bartholomews': '004_e291f6478083b16a.txt',
};
const seedsDir = path.resolve(BUILTIN_DIR, '../../../../../shared/seeds');

describe.each(builtinIds())('built-in pack %s', (id) => {
  const b = loadBuiltin(id);

  it('validates against the pack schema', () => {
    expect(b.pack.id).toBe(id);
  });

  it('quotes, in every citation, words that stand in the clause it names', () => {
    const cites = b.pack.rules.flatMap((r) => r.cites.map((c) => ({ rule: r.id, ...c })));
    expect(citationProblems(b.markdown, cites)).toEqual([]);
  });

  it('is written from a seed policy, whose text the version keeps word for word', () => {
    const seed = SEEDS[id];
    expect(seed, `add ${id} to SEEDS`).toBeDefined();
    const seedPath = path.join(seedsDir, seed!);
    if (!existsSync(seedPath)) return; // shared/ is not beside this checkout
    // A seed that already marks its headings (003) keeps them; compare both without the marks.
    const withoutHeadingMarks = (s: string) => normaliseForQuote(s.replace(/^#{1,6}\s+/gm, ''));
    expect(withoutHeadingMarks(b.markdown)).toBe(withoutHeadingMarks(readFileSync(seedPath, 'utf8')));
  });

  it('has headings for its clauses', () => {
    expect(clausesOf(b.markdown).length).toBeGreaterThan(3);
  });
});
