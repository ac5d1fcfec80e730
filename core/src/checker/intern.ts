// Words met before, kept so that a word met again is the string made for it then: checking a text then makes new
// strings only for words it has not met. A 2,000-character text has some 400 words, and each reading of them (the
// offensive-language stream, the roster's tokens) made 400 strings: a sixth of what a check allocated, and so of how
// often the garbage collector stopped one (a young-generation collection takes 0.5 to 1 ms).
//
// Open addressing by a hash of the word's characters; emptied when half full, so it holds at most 8,192 words.

const SLOTS = 1 << 14;
const table = new Array<string | undefined>(SLOTS).fill(undefined);
let count = 0;

/** source.slice(start, end), as the string made for it before where there is one. */
export function interned(source: string, start: number, end: number): string {
  const length = end - start;
  let hash = length;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + source.charCodeAt(k)) | 0;
  let slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  for (let w = table[slot]; w !== undefined; w = table[slot]) {
    if (w.length === length && source.startsWith(w, start)) return w;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const word = source.slice(start, end);
  if (count >= SLOTS / 2) {
    table.fill(undefined);
    count = 0;
    slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  }
  table[slot] = word;
  count++;
  return word;
}
