// Which words a phrase needs. A phrase of the lexicon is a regular expression over the canonical stream,
// and running every phrase over every text was most of the checker's time (five passes of 18 KB patterns,
// about 0.3 ms a 2,000-character text). Most phrases cannot match unless one of a few words stands in the
// text as a whole word ("kil" or "hang" in "kil yourself"): those words are read off the phrase's own
// source here, once, and a text runs only the phrases whose words it has.
//
// The reading is conservative: a word is a trigger only where every match of the phrase must contain it
// (or one of its alternatives) as a whole word of the stream. Where no such set can be read (the phrase
// starts with "[a-z]+", say), the phrase has no trigger and runs on every text, as before.

import { parsePattern, type Node } from '../pattern-syntax.js';
import { firstWords, isStreamWordCode } from '../word-patterns.js';

/** At most this many strings a run of fixed parts may spell before the run is cut (its edge words then count for nothing). */
const MAX_STRINGS = 256;

/** The strings a node can match, when they are few; undefined when they are not. */
function language(node: Node): string[] | undefined {
  switch (node.t) {
    case 'char':
      return [node.c];
    case 'zero':
      return [''];
    case 'any':
    case 'ref':
      return undefined;
    case 'group': {
      const out = new Set<string>();
      for (const alt of node.alts) {
        const strings = sequenceLanguage(alt);
        if (!strings) return undefined;
        for (const s of strings) out.add(s);
        if (out.size > MAX_STRINGS) return undefined;
      }
      return [...out];
    }
    case 'rep': {
      // "x?" and "\\*{3}" are a few strings; "x*" and "x+" are many
      if (node.max > 4) return undefined;
      const inner = language(node.node);
      if (!inner) return undefined;
      let strings = node.min === 0 ? [''] : [];
      let power = [''];
      for (let n = 1; n <= node.max; n++) {
        power = product(power, inner);
        if (power.length > MAX_STRINGS) return undefined;
        if (n >= node.min) strings = [...new Set([...strings, ...power])];
      }
      return strings;
    }
  }
}

function sequenceLanguage(seq: Node[]): string[] | undefined {
  let strings = [''];
  for (const node of seq) {
    const part = language(node);
    if (!part) return undefined;
    strings = product(strings, part);
    if (strings.length > MAX_STRINGS) return undefined;
  }
  return strings;
}

function product(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/**
 * A set of words one of which stands as a whole word wherever the phrase matches, and how far before that word the
 * match can start.
 */
export interface Trigger {
  words: string[];
  /**
   * the match starts at most this many words before the trigger word: 0 when every match starts with one of the
   * words, Infinity when nothing bounds it
   */
  before: number;
}

/** How costly a trigger is to keep: a word most texts have ("you", "the") lets the phrase run on most texts. */
const COMMON = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been am im its it this that these those there here i me my we us our you u ur your ya he him his she her they them their who what when where why how not no do dont did didnt have has had will wil can cant would should could go get got so just al some any one al like up out about then than too very realy more most'.split(' '),
);
const cost = (words: Iterable<string>) => {
  let sum = 0;
  for (const w of words) sum += COMMON.has(w) || w === '.' ? 100 : w.length <= 2 ? 8 : w.length === 3 ? 3 : 1;
  return sum;
};

/**
 * What a trigger costs a text: its words' cost, times the tries each costs. A phrase is tried at every word that
 * can start it, up to `before` words before a trigger word, and run over the whole text, some forty times dearer,
 * when nothing bounds where it starts.
 */
const score = (t: Trigger) => cost(t.words) * (t.before === Infinity ? 40 : 1 + t.before);

/**
 * The most spaces a node can match, so the most words it can cross: a word of the stream has no space in it, so
 * "f[u*ck]+ing" crosses none however long, and "(?:[a-z]+ ){0,2}" two. Infinity when a repeat of spaces is unbounded.
 */
function maxSpaces(node: Node): number {
  switch (node.t) {
    case 'char':
      return node.c === ' ' ? 1 : 0;
    case 'any':
      return node.space ? 1 : 0;
    case 'zero':
      return 0;
    case 'ref':
      return Infinity;
    case 'group':
      return Math.max(...node.alts.map((alt) => alt.reduce((n, x) => n + maxSpaces(x), 0)));
    case 'rep': {
      const inner = maxSpaces(node.node);
      return inner === 0 ? 0 : node.max * inner;
    }
  }
}

/**
 * The trigger read off an alternation (a phrase's whole pattern, or one of its groups), or undefined when some
 * alternative has none. `open` says whether the text just before (and after) it can join its first (and last)
 * word to a longer one: a phrase stands between word boundaries, so at the top neither can.
 */
function alternationTrigger(alts: Node[][], openBefore: boolean, openAfter: boolean): Trigger | undefined {
  const words = new Set<string>();
  let before = 0;
  for (const alt of alts) {
    const t = sequenceTrigger(alt, openBefore, openAfter);
    if (!t) return undefined;
    for (const w of t.words) words.add(w);
    before = Math.max(before, t.before);
  }
  return { words: [...words], before };
}

/**
 * A sequence's best trigger: its fixed runs (fixed characters and groups of few strings, between parts that
 * match many strings) each give the words that stand whole inside every string they spell; a group that
 * matches many strings gives its own trigger. The cheapest to run wins.
 */
function sequenceTrigger(seq: Node[], openBefore: boolean, openAfter: boolean): Trigger | undefined {
  let best: Trigger | undefined;
  for (const c of sequenceCandidates(seq, openBefore, openAfter)) if (!best || score(c) < score(best)) best = c;
  return best;
}

/** Every trigger a sequence's parts give, each of which every match holds. */
function sequenceCandidates(seq: Node[], openBefore: boolean, openAfter: boolean): Trigger[] {
  const candidates: Trigger[] = [];
  let runStrings: string[] = [''];
  let runOpenBefore = openBefore;
  /** the most words from the match's start to the run's, and to the node being read */
  let runBefore = 0;
  let prefix = 0;
  const closeRun = (openAfterRun: boolean) => {
    candidates.push(...runTriggers(runStrings, runOpenBefore, openAfterRun, runBefore));
    runStrings = [''];
  };
  for (let k = 0; k < seq.length; k++) {
    const node = seq[k]!;
    const part = language(node);
    if (part) {
      const next = product(runStrings, part);
      if (next.length <= MAX_STRINGS) runStrings = next;
      else {
        // too many strings: cut the run here. A word either side of the cut is whole only if a space is at the cut
        // in every string ("(the )?(muslims|jews|…)": "the " ends with one, and "" leaves the run's own edge)
        const open = runStrings.some((x) => (x === '' ? runOpenBefore : !x.endsWith(' ')));
        closeRun(!part.every((x) => x.startsWith(' ')));
        runOpenBefore = open;
        runBefore = prefix;
        runStrings = part;
      }
      prefix += maxSpaces(node);
      continue;
    }
    closeRun(!closedAt(seq, k, 1, openAfter));
    // a part of many strings: a group that must match gives its own trigger
    const inner = node.t === 'group' ? node : node.t === 'rep' && node.min >= 1 && node.node.t === 'group' ? node.node : undefined;
    if (inner) {
      const t = alternationTrigger(inner.alts, openAt(seq, k, -1, openBefore), openAt(seq, k, 1, openAfter));
      if (t) candidates.push({ words: t.words, before: prefix + t.before });
    }
    prefix += maxSpaces(node);
    runOpenBefore = !closedAt(seq, k, -1, openBefore);
    runBefore = prefix;
  }
  closeRun(openAfter);
  return candidates;
}

/**
 * Whether whatever seq[k] and what follows it match (step 1), or what precedes it and seq[k] match (step -1),
 * starts (ends) with a space or at the sequence's closed edge, in every way it can: "(?: [a-z]+){0,2} girl"
 * starts with one, so the word before it is whole.
 */
function closedAt(seq: Node[], k: number, step: -1 | 1, openEdge: boolean): boolean {
  if (k < 0 || k >= seq.length) return !openEdge;
  const node = seq[k]!;
  const rest = () => closedAt(seq, k + step, step, openEdge);
  const inner = (n: Node): boolean => {
    if (n.t === 'zero') return rest();
    if (n.t === 'char') return n.c === ' ';
    if (n.t === 'group') return n.alts.every((alt) => (alt.length === 0 ? rest() : closedAt(alt, step === 1 ? 0 : alt.length - 1, step, !rest())));
    if (n.t === 'rep') return inner(n.node) && (n.min > 0 || rest());
    return false;
  };
  return inner(node);
}

/**
 * Whether the character next to seq[k] (before it for step -1, after it for 1) may be part of the same word: not
 * when it is a space, or the sequence's closed edge; look-arounds are skipped, as they match nothing.
 */
function openAt(seq: Node[], k: number, step: -1 | 1, openEdge: boolean): boolean {
  for (let j = k + step; j >= 0 && j < seq.length; j += step) {
    const node = seq[j]!;
    if (node.t === 'zero') continue;
    return !(node.t === 'char' && node.c === ' ');
  }
  return openEdge;
}

/**
 * The triggers of a run of fixed parts (`before` words at most after the match's start): for each string it
 * spells, its cheapest whole word (a word with a space or the run's closed edge on each side); and each string's
 * first word, which lets the phrase be tried only where such a word stands. None if some string has no whole word.
 */
function runTriggers(strings: string[], openBefore: boolean, openAfter: boolean, before: number): Trigger[] {
  if (strings.length === 1 && strings[0] === '') return [];
  const firsts = new Set<string>();
  let firstsWhole = true;
  const wholeWords = strings.map((s) => {
    const parts = s.split(' ');
    const whole = (k: number) => parts[k] !== '' && !(k === 0 && openBefore) && !(k === parts.length - 1 && openAfter) && /^[a-z0-9*.]+$/.test(parts[k]!);
    // a string that starts with a space (an optional word before: "(go )?die") has no word at the run's start
    if (whole(0)) firsts.add(parts[0]!);
    else firstsWhole = false;
    const out: { word: string; offset: number }[] = [];
    // a word's offset is the spaces before it in the string: the words it stands after
    for (let k = 0; k < parts.length; k++) if (whole(k)) out.push({ word: parts[k]!, offset: k });
    return out;
  });
  // the words most strings share first, among the cheapest: "you (absolute )?melt" is triggered by "melt" alone
  const shared = new Map<string, number>();
  for (const words of wholeWords) for (const w of new Set(words.map((x) => x.word))) shared.set(w, (shared.get(w) ?? 0) + 1);
  const cheapest = new Set<string>();
  let offset = 0;
  for (const words of wholeWords) {
    let best: { word: string; offset: number } | undefined;
    for (const w of words) {
      const [c, b] = [cost([w.word]), best ? cost([best.word]) : Infinity];
      if (c < b || (c === b && shared.get(w.word)! > shared.get(best!.word)!)) best = w;
    }
    if (best === undefined) return [];
    cheapest.add(best.word);
    offset = Math.max(offset, best.offset);
  }
  const out: Trigger[] = [{ words: [...cheapest], before: before + offset }];
  if (firstsWhole) out.push({ words: [...firsts], before });
  return out;
}

/** The trigger of a phrase's source (as phraseBody writes it), or undefined when it has none. */
export function phraseTrigger(body: string): Trigger | undefined {
  return alternationTrigger(parsePattern(body), false, false);
}

/** A phrase's top-level alternatives, as sources: each can have a trigger of its own. */
export function topAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/** A phrase's trigger; none (so it runs on every text) where its source has syntax the reader does not know. */
function triggerOrNone(body: string): Trigger | undefined {
  try {
    return phraseTrigger(body);
  } catch {
    return undefined;
  }
}

/** One top-level alternative of a phrase, compiled on its own. */
interface Alternative {
  /** the phrase's index in the lexicon's list */
  phrase: number;
  /** sticky, tried at the word starts near a trigger word; or global, run over the whole stream */
  re: RegExp;
  /** its trigger's reach before the trigger word (Trigger.before); Infinity for a whole-stream run */
  before: number;
  /**
   * the words every match starts with, where they can be read: a word start before the trigger word is tried only
   * where one of them stands ("you are a …" is not tried at each of the five words before "prat")
   */
  firsts: ReadonlySet<string> | undefined;
}

/** Whether a word of the stream is letters, digits and stars only: a match that starts at it starts with all of it. */
function plainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isStreamWordCode(word.charCodeAt(i))) return false;
  return true;
}

/**
 * The phrases of a lexicon, indexed by the words that trigger them: a text tries each phrase where its words can
 * make it match, and runs the few phrases with no bounded trigger over the whole stream.
 */
export class PhraseIndex {
  private readonly alternatives: Alternative[] = [];
  private readonly byWord = new Map<string, number[]>();
  /** alternatives with no trigger, run over every text */
  private readonly always: number[] = [];
  /** per text: the last stream offset each alternative was tried at (-1: none), so no start is tried twice */
  private tried = new Int32Array(0);

  /**
   * `bodies[k]` is phrase `first + k` as phraseBody writes it; `wrap` puts an alternative's source between the
   * stream's word boundaries.
   */
  constructor(bodies: readonly string[], first: number, wrap: (body: string) => string) {
    bodies.forEach((body, k) => {
      for (const alt of topAlternatives(body)) {
        const trigger = triggerOrNone(alt);
        const before = trigger?.before ?? Infinity;
        const index = this.alternatives.length;
        const starts = before === Infinity ? undefined : firstWords(wrap(alt), true);
        const firsts = starts && starts.beforeDigit.size === 0 ? starts.words : undefined;
        this.alternatives.push({ phrase: first + k, re: new RegExp(wrap(alt), before === Infinity ? 'g' : 'y'), before, firsts });
        if (!trigger) this.always.push(index);
        else for (const w of trigger.words) this.byWord.set(w, [...(this.byWord.get(w) ?? []), index]);
      }
    });
    this.tried = new Int32Array(this.alternatives.length).fill(-1);
  }

  /** how many alternatives the index holds */
  get size(): number {
    return this.alternatives.length;
  }

  /** how many of them run over every text, having no trigger */
  get untriggered(): number {
    return this.always.length;
  }

  /**
   * Every match in the stream (split into `words`, starting at `at`), as (phrase, start, end) in stream offsets,
   * end exclusive. A phrase may match at several places, and at one place as several of its alternatives.
   */
  matches(stream: string, words: readonly string[], at: readonly number[], found: (phrase: number, start: number, end: number) => void): void {
    const scan: number[] = [];
    const touched: number[] = [];
    for (let k = 0; k < words.length; k++) {
      const list = this.byWord.get(words[k]!);
      if (list === undefined) continue;
      for (const a of list) {
        const alt = this.alternatives[a]!;
        if (this.tried[a] === -1) touched.push(a);
        if (alt.before === Infinity) {
          if (this.tried[a] === -1) {
            this.tried[a] = 0;
            scan.push(a);
          }
          continue;
        }
        // every word start from `before` words back to this word, not tried before
        for (let j = Math.max(0, k - alt.before); j <= k; j++) {
          if (at[j]! <= this.tried[a]!) continue;
          if (alt.firsts !== undefined && !alt.firsts.has(words[j]!) && plainWord(words[j]!)) continue;
          this.tried[a] = at[j]!;
          alt.re.lastIndex = at[j]!;
          const m = alt.re.exec(stream);
          if (m) found(alt.phrase, m.index, m.index + m[0].length);
        }
      }
    }
    for (const a of touched) this.tried[a] = -1;
    for (const a of [...scan, ...this.always]) {
      const re = this.alternatives[a]!.re;
      re.lastIndex = 0;
      // exec, not matchAll, which copies the pattern each time; on from the next character, not the match's end, as
      // another match may start inside this one
      for (let m = re.exec(stream); m; m = re.exec(stream)) {
        re.lastIndex = m.index + 1;
        found(this.alternatives[a]!.phrase, m.index, m.index + m[0].length);
      }
    }
  }
}
