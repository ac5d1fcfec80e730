import { describe, expect, it } from 'vitest';
import { originalSpan, prepare } from './normalise.js';

describe('prepare', () => {
  it('folds case, accents, look-alike letters and invisible characters, remembering where each came from', () => {
    const p = prepare('Zoë\u200B Сhen', 'comment'); // Cyrillic С, a zero-width space
    expect(p.folded).toBe('zoe chen');
    const at = p.folded.indexOf('chen');
    expect(originalSpan(p, at, at + 4)).toEqual({ start: 5, end: 9 });
    expect(p.original.slice(5, 9)).toBe('Сhen');
  });

  it('turns full-width and styled letters into plain ones', () => {
    expect(prepare('ＭＡＹ 𝐂𝐡𝐞𝐧', 'comment').folded).toBe('may chen');
  });

  it('reads the alphabets of "fancy text" sites as the letters they look like, and leaves flags as flags', () => {
    expect(prepare('ᑕᑌᑎT fμck ¢ʊηт', 'comment').folded).toBe('cunt fuck cunt');
    const p = prepare('a 🅲🆄🅽🆃 🅒🅤🅝🅣!', 'comment');
    expect(p.folded).toBe('a cunt cunt!');
    // each letter points back at its box, two UTF-16 units wide
    const at = p.folded.indexOf('cunt');
    expect(originalSpan(p, at, at + 4)).toEqual({ start: 2, end: 10 });
    expect(prepare('Well done May🇬🇧', 'comment').folded).toBe('well done may🇬🇧');
    // "faux Cyrillic": letters that stand for Latin ones they only resemble
    expect(prepare('Gгace ЯЦSSIΛИ', 'comment').folded).toBe('grace russian');
  });

  it('keeps offsets right after emoji', () => {
    const p = prepare('🎉 Well done May', 'official_post');
    const at = p.folded.indexOf('may');
    expect(p.original.slice(originalSpan(p, at, at + 3).start, originalSpan(p, at, at + 3).end)).toBe('May');
  });
});
