import type { Prepared, Roster } from '../types.js';

// Roster names in context: a token trie over folded words, built once per roster, then one pass
// over a text's tokens. Names that are also ordinary words only count when the context says a
// person is meant (praise, a year group, a possessive, a capital mid-sentence, a list of names).

export interface Token {
  text: string;
  /** folded offsets, end exclusive */
  start: number;
  end: number;
  /** "May's", "Chris'": the folded offset after the apostrophe (and s) */
  possessiveEnd?: number;
}

const WORD_RE = /[\p{L}\p{N}]/u;
function isWord(c: number, s: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return WORD_RE.test(s[i]!);
}
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '`', '\u2018']);

/** Words of a folded text, with possessives noted so "Chen's" reads as "chen". */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = folded.length;
  while (i < n) {
    if (!isWord(folded.charCodeAt(i), folded, i)) { i++; continue; }
    const start = i;
    while (i < n && isWord(folded.charCodeAt(i), folded, i)) i++;
    const token: Token = { text: folded.slice(start, i), start, end: i };
    if (i < n && APOSTROPHES.has(folded[i]!)) {
      const after = i + 1 < n && isWord(folded.charCodeAt(i + 1), folded, i + 1);
      const sThenEnd = folded[i + 1] === 's' && !(i + 2 < n && isWord(folded.charCodeAt(i + 2), folded, i + 2));
      if (sThenEnd) { token.possessiveEnd = i + 2; i += 2; }
      else if (!after && token.text.endsWith('s')) token.possessiveEnd = i + 1;
    }
    tokens.push(token);
  }
  return tokens;
}

/** Splits a roster or lexicon phrase into the folded words the tokenizer would produce. */
export function phraseTokens(fold: (s: string) => string, phrase: string): string[] {
  return tokenize(fold(phrase)).map((t) => t.text);
}

interface TrieNode<T> { children: Map<string, TrieNode<T>>; values: T[] }
const node = <T>(): TrieNode<T> => ({ children: new Map(), values: [] });

/** Phrases of folded words; finds every phrase that starts at a token, longest first. */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = node();
  /** stopAtPossessive: a possessive ends a name, so "May's Chen" is not "May Chen" */
  constructor(private readonly stopAtPossessive = true) {}
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let at = this.root;
    for (const w of words) {
      let next = at.children.get(w);
      if (!next) { next = node(); at.children.set(w, next); }
      at = next;
    }
    at.values.push(value);
  }
  /** Matches starting at tokens[i], longest first: [number of tokens, values]. */
  matchesAt(tokens: readonly Token[], i: number): [number, T[]][] {
    const found: [number, T[]][] = [];
    let at = this.root;
    for (let j = i; j < tokens.length; j++) {
      const next = at.children.get(tokens[j]!.text);
      if (!next) break;
      at = next;
      if (at.values.length) found.push([j - i + 1, at.values]);
      if (this.stopAtPossessive && tokens[j]!.possessiveEnd !== undefined) break;
    }
    return found.reverse();
  }
}

/** Given and family names that are also everyday English words: they need a cue to count. */
export const ORDINARY_WORDS = new Set(
  (
    'grace will rose may hope summer faith joy bill mark jack sky river amber ruby holly ivy dawn april june sunny angel honey autumn crystal frank rob pat gene sue art lily heather daisy violet ' +
    'august winter spring rain storm star stormy misty sandy rusty dusty ginger candy cherry berry peach olive hazel willow rowan ash bay clay cliff wade lane ford reed brook dale glen pearl jade iris poppy ' +
    'saffron jasmine fern myrtle coral ebony gem jewel opal diamond sapphire emerald beryl goldie silver gold penny melody harmony blessing precious destiny liberty trinity charity patience prudence mercy ' +
    'bliss justice sterling ace jet guy ray max miles chase hunter drew rocky dot kit nick sonny lucky eve noel christian king prince duke earl major rex marshall royal tiger bear fox wolf robin wren lark ' +
    'raven dove jay phoenix sage basil rosemary marigold primrose bluebell lavender clementine hero legend trust love peace honor honour hunter carol don bob sunshine blaze flint stone ' +
    'brown green white black grey gray young long hill wood woods bell cook baker hall moon bird lamb field marsh street parks rivers church bishop day knight waters page short sharp strong wise good best ' +
    'little small rich friend swift wild frost snow summers head hand ball hunt fisher shepherd turner miller walker price cross castle bridge banks barber butcher gardener singer read wing bush ' +
    'booth house mason porter cooper carpenter potter weaver archer bowman fair lord bass pike salmon finch crane swan heron nightingale hart hare buck bull steel iron lock gates mills cotton wool ' +
    'north south east west english french welsh scott wells hope joyce glass brand case chance constance felicity verity unity valentine august bay storm cash kind love rain'
  ).split(/\s+/),
);

const MONTHS = new Set(['april', 'may', 'june', 'august']);
const MONTH_CONTEXT = new Set(['in', 'during', 'by', 'until', 'till', 'since', 'of', 'early', 'late', 'mid', 'next', 'last', 'this', 'every', 'before', 'after', 'through', 'throughout', 'from', 'end', 'start', 'beginning']);
const MONTH_AFTER = new Set(['half', 'bank', 'term', 'holiday', 'holidays', 'fair', 'day']);
const VALUES = new Set(['faith', 'hope', 'joy', 'grace', 'love', 'peace', 'charity', 'patience', 'mercy', 'honesty', 'courage', 'trust', 'respect', 'kindness', 'harmony', 'justice', 'truth', 'wisdom', 'friendship', 'compassion', 'forgiveness', 'values', 'value', 'unity', 'verity', 'prudence', 'liberty']);
/** a word after the name that makes it a place, a class or a thing: "Ruby Class", "May Day" */
const THING_AFTER = new Set('class group house team table room garden gardens street road lane avenue drive close court way centre center hall day fair festival ball queen pole cottage tree trees bush trust academy school primary church chapel park field farm walk term half bank holiday holidays week month time morning evening blossom award cup trophy medal base unit ward ward club project'.split(' '));
/** a word before the name that makes it an ordinary word: "the Will", "saying Grace", "Amazing Grace" */
const ORDINARY_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'say', 'saying', 'said', 'says', 'amazing', 'full', 'gods', 'god', 'lord', 'his', 'with', 'and']);
const TITLES = ['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'madam', 'prof'];

// Praise and address before a name: "well done (to) May", "thanks to Grace", "proud of Will".
const CUE_PHRASES: string[][] = (
  'well done|congratulations|congratulation|congrats|thanks|thank you|thankyou|proud of|shout out|shoutout|happy birthday|happy bday|good luck|goodbye|bye|welcome|welcome back|hello|hi|hey|dear|bravo|love from|especially|particularly|including|meet|kudos|cheers|hats off|well played|nice one|great job|great work|good job|amazing work|brilliant work|fantastic work|goes|awarded|presented|star of the week|praise for|credit|go'
).split('|').map((p) => p.split(' '));
const CUE_FILLERS = new Set(['to', 'our', 'little', 'lovely', 'fantastic', 'brilliant', 'wonderful', 'super', 'superstar', 'talented', 'clever', 'fab', 'fabulous', 'very', 'big', 'huge', 'special', 'massive', 'amazing']);

const YEAR_AFTER = /[\s,:\-\u2013]*(?:(?:(?:in|from|of)\s+)?(?:year|yr)\s*\d{1,2}\b|(?:in|from|of)\s+(?:class|form|reception|nursery|\d{1,2}[a-z]\b)|\(\s*(?:y|yr|year)?\s*(?:\d{1,2}[a-z]?|r|rec|reception|n)\s*\))/y;
const NUMBER = /^\d+(?:st|nd|rd|th)?$/;

/** nickname: one of the person's aka ("Ollie B", "Mr T"), which the school added */
export type NameForm = 'full' | 'given_initial' | 'title_family' | 'nickname' | 'given' | 'family';
export interface Person { given: string; family: string; kind: 'pupil' | 'staff'; year: string; role: string; photoConsent: boolean }
interface Sense { person: Person; form: NameForm; initial?: string }

export interface NameMatch {
  kind: 'pupil' | 'staff';
  form: NameForm;
  /** everyone the words could mean (one, unless a given name is shared) */
  people: Person[];
  /** folded span of the name itself */
  start: number;
  end: number;
  possessive: boolean;
  /** folded end of a year reference right after the name ("in Year 4", "(Y5)"), for rewrites */
  yearRefEnd?: number;
  /** a praise word just before the name that takes "to" in a rewrite ("well done" May) */
  cue?: string;
}

export type RosterMatcher = ReturnType<typeof compileRosterMatcher>;
// names and child-specific talk both need the roster's names: compile them once per roster
const compiled = new WeakMap<Roster, RosterMatcher>();

/** The roster's names as one trie, built once per roster object and shared by the categories. */
export function buildRosterMatcher(roster: Roster, fold: (s: string) => string): RosterMatcher {
  let matcher = compiled.get(roster);
  if (!matcher) compiled.set(roster, (matcher = compileRosterMatcher(roster, fold)));
  return matcher;
}

/** Compiles the roster's names into one trie; find() is then a single pass over a text's words. */
function compileRosterMatcher(roster: Roster, fold: (s: string) => string) {
  const trie = new TokenTrie<Sense>();
  const people: Person[] = [
    ...roster.pupils.map((p) => ({ given: p.given, family: p.family, kind: 'pupil' as const, year: p.year, role: '', photoConsent: p.photoConsent })),
    ...roster.staff.map((s) => ({ given: s.given, family: s.family, kind: 'staff' as const, year: '', role: s.role, photoConsent: false })),
  ];
  const akas = [...roster.pupils, ...roster.staff].map((p) => p.aka ?? []);
  const familyCount = new Map<string, number>();
  // one fold for the whole roster: folding name by name is most of the build time
  const lines = fold(people.map((p) => `${p.given.replace(/\n/g, ' ')}\n${p.family.replace(/\n/g, ' ')}`).join('\n')).split('\n');
  const words = people.map((p, k) => ({ p, given: tokenize(lines[2 * k]!).map((t) => t.text), family: tokenize(lines[2 * k + 1]!).map((t) => t.text) }));
  for (const w of words) {
    const key = w.family.join(' ');
    familyCount.set(key, (familyCount.get(key) ?? 0) + 1);
  }
  for (const { p, given, family } of words) {
    trie.add([...given, ...family], { person: p, form: 'full' });
    trie.add(given, { person: p, form: 'given' });
    if (family.length) {
      trie.add([...given, family[0]![0]!], { person: p, form: 'given_initial', initial: family[0]![0]! });
      if (familyCount.get(family.join(' ')) === 1) trie.add(family, { person: p, form: 'family' });
      if (p.kind === 'staff') for (const t of TITLES) trie.add([t, ...family], { person: p, form: 'title_family' });
    }
  }
  // few people have a nickname, so folding them one by one costs little
  people.forEach((p, k) => {
    for (const aka of akas[k]!) trie.add(phraseTokens(fold, aka), { person: p, form: 'nickname' });
  });

  // names, child-specific talk and personal data all ask for the same text's names: found once
  const lastFound = new WeakMap<Prepared, readonly NameMatch[]>();
  return {
    people,
    /** The names in a text; the same list each time it is asked for the same prepared text. */
    find(p: Prepared): readonly NameMatch[] {
      let found = lastFound.get(p);
      if (!found) lastFound.set(p, (found = findNames(p, tokenize(p.folded), trie)));
      return found;
    },
  };
}

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

function findNames(p: Prepared, tokens: Token[], trie: TokenTrie<Sense>): NameMatch[] {
  const found: NameMatch[] = [];
  const pending: { match: NameMatch; index: number; last: number }[] = [];
  const anyUpper = /\p{Lu}/u.test(p.original);
  const ctx = new Context(p, tokens);
  for (let i = 0; i < tokens.length; i++) {
    for (const [length, senses] of trie.matchesAt(tokens, i)) {
      const last = i + length - 1;
      const verdict = judge(ctx, i, last, senses, anyUpper);
      if (verdict === 'no') continue;
      if (verdict.pending) { pending.push({ match: verdict.match, index: i, last }); break; }
      found.push(verdict.match);
      i = last;
      break;
    }
  }
  // "thanks to Grace and Tom": an ordinary-word name beside a name already found counts too
  const byEnd = new Map(found.map((m) => [m.end, m]));
  const byStart = new Map(found.map((m) => [m.start, m]));
  let changed = true;
  while (changed && pending.length) {
    changed = false;
    for (let k = pending.length - 1; k >= 0; k--) {
      const { match, index, last } = pending[k]!;
      if (ctx.besideFound(index, last, byEnd, byStart)) {
        found.push(match);
        byEnd.set(match.end, match);
        byStart.set(match.start, match);
        pending.splice(k, 1);
        changed = true;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** a name found, or one that only counts if it sits in a list beside another name */
type Verdict = 'no' | { match: NameMatch; pending?: true };

class Context {
  private readonly titleCaseLines = new Map<number, boolean>();
  constructor(readonly p: Prepared, readonly tokens: Token[]) {}
  orig(i: number): { start: number; char: string } {
    const start = this.p.offsets[this.tokens[i]!.start]!;
    return { start, char: this.p.original[start]! };
  }
  capitalised(i: number): boolean {
    return isUpper(this.orig(i).char);
  }
  /** no sentence break in the folded text between two tokens */
  joined(a: number, b: number): boolean {
    const f = this.p.folded;
    for (let k = this.tokens[a]!.possessiveEnd ?? this.tokens[a]!.end; k < this.tokens[b]!.start; k++) {
      const c = f[k];
      if (c === '.' || c === '!' || c === '?' || c === '\n') return false;
    }
    return true;
  }
  sentenceInitial(i: number): boolean {
    const o = this.p.original;
    let k = this.orig(i).start - 1;
    while (k >= 0 && /[\s"'\u201c\u2018*_#@]/.test(o[k]!)) k--;
    if (k < 0) return true;
    return !(WORD_RE.test(o[k]!) || /[,&\-\u2013;(]/.test(o[k]!));
  }
  /** a line where most words start with a capital ("Will Everyone Please Bring Kits") */
  titleCase(i: number): boolean {
    const o = this.p.original;
    const at = this.orig(i).start;
    const lineStart = o.lastIndexOf('\n', at) + 1;
    let known = this.titleCaseLines.get(lineStart);
    if (known === undefined) {
      let lineEnd = o.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = o.length;
      const words = o.slice(lineStart, lineEnd).match(/\p{L}{3,}/gu) ?? [];
      const upper = words.filter((w) => isUpper(w[0])).length;
      known = words.length >= 3 && upper / words.length >= 0.6;
      this.titleCaseLines.set(lineStart, known);
    }
    return known;
  }
  prev(i: number): string | undefined {
    return i > 0 && this.joined(i - 1, i) ? this.tokens[i - 1]!.text : undefined;
  }
  next(last: number): string | undefined {
    return last + 1 < this.tokens.length && this.joined(last, last + 1) ? this.tokens[last + 1]!.text : undefined;
  }
  /** a praise or address phrase just before token i ("well done to our") */
  cueBefore(i: number): string | undefined {
    let j = i - 1;
    while (j >= 0 && this.joined(j, j + 1) && CUE_FILLERS.has(this.tokens[j]!.text)) j--;
    if (j < 0 || !this.joined(j, j + 1)) return undefined;
    for (const phrase of CUE_PHRASES) {
      const from = j - phrase.length + 1;
      if (from < 0) continue;
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) ok = this.tokens[from + k]!.text === phrase[k] && (k === 0 || this.joined(from + k - 1, from + k));
      if (ok) return phrase.join(' ');
    }
    return undefined;
  }
  yearAfter(last: number): number | undefined {
    const t = this.tokens[last]!;
    YEAR_AFTER.lastIndex = t.possessiveEnd ?? t.end;
    return YEAR_AFTER.exec(this.p.folded) ? YEAR_AFTER.lastIndex : undefined;
  }
  /** token range [index, last] sits beside a name found, with only "and", "&", "," or "or" between */
  besideFound(index: number, last: number, byEnd: Map<number, NameMatch>, byStart: Map<number, NameMatch>): boolean {
    const t = this.tokens;
    // a list needs a separator: "Grace and Tom", "Tom, Grace" — but not "May Chen will", where
    // the word after a name is only the next word of the sentence
    const between = (a: number, b: number) => {
      const gap = this.p.folded.slice(a, b);
      return /^[\s,&+]*(?:(?:and|or|plus)\s*)?$/.test(gap) && /[,&+]|\b(?:and|or|plus)\b/.test(gap);
    };
    let k = index - 1;
    if (k >= 0 && LIST_WORDS.has(t[k]!.text)) k--;
    const left = k >= 0 ? byEnd.get(t[k]!.end) : undefined;
    if (left && between(t[k]!.possessiveEnd ?? left.end, t[index]!.start)) return true;
    k = last + 1;
    if (k < t.length && LIST_WORDS.has(t[k]!.text)) k++;
    const right = k < t.length ? byStart.get(t[k]!.start) : undefined;
    return right !== undefined && between(t[last]!.end, right.start);
  }
}

const LIST_WORDS = new Set(['and', 'or', 'plus']);

function judge(ctx: Context, i: number, last: number, senses: Sense[], anyUpper: boolean): Verdict {
  const tokens = ctx.tokens;
  // the strongest form wins at one spot: a full name over a given name alone
  const rank: NameForm[] = ['full', 'title_family', 'nickname', 'given_initial', 'given', 'family'];
  const form = rank.find((f) => senses.some((s) => s.form === f))!;
  // "Ollie" as one pupil's nickname and another's given name could be either of them
  const alike: NameForm[] = form === 'nickname' || form === 'given' ? ['nickname', 'given'] : [form];
  const ofForm = senses.filter((s) => alike.includes(s.form));
  const pupils = ofForm.filter((s) => s.person.kind === 'pupil').map((s) => s.person);
  const people = [...new Set(pupils.length ? pupils : ofForm.map((s) => s.person))];
  const lastToken = tokens[last]!;
  const match: NameMatch = {
    kind: people[0]!.kind,
    form,
    people,
    start: tokens[i]!.start,
    end: lastToken.end,
    possessive: lastToken.possessiveEnd !== undefined,
  };
  const yearRefEnd = ctx.yearAfter(last);
  if (yearRefEnd !== undefined) match.yearRefEnd = yearRefEnd;
  const cue = ctx.cueBefore(i);
  if (cue) match.cue = cue;

  if (form === 'given_initial') {
    // "May C." needs a capital initial; "May I ask" and "Will A lot" are not names
    const initial = last;
    if (!ctx.capitalised(initial)) return 'no';
    const t = tokens[initial]!;
    if ((t.text === 'a' || t.text === 'i') && ctx.p.folded[t.end] !== '.') return 'no';
    return { match };
  }
  if (form === 'title_family') return { match };

  const texts = tokens.slice(i, last + 1).map((t) => t.text);
  const ordinary = texts.every((t) => ORDINARY_WORDS.has(t));
  if (!ordinary) return { match };

  const prev = ctx.prev(i);
  const next = ctx.next(last);
  const head = texts[0]!;
  // a month, a class, a place or a thing, whatever comes before
  if (next !== undefined && THING_AFTER.has(next)) return 'no';
  if (MONTHS.has(head) && ((prev !== undefined && (MONTH_CONTEXT.has(prev) || NUMBER.test(prev))) || (next !== undefined && (NUMBER.test(next) || MONTH_AFTER.has(next))))) return 'no';
  if (MONTHS.has(head) && match.possessive && next !== undefined && /^(?:newsletter|calendar|events|menu|theme|dates|edition|issue|weather|diary)$/.test(next)) return 'no';

  const capital = ctx.capitalised(i);
  if (texts.length > 1 && capital && ctx.capitalised(last) && !ctx.titleCase(i)) return { match };
  if (cue && (capital || !anyUpper)) return { match };
  if (match.possessive || yearRefEnd !== undefined) return { match };
  const valueList = VALUES.has(head) && ((prev !== undefined && VALUES.has(prev)) || (next !== undefined && VALUES.has(next)) || nearValue(ctx, i, last));
  const weak = capital && !ctx.sentenceInitial(i) && !ctx.titleCase(i) && !MONTHS.has(head) && head !== 'art' && !valueList && !(prev !== undefined && ORDINARY_BEFORE.has(prev) && prev !== 'and' && prev !== 'with');
  if (weak) return { match };
  return { match, pending: true };
}

/** "Faith, Hope and Love": a value among other values, two words either side */
function nearValue(ctx: Context, i: number, last: number): boolean {
  for (const k of [i - 2, i - 1, last + 1, last + 2]) if (k >= 0 && k < ctx.tokens.length && k !== i && VALUES.has(ctx.tokens[k]!.text)) return true;
  return false;
}
