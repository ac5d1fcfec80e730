// Sentence encodings kept between checks; the server keeps one of these. A member of staff checks a draft, changes a
// sentence and checks it again: the encoder (8 to 20 ms a sentence) then reads only the sentence that changed, not the
// whole draft again (a 2,000-character draft: about a quarter of a second each time). Pure and in memory only: a
// bounded number kept, the least recently used dropped first, and per school, so one school's checks never answer
// from, or time, another's.
import type { Encode } from './meaning.js';

/** About 2 KB each (512 numbers), so the most this keeps is about 10 MB. */
const MOST = 5_000;

export class SentenceEncodings {
  /** by school and sentence; a Map keeps insertion order, so its first key is the least recently used */
  private readonly kept = new Map<string, ArrayLike<number>>();

  constructor(private readonly most = MOST) {}

  /** How many encodings are kept. */
  get size(): number {
    return this.kept.size;
  }

  /** `encode` for one school's sentences, asked only for those it has not encoded lately. */
  forSchool(schoolId: string, encode: Encode): Encode {
    return async (sentences) => {
      const keys = sentences.map((s) => `${schoolId}\u0000${s}`);
      const out = keys.map((k) => this.take(k));
      const wanted = [...new Set(sentences.filter((_, i) => out[i] === undefined))];
      if (wanted.length > 0) {
        const fresh = await encode(wanted);
        const bySentence = new Map(wanted.map((s, i) => [s, fresh[i]!]));
        sentences.forEach((s, i) => {
          out[i] ??= bySentence.get(s);
        });
        for (const [s, encoding] of bySentence) this.put(`${schoolId}\u0000${s}`, encoding);
      }
      return out as ArrayLike<number>[];
    };
  }

  private take(key: string): ArrayLike<number> | undefined {
    const hit = this.kept.get(key);
    if (hit !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, hit);
    }
    return hit;
  }

  private put(key: string, encoding: ArrayLike<number>): void {
    this.kept.delete(key);
    this.kept.set(key, encoding);
    while (this.kept.size > this.most) this.kept.delete(this.kept.keys().next().value!);
  }
}
