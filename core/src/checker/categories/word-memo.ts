// What each word of a text was found to be, remembered per compiled checker. A school writes the
// same words again and again, so most words of a text are looked up here rather than walked through
// the lexicon. The table is keyed by the word's characters and looked up by a range of the text, so
// a lookup makes no string: checking a text then leaves little for the garbage collector, whose
// pauses would otherwise land on about one check in a hundred.

/** FNV-1a over UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

/** An open-addressing table from a word to a value, cleared when it holds `limit` words. */
export class WordMemo<V> {
  private keys: (string | undefined)[] = [];
  private values: (V | undefined)[] = [];
  private hashes = new Int32Array(0);
  private count = 0;

  constructor(private readonly limit: number) {
    this.allocate(1024);
  }

  get size(): number {
    return this.count;
  }

  /** The value remembered for the word text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const h = hashOf(text, start, end);
    const mask = this.hashes.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] === h && key.length === end - start && sameAt(key, text, start)) return this.values[i];
    }
  }

  /** Remembers a word not yet in the table. */
  set(key: string, value: V): void {
    if (this.count >= this.limit) this.allocate(1024);
    else if (2 * (this.count + 1) > this.hashes.length) this.grow();
    this.place(hashOf(key, 0, key.length), key, value);
    this.count++;
  }

  private place(h: number, key: string, value: V): void {
    const mask = this.hashes.length - 1;
    let i = h & mask;
    while (this.keys[i] !== undefined) i = (i + 1) & mask;
    this.keys[i] = key;
    this.values[i] = value;
    this.hashes[i] = h;
  }

  private allocate(capacity: number): void {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.count = 0;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    this.allocate(hashes.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) {
        this.place(hashes[i]!, key, values[i]!);
        this.count++;
      }
    }
  }
}

function sameAt(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
