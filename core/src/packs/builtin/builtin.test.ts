// Every built-in pack: it validates, and every rule quotes its clause word for word.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationProblems, clausesOf, normaliseForQuote, packCitations } from '../clauses.js';
import { clauseTable } from '../../checker/clauses.js';
import type { CheckerCategory, TextKind } from '../../checker/types.js';
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
    expect(citationProblems(b.markdown, packCitations(b.pack))).toEqual([]);
  });

  it('names the clauses the content checker\u2019s findings come under (quoted like the rules, above)', () => {
    expect(packCitations(b.pack).filter((c) => 'checker' in c).length).toBeGreaterThan(0);
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

describe('the clauses the built-in packs give the content checker', () => {
  const clauseFor = (id: string, category: CheckerCategory, kind: TextKind) => clauseTable(loadBuiltin(id).pack.checker)[kind][category];

  it.each<[string, CheckerCategory, TextKind, string]>([
    ['belsteads', 'pupil_name', 'official_post', 'terms-of-use'],
    ['belsteads', 'commercial', 'comment', 'terms-of-use'],
    ['wigan', 'photo_consent', 'official_post', 'bookmark-toc12498-summary'],
    ['wigan', 'school_identification', 'personal_post', 'bookmark-toc12498-summary'],
    ['cambois', 'threat', 'comment', 'd-dealing-with-incidents-of-online-bullying-inappropriate-use-of-social-networking-sites'],
    ['cambois', 'bullying', 'comment', 'c-comments-posted-by-parents-carers'],
    ['all-saints', 'photo_consent', 'official_post', 'staff-expectations'],
    ['all-saints', 'pupil_name', 'personal_post', 'reputation'],
    ['st-bartholomews', 'child_specific', 'official_post', 'official-school-accounts'],
  ])('%s: %s in a %s comes under %s', (id, category, kind, anchor) => {
    expect(clauseFor(id, category, kind)).toMatch(new RegExp(`^${anchor}: `));
  });

  it.each<[string, CheckerCategory, TextKind]>([
    ['belsteads', 'photo_consent', 'official_post'],
    ['wigan', 'commercial', 'official_post'],
    ['wigan', 'hate', 'comment'],
    ['cambois', 'pupil_name', 'official_post'],
    ['cambois', 'photo_consent', 'official_post'],
    ['st-bartholomews', 'personal_data', 'personal_post'],
  ])('%s says nothing of %s in a %s, so gives it no clause', (id, category, kind) => {
    expect(clauseFor(id, category, kind)).toBeUndefined();
  });
});
