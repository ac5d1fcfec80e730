import { describe, expect, it } from 'vitest';
import { ALL_BUILDERS } from './builders.js';
import { compileChecker } from './check.js';
import { displayOrder, reversedRuns, storedSpan } from './display-order.js';
import type { Roster } from './types.js';

const RLO = '\u202e';
const PDF = '\u202c';

const aRoster = (): Roster => ({
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [{ given: 'Oliver', family: 'Bamford', dob: '2016-05-01', year: 'Year 5', photoConsent: true }],
  staff: [{ given: 'Tom', family: 'Tennant', role: 'teacher' }],
});
const checker = compileChecker(aRoster(), ALL_BUILDERS);
/** what each finding covers, its direction marks left out (a span, as elsewhere, takes the invisible marks after it) */
const found = (text: string, kind: 'comment' | 'official_post' = 'comment') =>
  checker.check(text, kind).map((f) => ({ category: f.category, said: text.slice(f.start, f.end).replace(/[\u202a-\u202e]/g, '') }));

describe('text shown reversed by a right-to-left override', () => {
  it('finds the runs an override reverses: to its pop, to the end of the line, or to the end of the text', () => {
    const text = `ab${RLO}cd${PDF}ef\n${RLO}gh\nij${RLO}kl`;
    expect(reversedRuns(text).map((r) => text.slice(r.start, r.end))).toEqual(['cd', 'gh', 'kl']);
    expect(reversedRuns('no override here')).toEqual([]);
  });

  it('shows each run reversed, keeping a character of two units whole', () => {
    const text = `x${RLO}ab😀c${PDF}y`;
    expect(displayOrder(text, reversedRuns(text))).toBe(`x${RLO}c😀ba${PDF}y`);
  });

  it('maps a span of the shown text back to the characters stored', () => {
    const text = `say ${RLO}olleh${PDF} now`;
    const runs = reversedRuns(text);
    const shown = displayOrder(text, runs);
    const at = shown.indexOf('hello');
    const span = storedSpan(text, at, at + 'hello'.length, runs);
    expect(text.slice(span.start, span.end)).toBe('olleh');
    // part of a run: "he" is shown first and stored last
    const part = storedSpan(text, at, at + 2, runs);
    expect(text.slice(part.start, part.end)).toBe('eh');
    // an emoji in a run is covered whole
    const withEmoji = `${RLO}a😀b${PDF}`;
    const r = reversedRuns(withEmoji);
    const e = displayOrder(withEmoji, r).indexOf('😀');
    const s = storedSpan(withEmoji, e, e + 2, r);
    expect(withEmoji.slice(s.start, s.end)).toBe('😀');
  });

  it('finds a word stored backwards and shown forwards, pointing at what was stored', () => {
    expect(found(`oh ${RLO}kcuf${PDF} off`)).toEqual([{ category: 'profanity', said: 'kcuf' }]);
    expect(found(`you ${RLO}reggin${PDF}`).map((f) => f.category)).toContain('hate');
  });

  it('finds a pupil named backwards in an official post, with no rewrite to write in backwards', () => {
    const text = `Well done to ${RLO}drofmaB revilO${PDF} for his reading`;
    expect(found(text, 'official_post')).toContainEqual({ category: 'pupil_name', said: 'drofmaB revilO' });
    const [f] = checker.check(text, 'official_post').filter((x) => x.category === 'pupil_name');
    expect(f!.suggestion).toBeUndefined();
    expect(f!.replaces).toBeUndefined();
    // the same name written forwards has its rewrite
    expect(checker.check('Well done to Oliver Bamford for his reading', 'official_post')[0]!.suggestion).toBeDefined();
  });

  it('leaves an override around ordinary words and right-to-left scripts alone', () => {
    expect(found(`${RLO}Hello families, welcome back${PDF}`)).toEqual([]);
    expect(found(`Shalom ${RLO}שלום${PDF} to our Jewish families.`)).toEqual([]);
  });

  it('does not repeat a finding the stored text already has', () => {
    expect(found(`shit ${RLO}abc${PDF}`)).toEqual([{ category: 'profanity', said: 'shit' }]);
  });
});
