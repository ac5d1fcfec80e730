// Which word a disguised word in the stream is. The word matcher reads "k*ll" and "ki11" as "kill" by walking the
// lexicon's trie, but the canonical stream, which phrases and sentence readers read, wrote a disguised word one letter a
// position, each its first reading: "k*l", "kii", "y0ur$e|f" as "yourseif". So "k*ll yourself" and "i w!|| k!|| y0u"
// slipped past every phrase. Here a disguised word is read as the first word of the phrase lexicon it can spell (a star
// any one letter, "1" an i or an l, "|" an i or an l, "$" an s), and the stream writes that word; and letters spelt out
// one by one ("i w i l l k i l l y o u") are broken into the words they spell (segment). The vocabulary is the
// built-in lexicon's, with the words of a school's own added phrases where it has some.

import { OFFENSIVE_PHRASES, OFFENSIVE_WORDS, PHRASE_MACROS } from '../lexicons/offensive.js';
import { collapse } from './stream-words.js';

/** A phrase pattern with its macros ("{kill}") written out. */
export function expandMacros(pattern: string, macros: Record<string, string> = PHRASE_MACROS): string {
  let out = pattern;
  for (let i = 0; i < 3; i++) out = out.replace(/\{(\w+)\}/g, (m, name: string) => macros[name] ?? m);
  return out;
}

/** the two-letter words a phrase may hold; any other pair of letters in a pattern is a piece of one ("wi" of "wi[l*]") */
const TWO_LETTER_WORDS = new Set('am an as at be by do go he hi if im in is it me my no of oh ok on or so to up us we ya ye yo ur al se il'.split(' '));

/** The most positions and wildcards a word is read with: as the trie walk allows. */
const MAX_POSITIONS = 24;
const MAX_WILDCARDS = 3;
/** disguised words remembered: about a megabyte at most */
const MEMO_SIZE = 5_000;

export class StreamVocabulary {
  /** the words by their first letter, the most used first: "f*t" is "fat" before "fet" */
  private readonly byFirst = new Map<string, string[]>();
  private readonly all = new Set<string>();
  /** each word's place in order of use, the most used 0 */
  private readonly rank = new Map<string, number>();
  /** per disguised word: its first reading and its second (null for none) */
  private readonly memo = new Map<string, Readings>();
  /** the words for a position of several letters, made once */
  private readonly byAlt = new Map<string, readonly string[]>();
  /** words, each as often as it is used: the more often, the likelier a disguised word is it */
  constructor(words: Iterable<string>) {
    const uses = new Map<string, number>();
    for (const w of words) if (w.length >= 3 || TWO_LETTER_WORDS.has(w)) uses.set(w, (uses.get(w) ?? 0) + 1);
    for (const [w] of [...uses].sort((a, b) => b[1] - a[1])) {
      this.rank.set(w, this.all.size);
      this.all.add(w);
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w[0]!, list);
    }
  }

  has(word: string): boolean {
    return this.all.has(word);
  }

  /** the words that start with a letter, the most used first */
  startingWith(letter: string): readonly string[] {
    return this.byFirst.get(letter) ?? NO_WORDS;
  }

  /** the words that start with any of a position's letters ("il"), or with any letter at all ("*") */
  startingWithAny(alt: string): readonly string[] {
    if (alt.length === 1 && alt !== '*') return this.startingWith(alt);
    let list = this.byAlt.get(alt);
    if (!list) this.byAlt.set(alt, (list = alt === '*' ? [...this.all] : [...alt].flatMap((c) => this.startingWith(c))));
    return list;
  }

  /**
   * The letter each position stands for, where the positions (each the letters it may be, "*" for any) spell a word of
   * the vocabulary with repeats collapsed; undefined where they spell none, or spell their first reading already.
   */
  resolve(alts: readonly string[]): string[] | undefined {
    return this.readings(alts)?.first ?? undefined;
  }

  /**
   * The letters of the next word the positions can spell, the first reading aside: "wh*re" is "whore" first and "where"
   * second, "l*ve" "love" and "live". Undefined where there is no other, or no first.
   */
  secondReading(alts: readonly string[]): string[] | undefined {
    return this.readings(alts)?.second ?? undefined;
  }

  private readings(alts: readonly string[]): Readings | undefined {
    if (alts.length < 2 || alts.length > MAX_POSITIONS) return undefined;
    // only a word with a position of more than one reading is in doubt ("don't" is not; a "v" that may be a u, as in
    // "fvck", is left to the word matcher); most words a text has are not, and cost one pass here
    let wild = 0;
    let doubt = false;
    for (const a of alts) {
      if (a === '') return undefined;
      if (a === '*') wild++;
      else if (a.length > 1 && a !== 'vu') doubt = true;
    }
    if ((!doubt && wild === 0) || wild > MAX_WILDCARDS || wild * 2 > alts.length) return undefined;
    const key = alts.join('\u0000');
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const readings = this.search(alts);
    // a text's words repeat, and so do a school's: remembered, up to a bound
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(key, readings);
    return readings;
  }

  /** The two most used words the positions spell, by their letters (a first letter's words are in order of use). */
  private search(alts: readonly string[]): Readings {
    const none: Readings = { first: null, second: null };
    if (this.all.has(collapse(alts.map((a) => a[0]!).join('')))) return none;
    const firsts = alts[0] === '*' ? [...this.byFirst.keys()] : [...alts[0]!];
    // the two most used words of each first letter the positions allow; the first reading is the first of them, as it
    // always was (the first letter's most used word: "|ice" is "ice" before "lice"), the second the most used of the rest
    const found: { word: string; letters: string[]; rank: number }[] = [];
    for (const first of firsts) {
      const words = this.byFirst.get(first) ?? [];
      let kept = 0;
      for (let k = 0; k < words.length && kept < 2; k++) {
        const word = words[k]!;
        if (word.length > alts.length) continue;
        const letters = spell(alts, word);
        if (!letters) continue;
        found.push({ word, letters, rank: this.rank.get(word)! });
        kept++;
      }
    }
    if (found.length === 0) return none;
    const [first, ...rest] = found;
    const second = rest.sort((a, b) => a.rank - b.rank).find((r) => r.word !== first!.word);
    return { first: first!.letters, second: second?.letters ?? null };
  }
}

/** What a disguised word is read as, first and second; null where there is no such reading. */
interface Readings {
  first: string[] | null;
  second: string[] | null;
}

const NO_WORDS: readonly string[] = [];
/** the one-letter words a line of spaced-out letters may hold: "i w i l l k i l l u" */
const ONE_LETTER_WORDS = new Set(['i', 'u', 'a']);

/**
 * Where a run of letters spelt out one by one ("iwillkillyou", from "i w i l l k i l l y o u") breaks into words of the
 * vocabulary, as the fewest words, and the letter each position then stands for; undefined where it does not break
 * wholly into them, or is one word already. The cuts are the indices where each word after the first starts.
 */
export function segment(vocabulary: StreamVocabulary, letters: readonly string[]): { cuts: number[]; letters: string[] } | undefined {
  // each position as the letters it may be, as resolve reads them: "*" any, "il" either
  const n = letters.length;
  if (letters.some((a) => a === '')) return undefined;
  if (n < 4 || n > 64) return undefined;
  // fewest[i]: the cost of the cheapest words that spell letters[0, i), a word 1 and a word of one or two letters 1.5
  // ("you ugly" before "yo ugly"); from[i]: where the last of them starts
  const fewest = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  /** the letters the last word gives its positions */
  const spelt = new Array<string[] | undefined>(n + 1);
  fewest[0] = 0;
  for (let i = 0; i < n; i++) {
    if (fewest[i] === Infinity) continue;
    const single = [...letters[i]!].find((c) => ONE_LETTER_WORDS.has(c));
    if (single && fewest[i]! + 1.5 < fewest[i + 1]!) {
      fewest[i + 1] = fewest[i]! + 1.5;
      from[i + 1] = i;
      spelt[i + 1] = [single];
    }
    for (const word of vocabulary.startingWithAny(letters[i]!)) {
      // the next position must be the word's second letter, or its first again: most words are ruled out here
      if (i + 1 >= n || (word.length > 1 && !fits(letters[i + 1]!, word[1]!) && !fits(letters[i + 1]!, word[0]!))) continue;
      const cost = fewest[i]! + (word.length <= 2 ? 1.5 : 1);
      // a word of m letters covers m positions or more, each more one a repeat of a letter before it
      for (let j = i + word.length; j <= n && j <= i + 2 * word.length; j++) {
        // the word must end where its last letter can stand: most ends are ruled out before spelling
        if (cost >= fewest[j]! || !fits(letters[j - 1]!, word[word.length - 1]!)) continue;
        const these = spell(letters.slice(i, j), word);
        if (!these) continue;
        fewest[j] = cost;
        from[j] = i;
        spelt[j] = these;
      }
    }
  }
  // one word is the run as it stands, which the word matcher reads
  if (fewest[n] === Infinity || from[n] === 0) return undefined;
  const cuts: number[] = [];
  const out: string[] = [];
  for (let j = n; j > 0; j = from[j]!) {
    out.unshift(...spelt[j]!);
    if (from[j]! > 0) cuts.unshift(from[j]!);
  }
  return { cuts, letters: out };
}

const fits = (alt: string, letter: string) => alt === '*' || alt.includes(letter);

/**
 * The letters that make the positions spell word (repeats collapsed), or undefined. Each position is the word's current
 * letter again (a repeat) or its next one; the last position must reach the word's last letter.
 */
function spell(alts: readonly string[], word: string): string[] | undefined {
  const n = alts.length;
  const m = word.length;
  if (!fits(alts[0]!, word[0]!) || !fits(alts[n - 1]!, word[m - 1]!)) return undefined;
  // reach[k][j]: position k can be word[j] with positions 0..k spelling word[0..j]
  const reach: Uint8Array[] = Array.from({ length: n }, () => new Uint8Array(m));
  reach[0]![0] = 1;
  for (let k = 1; k < n; k++) {
    for (let j = 0; j < m; j++) {
      if (!fits(alts[k]!, word[j]!)) continue;
      if (reach[k - 1]![j] || (j > 0 && reach[k - 1]![j - 1] && word[j] !== word[j - 1])) reach[k]![j] = 1;
    }
  }
  if (!reach[n - 1]![m - 1]) return undefined;
  const letters = new Array<string>(n);
  for (let k = n - 1, j = m - 1; k >= 0; k--) {
    letters[k] = word[j]!;
    if (k > 0 && !reach[k - 1]![j]) j--;
  }
  return letters;
}

let builtinWords: string[] | undefined;
/** The words of the lexicon's phrases and blocking words, as the stream spells them, each as often as it weighs. */
function lexiconWords(): string[] {
  if (builtinWords) return builtinWords;
  const words: string[] = [];
  // a word of the lexicon is what a masked word most likely is: someone who stars a letter hides a word like these, so
  // "tw*t" is "twat" before "twit", and "b*tch" is "bitch"
  // (the blocking ones first: "f***ing" is "fucking" before "frigging")
  for (const w of OFFENSIVE_WORDS) if (/^[a-z]+$/.test(w.term)) for (let k = 0; k < (w.severity === 'block' ? 100 : 50); k++) words.push(collapse(w.term));
  for (const p of OFFENSIVE_PHRASES) {
    // escapes ("\\b") are no words; a class of a few letters is each of them ("p[a*]ki" is "paki"), a wider one is none
    const source = expandMacros(p.pattern)
      // an optional letter inside a word is kept ("favou?r" is "favour", not "favou" and "r")
      .replace(/([a-z])\?(?=[a-z])/g, '$1')
      .replace(/\\[a-zA-Z]/g, ' ')
      .replace(/\[([a-z*]{1,6})\]/g, (_, members: string) => members.replace('*', '')[0] ?? '#')
      .replace(/\[[^\]]*\]/g, '#');
    for (const m of source.matchAll(/[a-z#]{2,}/g)) if (!m[0].includes('#')) words.push(collapse(m[0]));
  }
  return (builtinWords = words);
}

let builtin: StreamVocabulary | undefined;
/**
 * The words of the lexicon's phrases, as the stream spells them: what a disguised word in a phrase is read as. A school's
 * own phrases (`schoolPhrases`, as the stream spells them) add their words, weighed as the lexicon's blocking words
 * are, so that "m33t me at the g*tes" is read as the phrase the school added.
 */
export function phraseVocabulary(schoolPhrases: readonly string[] = []): StreamVocabulary {
  if (schoolPhrases.length === 0) return (builtin ??= new StreamVocabulary(lexiconWords()));
  const own: string[] = [];
  for (const phrase of schoolPhrases) for (const w of phrase.split(' ')) if (/^[a-z]+$/.test(w)) for (let k = 0; k < 100; k++) own.push(collapse(w));
  return new StreamVocabulary([...own, ...lexiconWords()]);
}
