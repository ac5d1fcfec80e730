import { describe, expect, it } from 'vitest';
import { Cover, SpanSet } from './span-set.js';

describe('a set of spans, asked whether any overlaps a span', () => {
  it('says so where a span shares a character, and not where they only touch', () => {
    const set = new SpanSet();
    set.add(10, 20);
    expect(set.overlaps(15, 16)).toBe(true);
    expect(set.overlaps(5, 11)).toBe(true);
    expect(set.overlaps(19, 30)).toBe(true);
    expect(set.overlaps(0, 10)).toBe(false);
    expect(set.overlaps(20, 25)).toBe(false);
  });

  it('finds a long span that starts far before, among many short ones added in any order', () => {
    const set = new SpanSet();
    for (let k = 1_000; k > 0; k--) set.add(k * 10, k * 10 + 3);
    set.add(5, 9_000);
    expect(set.size).toBe(1_001);
    expect(set.overlaps(8_995, 8_996)).toBe(true);
    expect(set.overlaps(9_004, 9_005)).toBe(false);
    expect(set.overlaps(10_004, 10_008)).toBe(false);
    expect(set.overlaps(10_002, 10_008)).toBe(true);
  });

  it('answers as asking every span would, for random spans', () => {
    let seed = 3;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const set = new SpanSet();
    const all: [number, number][] = [];
    for (let k = 0; k < 300; k++) {
      const start = random(2_000);
      const span: [number, number] = [start, start + 1 + random(k % 10 === 0 ? 200 : 8)];
      const s = random(2_000);
      const end = s + 1 + random(20);
      expect(set.overlaps(s, end)).toBe(all.some(([a, b]) => a < end && s < b));
      set.add(...span);
      all.push(span);
    }
  });
});

describe('ranges asked whether one holds a span whole', () => {
  it('says so only where one range holds all of it', () => {
    const cover = new Cover([[10, 20], [30, 100], [15, 25]]);
    expect(cover.covers(10, 20)).toBe(true);
    expect(cover.covers(16, 24)).toBe(true);
    expect(cover.covers(12, 24)).toBe(false); // two ranges together, neither whole
    expect(cover.covers(50, 60)).toBe(true);
    expect(cover.covers(25, 31)).toBe(false);
    expect(cover.covers(0, 5)).toBe(false);
    expect(new Cover([]).covers(0, 1)).toBe(false);
  });

  it('answers as asking every range would, for random ranges', () => {
    let seed = 5;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 50; round++) {
      const ranges: [number, number][] = Array.from({ length: random(30) }, () => {
        const start = random(500);
        return [start, start + 1 + random(round % 5 === 0 ? 300 : 20)];
      });
      const cover = new Cover(ranges);
      for (let q = 0; q < 40; q++) {
        const start = random(520);
        const end = start + 1 + random(15);
        expect(cover.covers(start, end)).toBe(ranges.some(([a, b]) => a <= start && end <= b));
      }
    }
  });
});

