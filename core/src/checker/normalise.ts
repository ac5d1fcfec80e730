import type { Prepared, TextKind } from './types.js';

// Letters from other scripts that look like Latin ones: folded so "раss" (Cyrillic р, а) reads "pass".
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  // and the letters "faux Cyrillic" text generators use for Latin ones ("ЯЦSSIΛИ", "Gгace"): г for r, и and п for n, λ for a
  г: 'r', я: 'r', и: 'n', п: 'n', ц: 'u', ш: 'w', щ: 'w', ч: 'y', б: 'b', ь: 'b', д: 'd', λ: 'a',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c',
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ƒ: 'f', ɑ: 'a', ɩ: 'i',
  // the yen sign for a y ("g¥pos", set 38); not the pound sign, which stands before a price
  '¥': 'y',
  // small capitals, which look like lower-case letters and which NFKD leaves as they are
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  // the "fancy text" sites' alphabets: Greek mu and the IPA letters ("fμck", "¢ʊηт"), and Canadian syllabics that
  // look like capitals ("ᑕᑌᑎT")
  μ: 'u', '¢': 'c', ʊ: 'u', ŋ: 'n', ɛ: 'e', ƈ: 'c', ɱ: 'm', ɲ: 'n', ʂ: 's', ʈ: 't', ɖ: 'd', ɓ: 'b', ƙ: 'k', ƥ: 'p', ɠ: 'g', ɦ: 'h', ʝ: 'j', ɾ: 'r', ʋ: 'v',
  ᗩ: 'a', ᗷ: 'b', ᑕ: 'c', ᗪ: 'd', ᕮ: 'e', ᖴ: 'f', ᘜ: 'g', ᕼ: 'h', ᒍ: 'j', ᒪ: 'l', ᗰ: 'm', ᑎ: 'n', ᑭ: 'p', ᑫ: 'q', ᖇ: 'r', ᔕ: 's', ᑌ: 'u', ᐯ: 'v', ᗯ: 'w', '᙭': 'x',
};
/**
 * Letters drawn in boxes and circles that NFKD leaves as they are, each block A to Z: negative circled (🅐) and negative
 * squared (🅰), used to spell a word past a filter. Not the regional indicators (🇦), which make the flags a school posts
 * on international day and which, read as letters, would glue "gb" to a name ("May🇬🇧").
 */
const BOXED_LETTER_BLOCKS = [0x1f150, 0x1f170];
function boxedLetter(cp: number): string | undefined {
  for (const first of BOXED_LETTER_BLOCKS) if (cp >= first && cp < first + 26) return String.fromCharCode(97 + cp - first);
  return undefined;
}

// Characters that show nothing: a word split by them must still be found.
const INVISIBLE_RANGES: [number, number][] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180e],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
];
const isInvisible = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);
};
const COMBINING = /\p{M}/u;

/**
 * Prepares a text for matching: lower case, accents and combining marks removed, look-alike
 * letters from other scripts folded to Latin, invisible characters dropped. Every folded character
 * remembers where it came from in the original, so findings point at the text the person wrote.
 */
export function prepare(original: string, kind: TextKind, images?: Prepared['images']): Prepared {
  // Most school text is plain ASCII, which only needs lower-casing, one character for one; the
  // costly Unicode work below runs only for the characters that need it, and the ASCII between
  // them is copied a run at a time.
  const length = original.length;
  let offsets = new Int32Array(length + 1);
  let chunks: string[] | null = null;
  let n = 0;
  let run = 0;
  const room = (more: number) => {
    if (n + more < offsets.length) return;
    const bigger = new Int32Array(Math.max(offsets.length * 2, n + more + 8));
    bigger.set(offsets);
    offsets = bigger;
  };
  let i = 0;
  while (i < length) {
    if (original.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    chunks ??= [];
    if (i > run) {
      room(i - run);
      chunks.push(original.slice(run, i).toLowerCase());
      for (let k = run; k < i; k++) offsets[n++] = k;
    }
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const at = i;
    i += ch.length;
    run = i;
    if (isInvisible(ch)) continue;
    const boxed = cp >= 0x1f150 && cp < 0x1f18a ? boxedLetter(cp) : undefined;
    if (boxed) {
      room(1);
      chunks.push(boxed);
      offsets[n++] = at;
      continue;
    }
    // NFKD splits "é" into "e" + accent and turns full-width and styled letters into plain ones
    for (const part of ch.normalize('NFKD')) {
      if (COMBINING.test(part)) continue;
      const lower = part.toLowerCase();
      const folded = HOMOGLYPHS[lower] ?? lower;
      // one entry per UTF-16 unit, so folded and offsets stay index for index (emoji are two)
      room(folded.length);
      chunks.push(folded);
      for (let k = 0; k < folded.length; k++) offsets[n++] = at;
    }
  }
  let folded: string;
  if (chunks) {
    if (length > run) {
      room(length - run);
      chunks.push(original.slice(run).toLowerCase());
      for (let k = run; k < length; k++) offsets[n++] = k;
    }
    folded = chunks.join('');
  } else {
    folded = original.toLowerCase();
    for (let k = 0; k < length; k++) offsets[k] = k;
    n = length;
  }
  offsets[n] = length;
  return { original, folded, offsets: n + 1 === offsets.length ? offsets : offsets.subarray(0, n + 1), kind, ...(images ? { images } : {}) };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The span in the original text that folded[start, end) came from. */
export function originalSpan(p: Prepared, start: number, end: number): { start: number; end: number } {
  const s = p.offsets[start]!;
  // the end is the start of the folded character after the last one, in original terms
  let e = p.offsets[end] ?? p.original.length;
  if (end > start && e <= s) e = s + 1;
  // a folded character that came from a surrogate pair covers both halves
  while (e < p.original.length && isLowSurrogate(p.original.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** A word character after folding: letters and digits of any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const isWordChar = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c);

/**
 * The character at i of a text as written, whole, as the letter it is styled from: a bold "𝐑" is two UTF-16 units and
 * has no case of its own until it is read as R. For the checks of a capital, which read the text as written.
 */
export function letterAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : cp < 128 ? text[i] : String.fromCodePoint(cp).normalize('NFKD')[0];
}
