import type { Prepared, Roster } from '../types.js';
import { interned } from '../intern.js';
import { letterAt } from '../normalise.js';
import { isShortWord } from '../lexicons/english-words.js';

// Roster names in context: a token trie over folded words, built once per roster, then one pass
// over a text's tokens. Names that are also ordinary words only count when the context says a
// person is meant (praise, a year group, a possessive, a capital mid-sentence, a list of names).

export interface Token {
  text: string;
  /** folded offsets, end exclusive */
  start: number;
  end: number;
  /** "May's", "Chris'": the folded offset after the apostrophe (and s) */
  possessiveEnd: number | undefined;
  /** a word written with digits for letters, read as letters: "fr3ya" -> "freya", "j0nes" -> "jones" */
  leet: string | undefined;
}

const WORD_RE = /[\p{L}\p{N}]/u;
function isWord(c: number, s: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return WORD_RE.test(s[i]!);
}
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '`', '\u2018']);
/** the letters digits stand for in a word written to dodge a filter: 0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g (by char code - 48; 2 and 6, written -, stand for none) */
const LEET_LETTERS = 'oi-eas-tbg';

const TIME_OR_ORDINAL = /^\d+(?:am|pm|st|nd|rd|th|s)$/;
/** one letter and digits: "L30", a given name in l33t only before a surname in l33t */
const ONE_LETTER_LEET = /^[a-z][0-9]+$/;

/**
 * A word with digits among at least two letters (or `minLetters`), its digits read as letters ("fr3ya" -> "freya");
 * undefined for any other word ("y4", "2nd"). Called only for a word that has a digit and a letter.
 */
function leetOf(text: string, minLetters = 2): string | undefined {
  // a time or an ordinal is no name: "5am" is not Sam
  if (TIME_OR_ORDINAL.test(text)) return undefined;
  let letters = 0;
  let digits = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (LEET_LETTERS[c - 48] === '-') return undefined;
      digits++;
    } else letters++;
  }
  // a name may be mostly digits ("M41s13" is Maisie) but needs two letters: "L30" may be a bus, "A1234" a code
  if (letters < minLetters || digits > letters + 2) return undefined;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out += c >= 48 && c <= 57 ? LEET_LETTERS[c - 48]! : text[k]!;
  }
  return out;
}

/** Words of a folded text, with possessives noted so "Chen's" reads as "chen". */
export function tokenize(folded: string): Token[] {
  return tokenizeInto(folded, [], []);
}

/**
 * tokenize, reusing the Token objects in `pool` (and growing it) and writing the list into `into`,
 * so a text being checked costs its words' strings and little else. With the text as written
 * (`p`), a hashtag or handle in camel case is split into its words: "#WellDoneFreyaNowak".
 */
function tokenizeInto(folded: string, pool: Token[], into: Token[], p?: Prepared): Token[] {
  let count = 0;
  let i = 0;
  const n = folded.length;
  const add = (start: number, end: number): Token => {
    const text = interned(folded, start, end);
    let token = pool[count];
    // every token has the same fields, so the code reading them sees one shape
    if (token === undefined) pool.push((token = { text, start, end, possessiveEnd: undefined, leet: undefined }));
    else {
      token.text = text;
      token.start = start;
      token.end = end;
      token.possessiveEnd = undefined;
      token.leet = undefined;
    }
    into[count++] = token;
    return token;
  };
  while (i < n) {
    if (!isWord(folded.charCodeAt(i), folded, i)) { i++; continue; }
    let start = i;
    // a word with a digit and a letter may be a name written in digits: "fr3ya n0wak"
    let digit = false;
    let letter = false;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if (c >= 97 && c <= 122) letter = true;
      else if (c >= 48 && c <= 57) digit = true;
      else if (c < 128 || !WORD_RE.test(folded[i]!)) break;
      else letter = true;
      i++;
    }
    const first = count;
    if (p && start > 0 && (folded[start - 1] === '#' || folded[start - 1] === '@')) {
      for (let k = start + 1; k < i; k++) if (camelBreak(p, k)) add(start, (start = k));
    }
    const token = add(start, i);
    if (digit && letter) for (let k = first; k < count; k++) into[k]!.leet = leetOf(into[k]!.text);
    if (i < n && APOSTROPHES.has(folded[i]!)) {
      const after = i + 1 < n && isWord(folded.charCodeAt(i + 1), folded, i + 1);
      const sThenEnd = folded[i + 1] === 's' && !(i + 2 < n && isWord(folded.charCodeAt(i + 2), folded, i + 2));
      if (sThenEnd) { token.possessiveEnd = i + 2; i += 2; }
      else if (!after && token.text.endsWith('s')) token.possessiveEnd = i + 1;
    }
  }
  into.length = count;
  if (count > 2) {
    joinSpacedLetters(folded, into, p);
    count = into.length;
  }
  // a one-letter given name in l33t ("L30") is too like a bus or a code alone, but not before a surname in l33t:
  // "L30 K0w4lsk1" is Leo Kowalski
  for (let k = 0; k + 1 < count; k++) {
    const t = into[k]!;
    if (t.leet === undefined && into[k + 1]!.leet !== undefined && ONE_LETTER_LEET.test(t.text)) t.leet = leetOf(t.text, 1);
  }
  return into;
}

/** what may stand between the letters of a word spelt out: "J a c o b", "J-a-c-o-b", "J.a.c.o.b", "J_a_c_o_b" */
const LETTER_GAPS = new Set([' ', '-', '.', '_', '\u00a0']);
const isOneLetter = (t: Token) => t.text.length === 1 && t.possessiveEnd === undefined;

/**
 * A name spelt out letter by letter to slip past ("J a c o b   R o w e", "G-r-4-c-3 O-k-a-f-o-r") read as the words it
 * spells: single letters (a digit among them read as l33t), each one character of the same kind apart, four or more
 * a space apart and three or more a hyphen, dot or underscore apart.
 * A longer or different gap ends a word, and so does a capital after small letters ("J a c o b R o w e"). The run's
 * tokens are replaced by one.
 */
function joinSpacedLetters(folded: string, into: Token[], p: Prepared | undefined): void {
  let out = 0;
  // the token before this one, as written: a digit opens a run only where no single character stands just before it
  let previousEnd = -2;
  let previousOne = false;
  for (let k = 0; k < into.length; ) {
    const t = into[k]!;
    let end = k + 1;
    const insideARun = previousOne && previousEnd + 1 === t.start && LETTER_GAPS.has(folded[previousEnd]!);
    if (isOneLetter(t) && k + 1 < into.length && !(isDigit(t) && insideARun)) {
      const gap = folded[t.end];
      if (t.end + 1 === into[k + 1]!.start && gap !== undefined && LETTER_GAPS.has(gap)) {
        while (end < into.length && isOneLetter(into[end]!) && into[end - 1]!.end + 1 === into[end]!.start && folded[into[end - 1]!.end] === gap && !capitalAfterSmall(p, into[end - 1]!, into[end]!)) end++;
      }
    }
    // three letters a space apart are as often text-speak after an initial ("Mason D u r annoying"): four or more
    if (end - k >= (folded[t.end] === ' ' ? 4 : 3) && (!isDigit(t) || spelledFromADigit(into, k, end))) {
      let text = '';
      let digits = false;
      for (let j = k; j < end; j++) {
        text += into[j]!.text;
        if (isDigit(into[j]!)) digits = true;
      }
      const last = into[end - 1]!;
      previousEnd = last.end;
      previousOne = true;
      // the run's first token object carries the word: the pool keeps the others for the next text
      t.text = text;
      t.end = last.end;
      t.possessiveEnd = last.possessiveEnd;
      t.leet = digits ? leetOf(text) : undefined;
      into[out++] = t;
      k = end;
      continue;
    }
    previousEnd = t.end;
    previousOne = isOneLetter(t);
    into[out++] = t;
    k++;
  }
  into.length = out;
}

const isDigit = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/**
 * Whether a run of single characters that opens with a digit, into[k, end), spells a word in l33t ("3 m 1 l y",
 * "0 4 k f 1 3 l d", "3 l s 1 3"): two digits or more, and two letters or more, at most one fewer than the digits.
 * Otherwise a run that opens with a digit is a year and its classes ("Year 6 A B C"), or a number ("0 7 7 0 0").
 */
function spelledFromADigit(into: Token[], k: number, end: number): boolean {
  let digits = 0;
  for (let j = k; j < end; j++) if (isDigit(into[j]!)) digits++;
  const letters = end - k - digits;
  return digits >= 2 && letters >= 2 && letters + 1 >= digits;
}

/** whether b is a capital as written and a, before it, a small letter: where "J a c o b R o w e" breaks */
function capitalAfterSmall(p: Prepared | undefined, a: Token, b: Token): boolean {
  if (!p) return false;
  const x = p.original[p.offsets[b.start]!]!;
  const y = p.original[p.offsets[a.start]!]!;
  return x !== x.toLowerCase() && y !== y.toUpperCase();
}

/** capitalised words that follow a name without being a surname: a new sentence without its stop, a day, a class */
const NOT_A_SURNAME = new Set(
  'i and or but from in on at is was has had will can did does said says thank thanks well great happy please we you he she it they this that the a an today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday year class reception nursery team mr mrs ms miss dr sir x xx xxx lol omg ok okay yes no so what who how when where why amazing brilliant congratulations congrats'.split(
    ' ',
  ),
);

/** A capital after a small letter, or a digit after a letter, in the text as written at folded offset k: where "FreyaNowak" and "TomHughes4" break. */
function camelBreak(p: Prepared, k: number): boolean {
  const at = p.offsets[k]!;
  const before = p.offsets[k - 1]!;
  if (at !== before + 1) return false;
  const c = p.original.charCodeAt(at);
  const b = p.original.charCodeAt(before);
  // letters beyond ASCII by their case: "#ZoëMartin" breaks after the ë
  const small = (b >= 97 && b <= 122) || (b > 127 && isLower(p.original[before]!));
  const capital = (c >= 65 && c <= 90) || (c > 127 && isUpper(p.original[at]));
  return (capital && small) || (c >= 48 && c <= 57 && (small || (b >= 65 && b <= 90)));
}
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

// Names, child-specific talk and school identification all read the same text's words: the last
// text's are kept, so a check tokenizes once, into Token objects kept from text to text. Checking
// is synchronous and nothing keeps a token after it, so one list is enough.
let lastPrepared: Prepared | undefined;
const tokenPool: Token[] = [];
const lastTokens: Token[] = [];

/** The words of a text being checked (hashtags split at their capitals), shared by the categories until the next text. */
export function wordsOf(p: Prepared): readonly Token[] {
  if (p !== lastPrepared) {
    tokenizeInto(p.folded, tokenPool, lastTokens, p);
    lastPrepared = p;
  }
  return lastTokens;
}

/** Splits a roster or lexicon phrase into the folded words the tokenizer would produce. */
export function phraseTokens(fold: (s: string) => string, phrase: string): string[] {
  return tokenize(fold(phrase)).map((t) => t.text);
}

interface TrieNode<T> { children: Map<string, TrieNode<T>>; values: T[] }
// shared, never changed: matchesAt returns it read-only
const NO_MATCHES: readonly [number, never[]][] = [];
const node = <T>(): TrieNode<T> => ({ children: new Map(), values: [] });

/** Phrases of folded words; finds every phrase that starts at a token, longest first. */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = node();
  /** the longest first word of any phrase: a longer word begins none */
  longestFirstWord = 0;
  /**
   * stopAtPossessive: a possessive ends a name, so "May's Chen" is not "May Chen";
   * plurals: a word may end in an extra s, so "Harry Potters" is the phrase "Harry Potter";
   * leet: a word written with digits is read as letters, so "fr3ya n0wak" is "Freya Nowak"
   */
  constructor(private readonly stopAtPossessive = true, private readonly plurals = false, private readonly leet = false) {}
  private key(t: Token): string {
    return this.leet && t.leet !== undefined ? t.leet : t.text;
  }
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    this.longestFirstWord = Math.max(this.longestFirstWord, words[0]!.length);
    let at = this.root;
    for (const w of words) {
      let next = at.children.get(w);
      if (!next) { next = node(); at.children.set(w, next); }
      at = next;
    }
    at.values.push(value);
  }
  /** Matches starting at tokens[i], longest first: [number of tokens, values]. */
  matchesAt(tokens: readonly Token[], i: number): readonly [number, T[]][] {
    // most words begin no phrase: they cost a lookup and no array
    if (i >= tokens.length || !this.root.children.has(this.key(tokens[i]!))) return NO_MATCHES;
    const found: [number, T[]][] = [];
    let at = this.root;
    for (let j = i; j < tokens.length; j++) {
      const next = at.children.get(this.key(tokens[j]!));
      if (!next) break;
      at = next;
      if (at.values.length) found.push([j - i + 1, at.values]);
      if (this.stopAtPossessive && tokens[j]!.possessiveEnd !== undefined) break;
    }
    return found.reverse();
  }
  /** Some phrase starts with this word: for the roster, the word begins someone's name. */
  starts(word: string): boolean {
    return this.root.children.has(word);
  }
  /** The values of a phrase of one word, or undefined: "kai" spelt out as "K.a.i". */
  valuesOf(word: string): T[] | undefined {
    const values = this.root.children.get(word)?.values;
    return values?.length ? values : undefined;
  }
  /** The number of tokens in the longest phrase starting at tokens[i] (0 if none); allocates nothing but a plural's stem. */
  longestAt(tokens: readonly Token[], i: number): number {
    let at = this.root;
    let longest = 0;
    for (let j = i; j < tokens.length; j++) {
      const text = tokens[j]!.text;
      const next = at.children.get(text) ?? (this.plurals && text.length > 2 && text.endsWith('s') ? at.children.get(text.slice(0, -1)) : undefined);
      if (!next) break;
      at = next;
      if (at.values.length) longest = j - i + 1;
      if (this.stopAtPossessive && tokens[j]!.possessiveEnd !== undefined) break;
    }
    return longest;
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
    'north south east west english french welsh scott wells hope joyce glass brand case chance constance felicity verity unity valentine august bay storm cash kind love rain ' +
    // surnames that are everyday words a school writes in lower case: "a £5,000 grant", "the hospital ward", "foster carers"
    'grant ward foster chambers noble moss hood bond crow sparrow peacock partridge bacon pope monk prior friar butler judge hardy bright sweet march wall burns savage cope fields meadows rice bean fry hay bloom power law sugar'
  ).split(/\s+/),
);

const MONTHS = new Set(['march', 'april', 'may', 'june', 'august']);
const MONTH_CONTEXT = new Set(['in', 'during', 'by', 'until', 'till', 'since', 'of', 'early', 'late', 'mid', 'next', 'last', 'this', 'every', 'before', 'after', 'through', 'throughout', 'from', 'end', 'start', 'beginning']);
const MONTH_AFTER = new Set(['half', 'bank', 'term', 'holiday', 'holidays', 'fair', 'day']);
const VALUES = new Set(['faith', 'hope', 'joy', 'grace', 'love', 'peace', 'charity', 'patience', 'mercy', 'honesty', 'courage', 'trust', 'respect', 'kindness', 'harmony', 'justice', 'truth', 'wisdom', 'friendship', 'compassion', 'forgiveness', 'values', 'value', 'unity', 'verity', 'prudence', 'liberty']);
/** a word after the name that makes it a place, a class or a thing: "Ruby Class", "May Day" */
const THING_AFTER = new Set(
  ('class group house team table room garden gardens street road lane avenue drive close court way centre center hall day fair festival ball queen pole cottage tree trees bush trust academy school primary church chapel park field farm walk term half bank holiday holidays week month time morning evening blossom award cup trophy medal base unit ward club project rank ' +
    // places: "May Hill", "Rose Hill", "Grace Road", "Hope St"
    'st rd ave hill hills green common heath moor vale valley bridge cross gate square crescent terrace place grove rise mews parade mount wood woods forest beach lake island brook estate station library hospital surgery cathedral abbey college nursery manor lodge inn ' +
    // a people studied in history: "the Maya civilisation"
    'civilisation civilization empire')
    .split(' '),
);
/**
 * How a given name starts to the ear: its first letter (k, and ch before l or r, as c; ph as f; sh as s) and the
 * first consonant after it, vowels, y, h and w skipped. Spellings of one name share it where their first two
 * letters differ: Mohammed and Muhammad (mh), Ayesha and Aisha (as), Shaun and Sean (sn), Katherine and Catherine
 * (ct), Kristian and Christian (cr), Filip and Phillip (fl).
 */
export function soundStart(name: string): string {
  const n = name.replace(/^ph/, 'f').replace(/^(?:ch(?=[rl])|k)/, 'c').replace(/^sh/, 's');
  const rest = n.slice(1).replace(/[aeiouyhw]/g, '');
  return n[0]! + (rest[0] ?? '');
}

/** a word before a given name that makes it a saint, a monarch or a prophet: "St David's Day", "Prince Harry", "the Prophet Muhammad" */
/** what follows "Will" the name but never "will" the verb */
const NOT_AFTER_MODAL = new Set([
  'was', 'is', 'has', 'had', 'did', 'does', 'were', 'got', 'gets', 'won', 'wins', 'came', 'went', 'said', 'says', 'told', 'made', 'loves', 'loved', 'wants', 'wanted', 'needs', 'scored', 'and',
  // "Will keeps pushing her", "Will can't make it Saturday": a verb no "will" takes, or a second modal
  'keeps', 'kept', 'hits', 'pushes', 'pushed', 'kicks', 'kicked', 'calls', 'called', 'takes', 'took', 'goes', 'likes', 'liked', 'thinks', 'thought', 'tells', 'plays', 'played', 'hates', 'hated', 'bites', 'shouts', 'shouted', 'cries', 'cried', 'makes', 'comes', 'can', 'cant', 'could', 'couldnt', 'wont', 'would', 'wouldnt', 'should', 'shouldnt', 'might', 'must', 'isnt', 'wasnt', 'doesnt', 'didnt', 'hasnt',
]);
/** a person's own pronouns, said of them later in the sentence: "Summer brought in a photo of her hamster" */
const PERSONAL_PRONOUNS = new Set(['she', 'he', 'her', 'his', 'him', 'herself', 'himself', 'shes', 'hes']);
/**
 * what a person does, said just after their name, that a month, a value, a flower or the verbs "hope", "will" and
 * "may" do not: "Grace looks like she…" (not "Hope that he…", "Daisy chains", "Will tell him", "Summer brings")
 */
const DEEDS = new Set(['looks', 'looked', 'runs', 'smells', 'smelled', 'smelt', 'knows', 'knew', 'thinks', 'thought', 'brought', 'took', 'takes', 'gets', 'tries', 'tried', 'talks', 'talked', 'cries', 'cried', 'walks', 'walked', 'sits', 'sat', 'plays', 'played', 'goes', 'likes', 'liked', 'hates', 'hated', 'reckons', 'acts', 'acted', 'dresses', 'dressed', 'sounds', 'seems', 'seemed', 'deserves', 'deserved', 'forgot', 'forgets', 'loses', 'misses', 'missed', 'struggles', 'struggled', 'worked', 'works', 'behaves', 'behaved', 'hits', 'kicked', 'kicks', 'pushed', 'pushes', 'bites', 'punched', 'punches', 'stole', 'steals', 'lied', 'copied', 'copies', 'cheated', 'cheats', 'threw', 'throws', 'shouted', 'shouts', 'screamed', 'screams', 'laughed', 'laughs', 'smiled', 'smiles', 'wore', 'wears', 'ate', 'eats', 'owes', 'owed', 'bought', 'buys', 'found', 'finds', 'lost', 'left', 'managed', 'finished', 'made', 'wanted', 'wants', 'needs', 'needed', 'loves', 'loved', 'has', 'had']);
/** what "will" the verb follows: "they will, and they do", "people who will", "we always will" */
const SUBJECTS_OF_WILL = new Set(['i', 'you', 'u', 'we', 'they', 'he', 'she', 'it', 'who', 'that', 'which', 'people', 'some', 'others', 'many', 'most', 'few', 'always', 'never', 'still', 'definitely', 'probably', 'certainly', 'surely', 'soon', 'too', 'also']);
/** "will" the noun: "free will is", "a will was found", "goodwill" */
const WILL_THE_NOUN = new Set(['a', 'the', 'free', 'good', 'ill', 'own', 'his', 'her', 'their', 'my', 'last', 'strong', 'political', 'sheer', 'iron']);
/** given names that are count nouns, which need an article to start a sentence: "Mason will", "Daisy has" */
const BARE_COUNT = new Set(['mason', 'jack', 'rose', 'daisy', 'robin', 'poppy', 'lily', 'violet', 'iris', 'willow', 'hazel', 'ruby', 'pearl', 'gem', 'jewel', 'opal', 'wren', 'lark', 'raven', 'dove', 'jay', 'finch', 'rowan', 'primrose', 'bluebell', 'marigold', 'clementine', 'cherry', 'peach', 'olive', 'angel', 'hunter', 'archer', 'porter', 'cooper', 'potter', 'fisher', 'shepherd', 'knight', 'bishop', 'prince', 'duke', 'earl', 'king', 'tiger', 'bear', 'fox', 'wolf', 'phoenix', 'diamond', 'sapphire', 'emerald', 'crystal', 'star', 'hero', 'legend', 'bill', 'mark', 'pat', 'ray', 'guy', 'drew', 'kit', 'dot']);
/** words a verb never follows: "proud of will getting" is a name */
const PREPOSITIONS = new Set(['of', 'for', 'about', 'with', 'at', 'by', 'from', 'to', 'on', 'like']);
/** "Rose is the orange one" may be a goldfish; "Rose will" is a person */
const COPULAS = new Set(['is', 'isnt', 'was', 'wasnt']);
/** what a subject does: the word after a name that starts a sentence */
const SUBJECT_VERBS = new Set(['will', 'wont', 'is', 'isnt', 'was', 'wasnt', 'has', 'hasnt', 'had', 'can', 'cant', 'could', 'would', 'should', 'did', 'didnt', 'does', 'doesnt', 'won', 'got', 'went', 'came', 'said', 'told', 'loves', 'loved', 'wants', 'needs', 'made']);

/** a person a name with "the" before it can be: "the Harper boy", "the Okafor twins" */
/** text speak that opens a sentence, not a given name: "Omg Jones is back" */
const TEXT_OPENERS = new Set(['omg', 'lol', 'lmao', 'tbh', 'ngl', 'imo', 'imho', 'ffs', 'wtf', 'smh', 'fyi', 'btw', 'pls', 'plz', 'thx', 'ty', 'oi', 'oy', 'hiya', 'yo', 'aw', 'aww', 'nah', 'yeh', 'yh', 'ya', 'tho', 'idk', 'rip', 'gg', 'soz', 'cba', 'lmk', 'hbu', 'wyd', 'bruv', 'bro', 'fam', 'innit', 'mate', 'hun', 'babe', 'luv']);
/** the words before a family's name that say a family is meant: "that Turner lad" */
const THE_FAMILY_BEFORE = new Set(['the', 'that', 'this', 'those', 'them']);
const PERSON_AFTER_THE = new Set(['boy', 'boys', 'girl', 'girls', 'kid', 'kids', 'child', 'children', 'family', 'twins', 'lad', 'lads', 'baby', 'brothers', 'sisters', 'household', 'mum', 'dad']);
/** what may stand between "the" and a people's name: "the ancient Maya" */
const THE_PEOPLE_ADJECTIVES = new Set(['ancient', 'early', 'classic', 'mighty']);
/** "the Isle of Lewis", "the Forest of Dean", "the Vale of Evesham": a place named by what it is of */
const PLACE_OF = new Set(['isle', 'vale', 'forest', 'port', 'county', 'bay', 'loch', 'lough', 'sound', 'mount', 'city', 'duchy', 'kingdom']);
/** the small words inside a place's name: "Stanford-le-Hope", "Chorlton-cum-Hardy", "Burgh le Marsh", "Weston-super-Mare" */
const PLACE_LINKS = new Set(['le', 'la', 'les', 'cum', 'upon', 'super', 'under', 'juxta', 'sub']);
const HONORIFIC_BEFORE = new Set(['st', 'saint', 'king', 'queen', 'prince', 'princess', 'prophet', 'pope', 'emperor', 'empress', 'tsar', 'guru', 'sir', 'dame', 'imam', 'rabbi', 'reverend', 'rev', 'vicar', 'pastor', 'bishop', 'archbishop', 'cardinal', 'sheikh', 'granthi']);
/** a regnal number after a given name: "Henry VIII", "Elizabeth II" (not I, V or X, which may be initials) */
const REGNAL = new Set(['ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii']);
/** what a child does that a month, a value or a plant does not: "Ivy asked", "Rose told us" */
const DONE_BY_A_PERSON = new Set(['asked', 'said', 'says', 'told', 'won', 'scored', 'wrote', 'drew', 'painted', 'helped', 'shared', 'showed', 'sang', 'answered', 'explained', 'spotted', 'remembered', 'learned', 'learnt', 'danced', 'performed', 'presented', 'built', 'volunteered', 'raised', 'swam', 'ran', 'read', 'counted', 'designed', 'invented', 'interviewed', 'recited', 'thanked', 'taught', 'teaches', 'sings', 'writes', 'draws', 'dances', 'cooked', 'baked', 'knitted', 'organised', 'organized', 'collected', 'introduced', 'translated', 'welcomed', 'hosted']);
/** where someone came: "came home", "came first" (not "Summer came early") */
const COME_TO = new Set(['home', 'first', 'second', 'third', 'top', 'runner']);
/** words said to someone that are also given names: "well done star!", "goodbye summer!" — not a vocative */
const NOT_VOCATIVE = new Set(['summer', 'autumn', 'winter', 'spring', 'sunshine', 'sunny', 'rain', 'snow', 'frost', 'storm', 'stormy', 'star', 'angel', 'honey', 'love', 'precious', 'hero', 'legend', 'ace', 'king', 'prince', 'gem', 'jewel', 'diamond', 'sweet', 'bright', 'lucky', 'trooper', 'buddy', 'guy', 'dawn', 'sky']);
/** a group a named child belongs to: "Will and May from the school council", "Jack in my class" */
/** what a team or a house is called before its name: "Team Willow", "House Rowan" */
const TEAM_BEFORE = new Set(['team', 'house']);
const GROUPS = new Set(['council', 'team', 'club', 'choir', 'squad', 'class', 'committee', 'crew', 'band', 'orchestra', 'captains', 'prefects', 'ambassadors', 'leaders', 'monitors', 'representatives', 'reps', 'group', 'cast', 'office', 'pta']);
const GROUP_DETERMINERS = new Set(['the', 'our', 'my', 'your', 'his', 'her', 'their', 'same']);
/** how an email address is spelt out to dodge filters: "mike dot evans at gmail dot com" */
const ADDRESS_JOINERS = new Set(['dot', 'underscore', 'dash', 'hyphen', 'period']);
/** @ . _ - + : the characters of an address run that touch a name in it */
const ADDRESS_CHARS = new Set([64, 46, 95, 45, 43]);
const ADDRESS_ENDINGS = new Set(['com', 'co', 'org', 'net', 'uk', 'gov', 'sch', 'ac', 'edu', 'io', 'info', 'biz', 'me']);

/**
 * Well-known stories, characters, people and phrases with a given name (or a surname) in them.
 * "Harry Potter Book Night", "our Jack Russell", "Jack Frost has visited": the words are the
 * phrase, not a person on the roll, unless that person's full name is written. Folded as the text
 * is (so "Noah's Ark" is the words noah, ark) and matched at a name the roster finds.
 */
const PHRASE_LIST = [
  // stories, rhymes and characters
  'jack and the beanstalk', 'jack and jill', 'jack frost', 'jack sprat', 'little jack horner', 'jack in the box', 'jack o lantern', "jack o'lantern", 'jack of all trades', 'union jack', 'jumping jack', 'jumping jacks', 'jack russell', 'jack russells', 'jack sparrow', 'jack the giant killer', 'jack the lad',
  'harry potter', 'horrid henry', 'harry and the dinosaurs', 'harry and the bucketful of dinosaurs',
  'peter pan', 'peter rabbit', 'peter and the wolf', 'peter piper',
  'tom thumb', 'tom kitten', 'tom and jerry', 'tom gates', "tom's midnight garden", 'peeping tom',
  'oliver twist', 'alice in wonderland', 'alice through the looking glass',
  'charlie and the chocolate factory', 'charlie and the great glass elevator', 'charlie bucket', 'charlie brown', 'charlie and lola',
  'james and the giant peach', 'james bond', 'matilda the musical', "roald dahl's matilda",
  "george's marvellous medicine", 'george and the dragon', 'curious george', 'george pig',
  'winnie the pooh', 'christopher robin', 'paddington bear',
  'mary poppins', 'mary had a little lamb', 'mary mary quite contrary', 'mary rose', 'mary queen of scots', 'bloody mary', 'virgin mary', 'mary magdalene',
  'robin hood', 'little john', 'maid marian', 'friar tuck', 'snow white', 'sleeping beauty', 'hansel and gretel', 'little red riding hood',
  'dick whittington', 'humpty dumpty', 'georgie porgie', 'little bo peep', 'little miss muffet', 'wee willie winkie', 'old king cole', 'polly put the kettle on', 'lucy locket', 'doctor foster', 'simple simon', 'old mother hubbard',
  'bob the builder', 'postman pat', 'fireman sam', 'thomas the tank engine', 'fantastic mr fox', 'upsy daisy',
  'father christmas', 'mother christmas', 'old father time', 'mother nature',
  // brands and sayings: "a box of Fisher-Price toys", "Reception said grace", "our local bobby, PCSO Dale"
  'fisher price', 'say grace', 'said grace', 'saying grace', 'says grace', 'local bobby', 'friendly bobby', 'bobby on the beat',
  // faith stories
  "noah's ark", 'adam and eve', 'david and goliath', 'daniel in the lions den', "daniel in the lions' den", 'jonah and the whale', 'john the baptist', "jacob's ladder",
  'mary and joseph', 'joseph and mary', 'joseph and his amazing technicolor dreamcoat', 'joseph and the amazing technicolor dreamcoat', "joseph's coat", 'lady of fatima',
  // people a primary school teaches about or reads
  'florence nightingale', 'mary seacole', 'grace darling', 'rosa parks', 'ruby bridges', 'martin luther king', 'neil armstrong', 'amelia earhart', 'anne frank', 'emmeline pankhurst', 'isaac newton', 'albert einstein', 'charles darwin', 'charles dickens', 'william shakespeare', 'isambard kingdom brunel', 'walter tull', 'ada lovelace', 'helen keller', 'mary anning', 'david attenborough', 'captain tom', 'tom moore', 'muhammad ali',
  'roald dahl', 'julia donaldson', 'david walliams', 'michael morpurgo', 'jacqueline wilson', 'oliver jeffers', 'enid blyton', 'beatrix potter', 'lewis carroll', 'cs lewis', 'c s lewis', 'oscar wilde',
  'harry kane', 'marcus rashford', 'tom daley', 'emma raducanu', 'andy murray', 'mo farah',
  // authors and poets a school reads (initials written either way: "C.S. Lewis" is the words c, s, lewis)
  'ted hughes', 'arthur conan doyle', 'conan doyle', 'j k rowling', 'jk rowling', 'j r r tolkien', 'jrr tolkien', 'a a milne', 'aa milne', 'e b white', 'eb white', 'j m barrie', 'jm barrie', 'r j palacio', 'rj palacio',
  'tom fletcher', 'dav pilkey', 'liz pichon', 'jeff kinney', 'cressida cowell', 'anthony horowitz', 'philip pullman', 'malorie blackman', 'michael rosen', 'benjamin zephaniah', 'allan ahlberg', 'janet ahlberg', 'shirley hughes', 'judith kerr', 'eric carle', 'maurice sendak', 'dr seuss',
  'rudyard kipling', 'robert louis stevenson', 'kenneth grahame', 'frances hodgson burnett', 'anna sewell', 'louisa may alcott', 'jane austen', 'charlotte bronte', 'emily bronte', 'anne bronte', 'mary shelley', 'william wordsworth', 'william blake', 'alfred tennyson', 'lord tennyson', 'john keats', 'percy shelley', 'robert burns', 'dylan thomas', 'wilfred owen', 'rupert brooke', 'spike milligan', 'roger mcgough', 'edward lear', 'hilaire belloc', 'walter de la mare', 'jules verne', 'mark twain', 'hans christian andersen', 'brothers grimm', 'charles kingsley', 'george orwell', 'harper lee', 'ian fleming',
  'lemony snicket', 'onjali rauf', 'katherine rundell', 'kate dicamillo', 'raymond briggs', 'nick butterworth', 'mick inkpen', 'jill murphy', 'eoin colfer', 'david almond', 'frank cottrell boyce', 'emma carroll', 'francesca simon', 'lauren child', 'quentin blake', 'axel scheffler', 'chris riddell', 'nick sharratt', 'tony ross', 'anthony browne', 'jon klassen', 'mo willems', 'rob biddulph', 'john burningham', 'helen oxenbury', 'martin waddell', 'sam mcbratney',
  // characters of books a school reads
  'alfie gets in first', 'alfie weather', "alfie's feet", 'sherlock holmes', 'doctor watson', 'dr watson', 'willy wonka', 'mr tumnus', 'lucy pevensie', 'edmund pevensie', 'peter pevensie', 'susan pevensie', 'hermione granger', 'ron weasley', 'tracy beaker', 'greg heffley', 'pippi longstocking', 'anne of green gables', 'romeo and juliet', 'lady macbeth',
  // artists and composers a school studies
  'j m w turner', 'jmw turner', 'william turner', 'john constable', 'l s lowry', 'ls lowry', 'david hockney', 'claude monet', 'vincent van gogh', 'van gogh', 'pablo picasso', 'henri matisse', 'frida kahlo', 'andy warhol', 'jackson pollock', "georgia o'keeffe", 'georgia okeeffe', 'barbara hepworth', 'henry moore', 'andy goldsworthy', 'piet mondrian', 'wassily kandinsky', 'gustav klimt', 'georges seurat', 'henri rousseau', 'paul cezanne', 'edgar degas', 'leonardo da vinci', 'da vinci', 'william morris', 'yayoi kusama', 'keith haring', 'paul klee', 'salvador dali', 'katsushika hokusai', 'romero britto', 'kehinde wiley', 'chris ofili', 'lubaina himid', 'grayson perry', 'damien hirst', 'tracey emin', 'bridget riley', 'johannes vermeer', 'mary cassatt',
  'ella fitzgerald', 'louis armstrong', 'nina simone', 'billie holiday', 'duke ellington', 'bob marley', 'freddie mercury', 'elton john', 'wolfgang amadeus mozart', 'ludwig van beethoven', 'johann sebastian bach', 'edward elgar', 'benjamin britten', 'gustav holst', 'sergei prokofiev', 'camille saint saens', 'george frideric handel',
  // people of the history, science and geography a school teaches
  'samuel pepys', 'thomas farriner', 'guy fawkes', 'anne boleyn', 'catherine of aragon', 'jane seymour', 'anne of cleves', 'catherine howard', 'catherine parr', 'julius caesar', 'alexander the great', 'alfred the great', 'william the conqueror', 'richard the lionheart', 'harold godwinson', 'edward the confessor', 'oliver cromwell',
  'winston churchill', 'neville chamberlain', 'adolf hitler', 'christopher columbus', 'walter raleigh', 'francis drake', 'james cook', 'captain cook', 'ernest shackleton', 'robert falcon scott', 'captain scott', 'edmund hillary', 'tenzing norgay', 'howard carter', 'george stephenson', 'robert stephenson', 'thomas edison', 'alexander graham bell', 'alexander fleming', 'louis pasteur', 'marie curie', 'rosalind franklin', 'stephen hawking', 'tim berners lee', 'galileo galilei',
  'elizabeth fry', 'edith cavell', 'noor inayat khan', 'harriet tubman', 'nelson mandela', 'mahatma gandhi', 'malala yousafzai', 'greta thunberg', 'barack obama', 'abraham lincoln', 'george washington', 'william wilberforce', 'olaudah equiano', 'thomas clarkson', 'emily davison', 'emily wilding davison', 'millicent fawcett', 'sylvia pankhurst', 'christabel pankhurst', 'mary wollstonecraft', 'katherine johnson', 'mae jemison', 'tim peake', 'helen sharman', 'yuri gagarin', 'buzz aldrin', 'jesse owens',
  // singers, sports people and presenters children talk about
  'tom jones', 'john lennon', 'paul mccartney', 'elvis presley', 'freddie mercury', 'ed sheeran', 'harry styles', 'taylor swift', 'usain bolt', 'jessica ennis', 'serena williams', 'lionel messi', 'cristiano ronaldo', 'david beckham', 'lewis hamilton', 'ellie simmonds', 'simone biles', 'leah williamson', 'bukayo saka', 'jude bellingham', 'raheem sterling', 'chris hoy', 'bradley wiggins', 'mo salah', 'joe wicks', 'steve backshall', 'chris packham', 'bear grylls', 'jamie oliver', 'mary berry', 'paul hollywood', 'gordon ramsay',
  // businesses and products with a name in them
  "jacob's crackers", "jacob's cream crackers", 'john lewis', 'marks and spencer', 'jack wills', 'ted baker', "ben and jerry's", "ben & jerry's", "uncle ben's", "papa john's", 'mr kipling', "aunt bessie's", 'captain birdseye', 'ronald mcdonald', 'thomas cook', 'harvey nichols', 'eddie stobart', 'tommy hilfiger', 'calvin klein', 'hugo boss', 'victoria sponge', 'victoria sandwich', "ella's kitchen", 'peppa pig',
  // sayings, songs and colours
  'goodnight mister tom', 'goodnight mr tom', 'hey jude', 'paul stephenson', 'guy bailey', 'roy hackett', 'sadiq khan',
  'amazing grace', 'saving grace', 'will and grace', 'hope not hate', 'land of hope and glory', 'cape of good hope', 'tudor rose', 'english rose', 'rose and crown', 'the holly and the ivy', 'indian summer', 'weeping willow', 'burnt sienna', 'raw sienna',
  'bruce wayne', 'john wayne', 'mustang sally', 'jeez louise', 'shere khan', 'house martin', 'house martins', 'sand martin', 'sand martins',
  'every tom dick and harry', 'tom dick and harry', "bob's your uncle", 'happy as larry', 'smart alec', 'nosy parker', 'lazy susan', 'average joe', 'joe bloggs', 'dear john',
];
/** Phrases a name inside is not a person: a trie, and each word with where it sits in the phrases that have it ("jack" -> [0, 1, 2]). */
interface Phrases { trie: TokenTrie<true>; offsets: Map<string, number[]> }
function phrasesOf(list: readonly string[][]): Phrases {
  const trie = new TokenTrie<true>(false, true);
  const offsets = new Map<string, number[]>();
  for (const words of list) {
    trie.add(words, true);
    words.forEach((w, k) => {
      const at = offsets.get(w) ?? [];
      if (!at.includes(k)) at.push(k);
      offsets.set(w, at);
    });
  }
  return { trie, offsets };
}
const WELL_KNOWN_WORDS = PHRASE_LIST.map((phrase) => tokenize(phrase.toLowerCase()).map((t) => t.text));
const WELL_KNOWN = phrasesOf(WELL_KNOWN_WORDS);
/** a show staged, whose title follows "of": "the production of Oliver!" */
const SHOWS = new Set(['production', 'productions', 'performance', 'performances', 'staging', 'show', 'musical', 'version', 'adaptation']);
/** what a character is dressed as: "a Matilda costume" */
const COSTUMES = new Set(['costume', 'costumes', 'outfit', 'outfits']);
/** a list of classes, teams or houses, after a name in it or before it (inGroupList) */
const GROUP_LIST_AFTER = /^(?:(?:,|,? and|,? or| ?\/| &) [a-z]+){1,5} (?:classes|teams|houses|groups)(?![a-z])/;
const GROUP_LIST_BEFORE = /(?:^|[^a-z])(?:classes|teams|houses|groups)(?: are| were| will be| is)?:? (?:[a-z]+(?:,|,? and|,? or| ?\/| &) ){0,5}$/;
/** what a text about a show says: a title with its own "!" in it is the show's (exclaimedTitle) */
const STAGE = /(?<![a-z])(?:perform(?:s|ed|ing|ances?)?|cast|tickets?|musical|production|show|stage|rehears\w*|matinee|curtain|break a leg|audition\w*|songs?|sang|encore|interval|opening night)(?![a-z])/;
const CLOSING_QUOTES = new Set(['"', "'", '\u201d', '\u2019', '\u00bb']);
/** a space, then a word in lower case: the sentence did not end at the "!" before it */
const SENTENCE_GOES_ON = /^\s+\p{Ll}/u;
const PETS = new Set(
  'pet pets cat cats kitten kittens dog dogs puppy puppies pup hamster hamsters rabbit rabbits bunny bunnies guinea pig pigs pony ponies horse horses tortoise tortoises goldfish fish budgie budgies parrot gerbil gerbils mouse mice rat rats snake lizard chicken chickens hen hens duck ducks goat goats lamb lambs'.split(' '),
);
/** what stands before a class named by itself: "in Willow", "moved up to Willow" */
const IN_A_CLASS = new Set(['in', 'into', 'to', 'from']);
/** what a name is written on */
const NAME_TAPES = new Set(['tape', 'tapes', 'label', 'labels', 'tag', 'tags', 'sticker']);
/** what a name makes into another word after a hyphen */
const NAME_COMPOUNDS = new Set(['worthy', 'winning', 'winner', 'nominated', 'style', 'esque', 'like', 'themed', 'inspired', 'shaped', 'level', 'power']);
/** given names that are also books a primary school reads, and what is done to a book */
const BOOK_NAMES = new Set(['matilda', 'coraline', 'heidi', 'pollyanna', 'alice', 'dorothy', 'wendy', 'hermione', 'pippi', 'mowgli', 'paddington', 'annie']);
/** what a child goes as on a dressing-up day: "went as Matilda", "came dressed as Alice", "is going as Wendy" */
const GOES_AS = new Set(['went', 'go', 'goes', 'going', 'came', 'come', 'comes', 'coming', 'dressed', 'dress', 'dresses', 'dressing', 'up']);
/** what is said of a character one of many children went as: "a very convincing Matilda", "a homemade Alice" */
const CHARACTER_PRAISE = new Set(['convincing', 'brilliant', 'fabulous', 'fantastic', 'wonderful', 'great', 'lovely', 'perfect', 'excellent', 'terrific', 'amazing', 'very', 'really', 'most', 'homemade', 'little']);
const READ_BOOK = new Set(['read', 'reading', 'reads', 'rewritten', 'rewrite', 'rewrote', 'rewriting', 'studying', 'studied', 'adapted', 'banned', 'banning']);
/** surnames that end the name of a road or a place: "Rose Hill", "Holly Lane" */
const PLACE_SURNAMES = new Set(['hill', 'green', 'lane', 'street', 'wood', 'woods', 'park', 'heath', 'moor', 'vale', 'dale', 'brook', 'bridge', 'cross', 'gate', 'field', 'fields', 'common', 'mount', 'meadow', 'meadows']);
/** what puts someone on a road or a place: "on Rose Hill", "up Holly Lane", "past Ivy Green", "drove through Rose Hill" */
const ON_A_PLACE = new Set(['on', 'up', 'down', 'along', 'past', 'near', 'off', 'onto', 'through', 'via']);
/** "on" that does not put a patient on a ward: "Spotlight on Lily Ward", "well done on …" */
const NOT_ON_A_WARD = new Set(['spotlight', 'focus', 'done', 'congratulations', 'congrats', 'luck', 'eyes', 'keen', 'hard', 'tough', 'picking', 'pick', 'picked', 'relying', 'rely', 'depend', 'count', 'counting', 'spy', 'spying', 'report', 'reporting', 'blame', 'blamed', 'tell', 'telling', 'told', 'grass', 'grassed', 'turned', 'sat', 'sitting', 'sits', 'jumped', 'landed', 'fell', 'trod', 'stood', 'standing']);
/** who a pet is in the sentence after its name */
const PET_PRONOUNS = new Set(['she', 'he', 'it', 'shes', 'hes', 'its']);
/** whose a pet is: "our dog", "the class hamster" */
const PET_OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'the', 'class', 'school']);
for (const w of 'tabby tabbies moggy kitty labrador spaniel terrier collie retriever poodle cockapoo dachshund pug beagle greyhound whippet alpaca llama donkey sheep piglet turtle axolotl ferret chinchilla degu chick chicks duckling ducklings cockerel rooster teddy'.split(' ')) PETS.add(w);
/** words between a pet and its name: "the kitten is Ivy", "our cat is called Holly", "the dog's name is Rex" */
const PET_LINKS = new Set(['is', 'was', 'called', 'named', 'name']);
/** words that begin a clause: "…and the kitten is Ivy" */
const CLAUSE_STARTS = new Set(['and', 'but', 'so', 'while', 'whereas', 'then', 'plus']);
/** someone a writer introduces who is no colleague the reader knows: "a friend called Holly" */
const STRANGERS = new Set(['friend', 'mate', 'pal', 'neighbour', 'neighbor', 'cousin', 'someone', 'somebody', 'man', 'woman', 'guy', 'bloke', 'chap', 'fella', 'lad', 'lass', 'boy', 'girl', 'person']);
/** family a writer names: "my niece Grace"; not son or daughter, since a parent's child is the likeliest pupil of all */
const KIN = new Set(['niece', 'nephew', 'cousin', 'granddaughter', 'grandson', 'grandchild', 'goddaughter', 'godson', 'stepson', 'stepdaughter', 'sister', 'brother', 'sis', 'bro']);
/**
 * the news of someone grown up (or past primary school), said after the name: "my niece Grace got
 * into Cambridge"; never words a child's news has too ("engaged in", "a wedding", "reading levels")
 */
const GROWN_UP = new Set(['university', 'uni', 'cambridge', 'oxford', 'graduated', 'graduation', 'graduating', 'degree', 'masters', 'phd', 'fiance', 'fiancee', 'pregnant', 'mortgage', 'gcse', 'gcses', 'retired', 'retirement']);
/** a baby's birth: "the arrival of baby Ruby, 7lb 2oz" */
/** given names that are also slang for a kind of person */
const SLANG_NAMES = new Set(['karen']);
/** "a Karen move", "Karen energy" */
/** the words a year group starts with: "Will Year 6 …?" asks about one (asks) */
const YEAR_WORDS = new Set(['year', 'yr', 'reception', 'nursery']);
const SLANG_AFTER = new Set(['move', 'moves', 'energy', 'vibes', 'behaviour', 'behavior', 'haircut', 'mode']);
/** words that dismiss whoever is called the slang name: "ok Karen", "stfu Karen" */
const SLANG_DISMISSALS = new Set(['ok', 'okay', 'k', 'stfu', 'sure', 'chill', 'cope']);
/** "baby girl Rose", "their baby daughter, Ruby" */
const NEWBORN_KIN = new Set(['boy', 'girl', 'daughter', 'son', 'sister', 'brother']);
const BIRTH = new Set(['born', 'birth', 'arrival', 'arrived', 'welcomed', 'welcome', 'weighing', 'weighed', 'newborn', 'lb', 'lbs', 'oz', 'ounces', 'kg', 'midwife', 'maternity']);
const BIRTH_WEIGHT = /^\d+(?:lbs?|oz|kg)$/;
/** a business after a name: "Turner's Coaches", "Fraser Removals" (with a capital: "Ruby's cakes" were baked by Ruby) */
const BUSINESSES = new Set(
  ('coaches taxis taxi cabs buses travel tours removals motors garage autos tyres bakery bakers butchers butcher bank builders plumbing electrical roofing landscaping catering cafe restaurant kitchen bistro diner pizza pizzeria takeaway chippy dairy pharmacy chemist chemists opticians dental salon barbers florist florists crackers biscuits ' +
    'shop store stores supermarket market supplies hardware hire cleaning carpets solicitors accountants estate lettings funeral ltd limited plc').split(' '),
);
/** a paint's maker, or what a paint comes in: "Cuprinol Ivy Green", "10 litres of Ivy Green" (sets 35 and 38) */
const PAINT_MAKERS = new Set(['cuprinol', 'dulux', 'ronseal', 'crown', 'valspar', 'johnstones', 'farrow', 'ball', 'sadolin', 'sandtex', 'leyland', 'wilko', 'protek']);
const PAINT_MEASURES = new Set(['litre', 'litres', 'liter', 'liters', 'tin', 'tins', 'pot', 'pots', 'tub', 'tubs', 'coat', 'coats', 'gallon', 'gallons', 'shade', 'tester', 'testers']);
const PAINT_AFTER = new Set(['paint', 'paints', 'emulsion', 'gloss', 'matt', 'satin', 'eggshell', 'woodstain', 'stain', 'shade', 'colour', 'color', 'finish']);
/**
 * the colours of houses and teams, told apart from a pupil called Green by another colour beside it:
 * "Red 412, Green 366"; not ruby, amber or violet, since "Ruby and Amber" are two girls far more often than two houses
 */
const COLOURS = new Set(['red', 'blue', 'yellow', 'green', 'orange', 'purple', 'white', 'black', 'brown', 'grey', 'gray', 'pink', 'gold', 'silver', 'scarlet', 'indigo']);
/** surnames of artists, writers and figures a school teaches, said alone: "studied Turner's seascapes" */
const TAUGHT_SURNAMES = new Set(
  ('turner constable lowry hockney monet kahlo picasso matisse mondrian kandinsky klimt seurat warhol pollock hepworth moore goldsworthy rousseau cezanne degas renoir rembrandt vermeer hokusai banksy morris kusama haring klee dali britto riley ' +
    'dickens shakespeare austen bronte dahl donaldson morpurgo walliams rowling tolkien lewis blyton milne kipling carroll wordsworth tennyson keats blake hughes rosen zephaniah pullman fletcher doyle orwell ' +
    'pepys darwin newton einstein curie nightingale seacole brunel churchill stephenson edison faraday fleming pasteur hawking shackleton columbus drake raleigh cook scott mozart beethoven bach elgar holst britten handel').split(' '),
);
/** a word just before a surname that makes it the artist or writer taught: "studied Turner's seascapes", "the artist Lowry" */
const TAUGHT_BEFORE = new Set(['studied', 'studying', 'explored', 'exploring', 'researched', 'researching', 'artist', 'painter', 'poet', 'author', 'writer', 'novelist', 'composer', 'scientist', 'inventor', 'explorer']);
/** two words before one: "learning about Lowry", "in the style of Turner", "inspired by Hockney" */
const TAUGHT_ABOUT = new Set(['learning', 'learnt', 'learned', 'learn', 'taught', 'teaching']);
const TAUGHT_OF = new Set(['style', 'works', 'paintings', 'poems', 'poetry', 'novels', 'sculptures']);
/** what a well-known person is, said after their name: "Tom Fletcher the author" */
const ROLES = new Set(['author', 'writer', 'illustrator', 'poet', 'novelist', 'singer', 'songwriter', 'artist', 'painter', 'sculptor', 'composer', 'footballer', 'actor', 'actress', 'presenter', 'comedian', 'scientist', 'inventor', 'explorer', 'chef', 'musician', 'youtuber', 'astronaut', 'athlete', 'cricketer', 'broadcaster']);
/** a well-known person's works, which name them when a text mentions one (folded full name -> words of the works) */
const WORKS = new Map<string, Set<string>>([
  ['tom fletcher', new Set(['christmasaurus', 'mcfly', 'pooped', 'creakers'])],
  ['david walliams', new Set(['gangsta', 'billionaire', 'stink', 'ratburger', 'dentist', 'auntie', 'grandpa', 'midnight', 'slime', 'fing', 'beast', 'spaceboy', 'robodog'])],
  ['julia donaldson', new Set(['gruffalo', 'broom', 'stick', 'zog', 'snail', 'tiddler', 'superworm', 'highway', 'smeds', 'smoos', 'cave'])],
  ['michael morpurgo', new Set(['horse', 'kensuke', 'peaceful', 'butterfly', 'lion', 'dolphin'])],
  ['ted hughes', new Set(['iron'])],
  ['tom jones', new Set(['delilah', 'unusual'])],
]);
/** what any of them makes, said as theirs: "Tom Fletcher's new book" */
const WORK_WORDS = new Set(['book', 'books', 'novel', 'novels', 'album', 'albums', 'song', 'songs', 'single', 'series']);
const NOT_A_WORK_AFTER = new Set(['bag', 'bags', 'review', 'reviews', 'club', 'week', 'fair', 'corner', 'token', 'tokens', 'list', 'shelf', 'case', 'box', 'sheet', 'sheets', 'folder', 'choice', 'order']);
/** words said to someone just named at the start of a sentence: "Will, you're a legend!" */
const SAID_TO = new Set(['you', 'your', 'yours', 'youre', 'yourself', 'u', 'ur', 'thank', 'thanks', 'congratulations', 'congrats']);
/** "you" said straight after a name, with no comma: "Lily ur so ugly" */
const SAID_TO_BARE = new Set(['you', 'youre', 'u', 'ur']);
/** names that are also verbs said to someone: "Mark you're out", "Bill you for it" */
const IMPERATIVE_NAMES = new Set(['mark', 'pat', 'bill', 'drew', 'kit']);
/** lower-case single letters that are text speak, not an initial, after a given name: "will u", "may b" */
const TEXT_SPEAK = new Set(['a', 'i', 'u', 'b', 'c', 'r', 'y', 'n', 'k', 'x', 'o']);
/** what runs a name spelt letter by letter together: "K.a.i", "k a i" */
const LETTER_JOINERS = new Set(['.', '-', '_', '*', ' ']);
/** a word before the name that makes it an ordinary word: "the Will", "saying Grace", "Amazing Grace" */
const ORDINARY_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'say', 'saying', 'said', 'says', 'amazing', 'full', 'gods', 'god', 'lord', 'his', 'with', 'and']);
const TITLES = ['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'madam', 'prof'];
const TITLE_SET = new Set(TITLES);
/** a top-level domain after a dot, then the host's end: ".com", ".co.uk/dress", ".org." */
const WEB_DOMAIN_AFTER = /^\.(?:com|co\.uk|co|org\.uk|org|net|uk|ie|io|shop|store|info|biz|me)(?![\p{L}\p{N}])/u;
/** "& Buckland" after a surname, "Marks &" before one */
const FIRM_AFTER = /^\s*&\s*(\p{Lu}\p{Ll}+)/u;
const FIRM_BEFORE = /(\p{Lu}\p{Ll}+)\s*&\s*$/u;
/**
 * A grown-up's rank or office written as a title, with a capital: "PC Evans", "Sgt Evans", "Cllr Evans", "Father
 * Evans". Before a pupil's surname it names a visitor who shares it, as "Mr Evans" does. ("Captain" is not one: "Captain
 * Jack Wilson lifted the trophy" is a pupil.)
 */
const ROLE_TITLES = new Set(['pc', 'pcso', 'sgt', 'sergeant', 'constable', 'officer', 'inspector', 'detective', 'det', 'dc', 'ds', 'di', 'dci', 'supt', 'superintendent', 'chief', 'professor', 'councillor', 'cllr', 'mayor', 'revd', 'rev', 'reverend', 'father', 'canon', 'bishop', 'imam', 'rabbi', 'pastor', 'vicar', 'judge', 'lord', 'lady', 'dame', 'coach', 'nurse', 'midwife', 'paramedic', 'firefighter', 'mp', 'minister']);

// Praise and address before a name: "well done (to) May", "thanks to Grace", "proud of Will".
const CUE_PHRASES: string[][] = (
  'well done|congratulations|congratulation|congrats|thanks|thank you|thankyou|proud of|shout out|shoutout|happy birthday|happy bday|good luck|goodbye|bye|welcome|welcome back|hello|hi|hey|dear|bravo|love from|especially|particularly|including|meet|kudos|cheers|hats off|well played|nice one|great job|great work|good job|amazing work|brilliant work|fantastic work|goes|awarded|presented|star of the week|praise for|credit|go|player of the match|players of the match|player of the day|player of the week|man of the match|woman of the match|girl of the match|star of the match|star of the day|pupil of the week|writer of the week|reader of the week|citizen of the week'
).split('|').map((p) => p.split(' '));
/** each cue phrase as one string, made once */
const CUE_NAMES = new Map(CUE_PHRASES.map((p) => [p, p.join(' ')]));
const CUE_FILLERS = new Set(['to', 'our', 'little', 'lovely', 'fantastic', 'brilliant', 'wonderful', 'super', 'superstar', 'talented', 'clever', 'fab', 'fabulous', 'very', 'big', 'huge', 'special', 'massive', 'amazing']);

const YEAR_AFTER = /[\s,:\-\u2013]*(?:(?:(?:in|from|of)\s+)?(?:year|yr)\s*\d{1,2}\b|(?:in|from|of)\s+(?:class|form|reception|nursery|\d{1,2}[a-z]\b)|\(\s*(?:y|yr|year)?\s*(?:\d{1,2}[a-z]?|r|rec|reception|n)\s*\))/y;
const NUMBER = /^\d+(?:st|nd|rd|th)?$/;

/** nickname: one of the person's aka ("Ollie B", "Mr T"), which the school added */
export type NameForm = 'full' | 'given_initial' | 'title_family' | 'nickname' | 'given' | 'family';
export interface Person { given: string; family: string; kind: 'pupil' | 'staff'; year: string; role: string; photoConsent: boolean }
/** shared: a surname more than one person has, which only counts when someone is addressed by it */
interface Sense { person: Person; form: NameForm; initial?: string; shared?: true }

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
// names and child-specific talk both need the roster's names: compile them once per roster (and
// per list of the school's allowed phrases)
const compiled = new WeakMap<Roster, Map<string, RosterMatcher>>();

/**
 * The roster's names as one trie, built once per roster object and shared by the categories.
 * `allow`: the school's allowed phrases; one of two or more words that holds a name ("Holly the
 * class hamster", "Oliver the musical") is read as a well-known phrase is. A single allowed word is
 * for the offensive-language lexicon ("Scunthorpe"): it would silence a given name everywhere.
 */
export function buildRosterMatcher(roster: Roster, fold: (s: string) => string, allow: readonly string[] = []): RosterMatcher {
  let byAllowed = compiled.get(roster);
  if (!byAllowed) compiled.set(roster, (byAllowed = new Map()));
  const key = allow.join('\n');
  let matcher = byAllowed.get(key);
  if (!matcher) byAllowed.set(key, (matcher = compileRosterMatcher(roster, fold, allow)));
  return matcher;
}

/**
 * The nickname a staff room or a playground makes of a surname with a "y": "Walshy", "Jonesy", "Lloydy" (sets 16 and 13
 * wrote them). Not where that makes a word ("Frosty", "Smithy", "Foxy"), nor after "er", where it makes one more often
 * than not ("Archery", "Pottery", "Brewery", "Fishery"), nor after a vowel ("Sandhuy" is no one's nickname).
 */
function surnameNickname(family: readonly string[]): string | undefined {
  if (family.length !== 1) return undefined;
  const name = family[0]!;
  if (name.length < 4 || !/[bcdfghjklmnpqrstvwxz]$/.test(name) || name.endsWith('er')) return undefined;
  const nickname = `${name}y`;
  return isShortWord(nickname) ? undefined : nickname;
}

/** Compiles the roster's names into one trie; find() is then a single pass over a text's words. */
function compileRosterMatcher(roster: Roster, fold: (s: string) => string, allow: readonly string[]) {
  const trie = new TokenTrie<Sense>(true, false, true);
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
      // a surname two people share is still said to someone ("…, Cartwright."): it names them all
      if (familyCount.get(family.join(' ')) === 1) trie.add(family, { person: p, form: 'family' });
      else trie.add(family, { person: p, form: 'family', shared: true });
      if (p.kind === 'staff') for (const t of TITLES) trie.add([t, ...family], { person: p, form: 'title_family' });
      // an apostrophe in a surname is often left out: "Sean OBrien", "Obrien", "Dsouza" for O'Brien and D'Souza
      if (family.length === 2 && family[0]!.length <= 2 && /['\u2019]/.test(p.family)) {
        const joined = family.join('');
        if (!ORDINARY_WORDS.has(joined)) {
          trie.add([...given, joined], { person: p, form: 'full' });
          trie.add([joined], familyCount.get(family.join(' ')) === 1 ? { person: p, form: 'family' } : { person: p, form: 'family', shared: true });
        }
      }
      const nickname = surnameNickname(family);
      if (nickname) trie.add([nickname], familyCount.get(family.join(' ')) === 1 ? { person: p, form: 'family' } : { person: p, form: 'family', shared: true });
    }
  }
  // few people have a nickname, so folding them one by one costs little
  people.forEach((p, k) => {
    for (const aka of akas[k]!) trie.add(phraseTokens(fold, aka), { person: p, form: 'nickname' });
  });

  // a given name with a possessive s and no apostrophe ("kais"), for names that are no ordinary word: one look-up a word
  const owners = new Map<string, Sense[]>();
  for (const { p, given } of words) {
    if (given.length !== 1 || given[0]!.length < 3 || ORDINARY_WORDS.has(given[0]!) || ORDINARY_WORDS.has(`${given[0]}s`)) continue;
    owners.set(`${given[0]}s`, [...(owners.get(`${given[0]}s`) ?? []), { person: p, form: 'given' }]);
  }

  const schoolPhrases = allow.map((a) => phraseTokens(fold, a)).filter((words) => words.length >= 2);
  const phrases = schoolPhrases.length ? phrasesOf([...WELL_KNOWN_WORDS, ...schoolPhrases]) : WELL_KNOWN;

  // names, child-specific talk and personal data all ask for the same text's names: found once
  const lastFound = new WeakMap<Prepared, readonly NameMatch[]>();
  return {
    people,
    /** The names in a text; the same list each time it is asked for the same prepared text. */
    find(p: Prepared): readonly NameMatch[] {
      let found = lastFound.get(p);
      if (!found) lastFound.set(p, (found = findNames(p, wordsOf(p), trie, phrases, owners)));
      return found;
    },
  };
}

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
/** the character after the one at i */
const charAfter = (text: string, i: number): string | undefined => letterAt(text, i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1));
/** space, tab, no-break space */
const isSpace = (c: number) => c === 32 || c === 9 || c === 160 || c === 0x202f;

function findNames(p: Prepared, tokens: readonly Token[], trie: TokenTrie<Sense>, phrases: Phrases, owners: ReadonlyMap<string, Sense[]>): NameMatch[] {
  const found: NameMatch[] = [];
  let pending: { match: NameMatch; index: number; last: number }[] = [];
  const ctx = new Context(p, tokens, trie, phrases);
  const anyUpper = ctx.anyUpper;
  for (let i = 0; i < tokens.length; i++) {
    // a name spelt out letter by letter: "K.a.i", "k a i" (not an acronym in capitals that is an ordinary word, "H.O.P.E.")
    const t = tokens[i]!;
    // most single letters ("a", "I") have a word after them, not another letter
    if (t.end - t.start === 1 && i + 2 < tokens.length && tokens[i + 1]!.start === t.end + 1 && tokens[i + 1]!.end === t.end + 2) {
      const last = ctx.spelt(i);
      // a run of letters longer than any name is none, and is not spelt into a word (a text of "1 1 1 …")
      if (last > 0 && last - i < trie.longestFirstWord) {
        let word = '';
        for (let k = i; k <= last; k++) word += tokens[k]!.text;
        const senses = trie.valuesOf(word);
        if (senses && !(ORDINARY_WORDS.has(word) && allCapitals(p, tokens, i, last))) {
          const verdict = judge(ctx, i, last, senses, anyUpper);
          if (verdict !== 'no' && verdict !== 'grown-up') {
            found.push(verdict.match);
            i = last;
            continue;
          }
        }
      }
    }
    let read = false;
    for (const [length, senses] of trie.matchesAt(tokens, i)) {
      const last = i + length - 1;
      const verdict = judge(ctx, i, last, senses, anyUpper);
      if (verdict === 'no') continue;
      read = true;
      if (verdict === 'grown-up') {
        i = last;
        break;
      }
      if (verdict.pending) { pending.push({ match: verdict.match, index: i, last }); break; }
      found.push(verdict.match);
      i = last;
      break;
    }
    if (!read) {
      const owner = possessiveWithoutApostrophe(ctx, i, owners);
      if (owner) found.push(owner);
    }
  }
  if (pending.length === 0) return found.sort((a, b) => a.start - b.start);
  // "thanks to Grace and Tom": an ordinary-word name beside a name already found counts too
  const byEnd = new Map(found.map((m) => [m.end, m]));
  const byStart = new Map(found.map((m) => [m.start, m]));
  // a list spreads from a name found both ways, so the passes go right to left and left to right in turn: each
  // carries the names found as far as the list goes, and a list of a thousand is read in a few passes
  let changed = true;
  for (let leftward = true; changed && pending.length; leftward = !leftward) {
    changed = false;
    const left: typeof pending = [];
    for (let n = 0; n < pending.length; n++) {
      const item = pending[leftward ? pending.length - 1 - n : n]!;
      if (ctx.besideFound(item.index, item.last, byEnd, byStart)) {
        found.push(item.match);
        byEnd.set(item.match.end, item.match);
        byStart.set(item.match.start, item.match);
        changed = true;
      } else left.push(item);
    }
    pending = leftward ? left.reverse() : left;
  }
  // "Please keep the Adeyemi family in your thoughts. Hope will be away": an ordinary-word given name counts where
  // the text names that child's family too (capitalised, where the surname is an everyday word: "Rose … the hill")
  let written: Map<string, boolean> | undefined;
  for (const { match, index, last } of pending) {
    // a name that starts a clause and does something, as written ("Hope will be away"), not a word in a title
    // ("Summer reading challenge winners: Summer Davies") or a thing ("a holly wreath")
    if (match.form !== 'given' || !(ctx.capitalised(index) || !anyUpper)) continue;
    const next = ctx.next(last);
    if (!(next === undefined || SUBJECT_VERBS.has(next) || ctx.endsSentence(last) || ctx.commaAfter(last))) continue;
    written ??= writtenWords(ctx);
    const named = written;
    if (match.people.some((person) => named.get(foldName(person.family)) === true || (named.has(foldName(person.family)) && !ORDINARY_WORDS.has(foldName(person.family))))) found.push(match);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every word of the text, and whether it is written with a capital anywhere. */
function writtenWords(ctx: Context): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (let k = 0; k < ctx.tokens.length; k++) {
    const w = ctx.tokens[k]!.text;
    if (out.get(w) !== true) out.set(w, ctx.capitalised(k));
  }
  return out;
}

/**
 * A given name with a possessive s and no apostrophe, before what it owns: "Kais party", "0rlas mum". Only a name that
 * is no ordinary word ("Marks", "Jacks" and "Roses" are words), and only where the word with its s is none either;
 * the span is the name alone, as with "'s".
 */
function possessiveWithoutApostrophe(ctx: Context, i: number, owners: ReadonlyMap<string, Sense[]>): NameMatch | undefined {
  const t = ctx.tokens[i]!;
  const senses = owners.get(t.leet ?? t.text);
  if (!senses || t.possessiveEnd !== undefined || i + 1 >= ctx.tokens.length || !ctx.spaced(i, i + 1)) return undefined;
  // what a child has: the next word is a word, not the end of the sentence; "the Oscars last night" are the awards
  const before = ctx.prev(i);
  if (ctx.endsSentence(i) || (before !== undefined && DETERMINERS.has(before))) return undefined;
  // a town named for a saint: "St Helens", "Saint Andrews"
  if (ctx.honorificBefore(i)) return undefined;
  const people = senses.map((sense) => sense.person);
  return { kind: people[0]!.kind, form: 'given', people, start: t.start, end: t.end - 1, possessive: true };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'some', 'many', 'all', 'two', 'three', 'both', 'no']);

/** a roster name as the text's tokens spell it: lower case, accents dropped */
const foldName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** every letter of tokens [i, last] a capital as written: "H.O.P.E." */
function allCapitals(p: Prepared, tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i; k <= last; k++) if (!isUpper(letterAt(p.original, p.offsets[tokens[k]!.start]!))) return false;
  return true;
}

/**
 * a name found, or one that only counts if it sits in a list beside another name; 'grown-up': not the pupil, and no
 * part of the words is anyone else either (a title before a full name)
 */
type Verdict = 'no' | 'grown-up' | { match: NameMatch; pending?: true };

class Context {
  private readonly titleCaseLines = new Map<number, boolean>();
  /** the line titleCase last read, [start, end) */
  private lastLine = { start: 0, end: -1 };
  /** whether the text has a capital anywhere, and a small letter, each read when first asked */
  private hasUpper: boolean | undefined;
  private hasLower: boolean | undefined;
  get anyUpper(): boolean {
    return (this.hasUpper ??= ANY_UPPER.test(this.p.original));
  }
  /** the last run of spelt-out letters read, [from, to]: a token inside it ends its run where the run ends */
  private speltRun = { from: -1, to: -1 };
  constructor(readonly p: Prepared, readonly tokens: readonly Token[], readonly trie: TokenTrie<Sense>, readonly phrases: Phrases) {}
  orig(i: number): { start: number; char: string } {
    const start = this.p.offsets[this.tokens[i]!.start]!;
    return { start, char: letterAt(this.p.original, start)! };
  }
  capitalised(i: number): boolean {
    return isUpper(this.orig(i).char);
  }
  /** a word of two letters or more written all in capitals, in a text that is not */
  shouted(i: number): boolean {
    const t = this.tokens[i]!;
    const written = this.p.original.slice(this.p.offsets[t.start]!, this.p.offsets[t.end]!);
    if (written.length < 2 || written !== written.toUpperCase() || written === written.toLowerCase()) return false;
    return (this.hasLower ??= /[a-z]/.test(this.p.original));
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
    while (k >= 0 && BEFORE_SENTENCE.test(o[k]!)) k--;
    if (k < 0) return true;
    return !(WORD_RE.test(o[k]!) || MID_SENTENCE.test(o[k]!));
  }
  /** whether the sentence a token is in ends with a question mark */
  asks(last: number): boolean {
    const o = this.p.original;
    for (let c = this.p.offsets[this.tokens[last]!.end]!; c < o.length; c++) {
      if (o[c] === '?') return true;
      if (o[c] === '.' || o[c] === '!' || o[c] === '\n') return false;
    }
    return false;
  }
  /** a line where most words start with a capital ("Will Everyone Please Bring Kits") */
  titleCase(i: number): boolean {
    const o = this.p.original;
    const at = this.orig(i).start;
    // the line last read, if this word is on it: a line of a thousand names is looked for once, not once a name
    const line = this.lastLine.start <= at && at < this.lastLine.end ? this.lastLine : undefined;
    const lineStart = line ? line.start : o.lastIndexOf('\n', at) + 1;
    let known = this.titleCaseLines.get(lineStart);
    if (known === undefined) {
      let lineEnd = o.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = o.length;
      this.lastLine = { start: lineStart, end: lineEnd };
      // words of three letters or more, and of those not first in a sentence (which has a capital
      // anyway: "Leaving do for Holly tonight! Who's coming?"), how many have a capital
      let words = 0;
      let inner = 0;
      let upper = 0;
      // nothing but quotes, spaces and markup since the line began or a sentence ended
      let first = true;
      let k = lineStart;
      while (k < lineEnd) {
        const c = o.charCodeAt(k);
        if (isLetter(c, o, k)) {
          const start = k;
          while (k < lineEnd && isLetter(o.charCodeAt(k), o, k)) k++;
          if (k - start >= 3) {
            words++;
            if (!first) {
              inner++;
              if (isUpper(letterAt(o, start))) upper++;
            }
          }
          first = false;
          continue;
        }
        if (c === 46 || c === 33 || c === 63) first = true;
        else if (!(c < 128 ? BEFORE_SENTENCE_ASCII[c] === 1 : BEFORE_SENTENCE.test(o[k]!))) first = false;
        k++;
      }
      known = words >= 3 && inner >= 2 && upper / inner >= 0.6;
      this.titleCaseLines.set(lineStart, known);
    }
    return known;
  }
  /** whether the text names a class by this word: "Willow class", "Willow Class" */
  namesAClass(word: string): boolean {
    const f = this.p.folded;
    for (let at = f.indexOf(word); at >= 0; at = f.indexOf(word, at + 1)) {
      const before = at === 0 ? ' ' : f[at - 1]!;
      if (!/[a-z0-9]/.test(before) && f.startsWith(' class', at + word.length) && !/[a-z]/.test(f[at + word.length + 6] ?? ' ')) return true;
    }
    return false;
  }
  /** a class, team or house in a list of them: "in Willow and Hazel classes", "The teams are Oak, Ash, Rowan and Willow" */
  inGroupList(i: number): boolean {
    const f = this.p.folded;
    const t = this.tokens[i]!;
    return GROUP_LIST_AFTER.test(f.slice(t.end, t.end + 60)) || GROUP_LIST_BEFORE.test(f.slice(Math.max(0, t.start - 80), t.start));
  }
  /** "name tape says", "the label reads", "labelled": what a lost coat's name is read from */
  nameTapeBefore(i: number): boolean {
    const before = this.prev(i);
    if (before === 'labelled' || before === 'labeled') return true;
    return (before === 'says' || before === 'reads') && NAME_TAPES.has(this.prev(i - 1) ?? '');
  }
  /** a hyphen and a word that makes the name part of another word: "Oscar-worthy", "Harry Potter-themed" */
  compoundAfter(last: number): boolean {
    const f = this.p.folded;
    const end = this.tokens[last]!.end;
    if (f[end] !== '-') return false;
    const word = /^[a-z]+/.exec(f.slice(end + 1, end + 12));
    return word !== null && NAME_COMPOUNDS.has(word[0]);
  }
  /** "answers to Rose", "answers to the name of Rose", with a kind of pet a few words before */
  answersTo(i: number): boolean {
    const t = this.tokens;
    let k = i - 1;
    if (t[k]?.text === 'of' && t[k - 1]?.text === 'name') k -= 2;
    else if (t[k]?.text === 'name') k--;
    if (t[k]?.text === 'the' && k < i - 1) k--;
    if (t[k]?.text !== 'to' || (t[k - 1]?.text !== 'answers' && t[k - 1]?.text !== 'answer')) return false;
    for (let j = k - 2; j >= 0 && j >= k - 14; j--) if (PETS.has(t[j]!.text)) return true;
    return false;
  }
  /**
   * "on Lily Ward", "on Daisy Ward and Lily Ward": a name ending "Ward", capitalised, that a patient is on; and a name
   * ending in a place word that someone is on, up or past: "the tree farm on Rose Hill"
   */
  onAWardOrRoad(i: number, last: number): boolean {
    const t = this.tokens;
    const end = t[last]!.text;
    if ((end !== 'ward' && !PLACE_SURNAMES.has(end)) || !this.capitalised(last)) return false;
    const before = this.prev(i);
    if (end !== 'ward') return before !== undefined && ON_A_PLACE.has(before) && !NOT_ON_A_WARD.has(this.prev(i - 1) ?? '');
    if (before === 'on') return !NOT_ON_A_WARD.has(this.prev(i - 1) ?? '');
    // the second of two wards
    return (before === 'and' || before === 'or') && this.prev(i - 1) === 'ward' && this.capitalised(i - 2);
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
      if (ok) return CUE_NAMES.get(phrase);
    }
    return undefined;
  }
  yearAfter(last: number): number | undefined {
    const t = this.tokens[last]!;
    YEAR_AFTER.lastIndex = t.possessiveEnd ?? t.end;
    return YEAR_AFTER.exec(this.p.folded) ? YEAR_AFTER.lastIndex : undefined;
  }
  /** whether the year group after token last, up to end, is a numbered one ("year 6", "(Y4)", "in 3B"), not "in class" */
  yearNumbered(last: number, end: number): boolean {
    const t = this.tokens[last]!;
    return /[\d(]/.test(this.p.folded.slice(t.possessiveEnd ?? t.end, end));
  }
  /** only spaces between two tokens, and no possessive: "May Hill", "Jack Russell" */
  spaced(a: number, b: number): boolean {
    const f = this.p.folded;
    const from = this.tokens[a]!.end;
    const to = this.tokens[b]!.start;
    if (this.tokens[a]!.possessiveEnd !== undefined || to <= from) return false;
    for (let k = from; k < to; k++) if (!isSpace(f.charCodeAt(k))) return false;
    return true;
  }
  /** only one of . _ - between two tokens, as in an address: "mike.evans", "sian_evans" */
  glued(a: number, b: number): boolean {
    const from = this.tokens[a]!.end;
    if (this.tokens[b]!.start !== from + 1) return false;
    const c = this.p.folded[from];
    return c === '.' || c === '_' || c === '-';
  }
  /** the sentence ends after the name, with nothing but punctuation or emoji between: "Well done rose!!", "…, Cartwright." */
  endsSentence(last: number): boolean {
    const f = this.p.folded;
    const t = this.tokens[last]!;
    for (let k = t.possessiveEnd ?? t.end; k < f.length; k++) {
      const c = f[k]!;
      if (c === '.' || c === '!' || c === '?' || c === '\n') return true;
      if (c === ',' || c === ';' || c === ':' || isWord(f.charCodeAt(k), f, k)) return false;
    }
    return true;
  }
  /** a comma just after the name: "Dawson, see me after class." */
  commaAfter(last: number): boolean {
    const f = this.p.folded;
    const t = this.tokens[last]!;
    for (let k = t.possessiveEnd ?? t.end; k < f.length; k++) {
      if (isSpace(f.charCodeAt(k))) continue;
      return f[k] === ',';
    }
    return false;
  }
  /** a comma just before the name: "you're dead, Cartwright." */
  commaBefore(i: number): boolean {
    const f = this.p.folded;
    for (let k = this.tokens[i]!.start - 1; k >= 0; k--) {
      if (isSpace(f.charCodeAt(k))) continue;
      return f[k] === ',';
    }
    return false;
  }
  /** a capitalised word joined to the name by "&", after it or before it: "Price & Buckland", "Marks & Spencer" */
  inFirmName(i: number, last: number): boolean {
    const o = this.p.original;
    const start = this.p.offsets[this.tokens[i]!.start]!;
    const end = this.p.offsets[this.tokens[last]!.end]!;
    // the other word is no name on the roll: "Price & Patel were brilliant" is two pupils
    const after = FIRM_AFTER.exec(o.slice(end, end + 40));
    if (after && !this.trie.valuesOf(after[1]!.toLowerCase())) return true;
    const before = FIRM_BEFORE.exec(o.slice(Math.max(0, start - 40), start));
    return before !== null && !this.trie.valuesOf(before[1]!.toLowerCase());
  }
  /** the name is (part of) a website's host: a top-level domain just after it ("zara.com"), or "www." just before it */
  inWebHost(i: number, last: number): boolean {
    const f = this.p.folded;
    const start = this.tokens[i]!.start;
    const end = this.tokens[last]!.end;
    return (f.charCodeAt(end) === 46 && WEB_DOMAIN_AFTER.test(f.slice(end, end + 12))) || f.slice(Math.max(0, start - 4), start) === 'www.';
  }
  /**
   * The name is part of an email address, as written ("sian.evans@gmail.com") or spelt out
   * ("mike dot evans at gmail dot com"): personal data (found as such), not a name in the text.
   */
  inAddress(i: number, last: number): boolean {
    const f = this.p.folded;
    const t = this.tokens;
    const start = t[i]!.start;
    const end = t[last]!.end;
    // written: the name touches an address character, and the unbroken run around it has an @
    // with a dot after it
    if (ADDRESS_CHARS.has(f.charCodeAt(start - 1)) || ADDRESS_CHARS.has(f.charCodeAt(end))) {
      let at = -1;
      for (let k = start - 1; k >= 0 && start - k <= 64; k--) {
        const c = f.charCodeAt(k);
        if (c <= 32 || isSpace(c)) break;
        if (c === 64) at = k;
      }
      for (let k = end; k < f.length && k - end <= 64; k++) {
        const c = f.charCodeAt(k);
        if (c <= 32 || isSpace(c)) break;
        if (c === 64) at = k;
        else if (c === 46 && at >= 0 && k + 1 < f.length && isWord(f.charCodeAt(k + 1), f, k + 1)) return true;
      }
    }
    // spelt out, the name in the local part: "evans at gmail dot com", "mike dot evans at …", "mike.evans at …"
    let k = last + 1;
    for (let step = 0; step < 4 && k < t.length; step++) {
      if (ADDRESS_JOINERS.has(t[k]!.text) && k + 1 < t.length) k += 2;
      else if (this.glued(k - 1, k)) k += 1;
      else break;
    }
    if (k + 2 < t.length && t[k]!.text === 'at') {
      // "at gmail dot com", "at gmail.com"
      const ending = t[k + 2]!.text === 'dot' ? k + 3 : this.glued(k + 1, k + 2) ? k + 2 : -1;
      if (ending > 0 && ending < t.length && ADDRESS_ENDINGS.has(t[ending]!.text)) return true;
    }
    // spelt out, the name in the domain: "… at evans dot co dot uk"
    return i > 0 && last + 2 < t.length && t[i - 1]!.text === 'at' && t[last + 1]!.text === 'dot' && ADDRESS_ENDINGS.has(t[last + 2]!.text);
  }
  /** the name is inside a well-known phrase: "Harry Potter", "Jack and the Beanstalk", "Jacqueline Wilson" */
  inPhrase(i: number, last: number): boolean {
    // only phrases that have the name's first word, started where that word sits in them
    const offsets = this.phrases.offsets.get(this.tokens[i]!.text);
    if (offsets === undefined) return false;
    for (const offset of offsets) {
      const s = i - offset;
      if (s < 0) continue;
      const length = this.phrases.trie.longestAt(this.tokens, s);
      if (length && s + length - 1 >= last && this.joinedPhrase(s, s + length - 1)) return true;
    }
    return false;
  }
  /**
   * a saint, monarch or prophet's title just before: "St David's Day", "St. Patrick", "the prophet
   * Muhammad"; a capital but for "prophet", since "prom king Jack" is a child
   */
  honorificBefore(i: number): boolean {
    if (i === 0 || !HONORIFIC_BEFORE.has(this.tokens[i - 1]!.text)) return false;
    if (this.tokens[i - 1]!.text !== 'prophet' && !this.capitalised(i - 1)) return false;
    return this.spacedOrDotted(i - 1, i);
  }
  /** "the" just before token i, or "the ancient" */
  theBefore(i: number): boolean {
    const t = this.tokens;
    const k = i >= 2 && THE_PEOPLE_ADJECTIVES.has(t[i - 1]!.text) && this.spaced(i - 2, i - 1) ? i - 2 : i - 1;
    return k >= 0 && t[k]!.text === 'the' && this.spaced(k, k + 1);
  }
  /**
   * the name is part of a place's: "the Isle of Lewis" (a capital word of what a place is, then "of"), "Stanford-le-Hope",
   * "Burgh le Marsh" (after a capital word and a small word of place names), "Hope-under-Dinmore" (before one)
   */
  inPlaceName(i: number, last: number): boolean {
    const t = this.tokens;
    if (i >= 2 && t[i - 1]!.text === 'of' && PLACE_OF.has(t[i - 2]!.text) && this.capitalised(i - 2) && this.joined(i - 2, i)) return true;
    if (i >= 2 && PLACE_LINKS.has(t[i - 1]!.text) && !this.capitalised(i - 1) && this.capitalised(i - 2) && this.joined(i - 2, i)) return true;
    return last + 2 < t.length && PLACE_LINKS.has(t[last + 1]!.text) && !this.capitalised(last + 1) && this.capitalised(last + 2) && this.joined(last, last + 2);
  }
  /** whether tokens a and b (a before b) stand apart by spaces and dots alone: "Mr Patel", "St. David" */
  private spacedOrDotted(a: number, b: number): boolean {
    const f = this.p.folded;
    const from = this.tokens[a]!.end;
    const to = this.tokens[b]!.start;
    for (let k = from; k < to; k++) if (f[k] !== '.' && !isSpace(f.charCodeAt(k))) return false;
    return to > from;
  }
  /**
   * a title just before: "Mr Patel", "mrs. patel", "Miss Patel" (a lower-case "miss" is the verb: "we'll miss Patel"),
   * or a grown-up's rank with a capital ("PC Patel", ROLE_TITLES)
   */
  titleBefore(i: number): boolean {
    if (i === 0) return false;
    const title = this.tokens[i - 1]!.text;
    if (ROLE_TITLES.has(title) && this.capitalised(i - 1)) return this.spacedOrDotted(i - 1, i);
    if (!TITLE_SET.has(title) || (title === 'miss' && !this.capitalised(i - 1))) return false;
    return this.spacedOrDotted(i - 1, i);
  }
  /** a regnal number written after the name: "Henry VIII" */
  regnalAfter(last: number): boolean {
    const k = last + 1;
    if (k >= this.tokens.length || !REGNAL.has(this.tokens[k]!.text) || !this.spaced(last, k)) return false;
    const o = this.p.original;
    const { start } = this.orig(k);
    for (let c = start; c < start + this.tokens[k]!.text.length; c++) if (!isUpper(o[c])) return false;
    return true;
  }
  /** a name used as slang for a kind of person: "such a Karen", "a total Karen move" */
  slang(i: number, last: number): boolean {
    const t = this.tokens;
    if (i !== last || !SLANG_NAMES.has(t[i]!.text)) return false;
    const before = i > 0 && this.joined(i - 1, i) ? t[i - 1]!.text : '';
    const after = i + 1 < t.length && this.joined(i, i + 1) ? t[i + 1]!.text : '';
    if (before === 'a' || before === 'such' || before === 'total' || before === 'proper' || before === 'right' || before === 'full' || SLANG_AFTER.has(after)) return true;
    // told to a stranger: "ok Karen", "stfu Karen", "calm down Karen" (three sets' writers)
    return SLANG_DISMISSALS.has(before) || (before === 'down' && i >= 2 && this.joined(i - 2, i) && t[i - 2]!.text === 'calm') || (before === 'up' && i >= 2 && this.joined(i - 2, i) && t[i - 2]!.text === 'shut');
  }
  /** a show's title, not a child: "the Year 5 and 6 production of Oliver!", "a performance of Matilda" */
  showTitle(i: number): boolean {
    const t = this.tokens;
    return i >= 2 && t[i - 1]!.text === 'of' && SHOWS.has(t[i - 2]!.text) && this.joined(i - 2, i);
  }
  /**
   * a show's title with its own "!", the sentence going on after it, in a text about a show: "Year 6 performed Oliver!
   * last night", "Oliver! starts at 6pm", tickets for "Oliver!" go on sale (three sets' writers; "Well done Oliver!" ends
   * its sentence there)
   */
  exclaimedTitle(last: number): boolean {
    const o = this.p.original;
    let c = this.p.offsets[this.tokens[last]!.end]!;
    if (o[c] !== '!') return false;
    for (c++; c < o.length && CLOSING_QUOTES.has(o[c]!); c++);
    return SENTENCE_GOES_ON.test(o.slice(c, c + 4)) && STAGE.test(this.p.folded);
  }
  /**
   * a book's character a child went as, not a child: "my daughter went as Matilda", "came dressed up as Alice", "a very
   * convincing Matilda" (sets 27 and t4; "Matilda went as a Gruffalo" is the child)
   */
  characterWornBefore(i: number): boolean {
    if (!BOOK_NAMES.has(this.tokens[i]!.text)) return false;
    const before = this.prev(i);
    if (before === 'as') return GOES_AS.has(this.prev(i - 1) ?? '');
    let k = i - 1;
    while (k > 0 && CHARACTER_PRAISE.has(this.tokens[k]!.text) && this.spaced(k, k + 1)) k--;
    return k < i - 1 && (this.tokens[k]!.text === 'a' || this.tokens[k]!.text === 'an') && this.spaced(k, k + 1);
  }
  /** a character dressed as, not a child: "that Matilda costume" (but "Matilda's costume" is hers) */
  costumeAfter(last: number): boolean {
    const k = last + 1;
    return k < this.tokens.length && COSTUMES.has(this.tokens[k]!.text) && this.spaced(last, k);
  }
  /** joined, but a dot after a single letter is an initial's: "C.S. Lewis", "J.K. Rowling" */
  joinedPhrase(a: number, b: number): boolean {
    const f = this.p.folded;
    for (let k = a; k < b; k++) {
      const t = this.tokens[k]!;
      const initial = t.end - t.start === 1;
      for (let c = t.possessiveEnd ?? t.end; c < this.tokens[k + 1]!.start; c++) {
        const ch = f[c];
        if (ch === '!' || ch === '?' || ch === '\n' || (ch === '.' && !initial)) return false;
      }
    }
    return true;
  }
  /** a comma between two tokens */
  /** just after "Year 2:" or "Reception:", as an award list names its winners */
  /** a colon just before word i: "Update for Year 3 parents: Mason will…" */
  afterColon(i: number): boolean {
    return i >= 1 && this.p.folded.slice(this.tokens[i - 1]!.end, this.tokens[i]!.start).trim() === ':';
  }
  afterYearColon(i: number): boolean {
    const t = this.tokens;
    if (i < 1 || !this.joined(i - 1, i) || this.p.folded.slice(t[i - 1]!.end, t[i]!.start).trim() !== ':') return false;
    return t[i - 1]!.text === 'reception' || t[i - 1]!.text === 'nursery' || (i >= 2 && t[i - 2]!.text === 'year' && /^\d{1,2}$/.test(t[i - 1]!.text));
  }
  commaBetween(a: number, b: number): boolean {
    const f = this.p.folded;
    for (let k = this.tokens[a]!.possessiveEnd ?? this.tokens[a]!.end; k < this.tokens[b]!.start; k++) if (f[k] === ',') return true;
    return false;
  }
  /**
   * a pet's name: "our dog Holly", "the class hamster, Ruby", "the Class 2 goldfish, Rose and Ivy",
   * "the kitten is Ivy", "our cat is called Holly", "a tabby called Mark"; not "the rabbit is Rose's"
   */
  petBefore(i: number, last: number): boolean {
    const t = this.tokens;
    let k = i - 1;
    if (k < 0 || !this.joined(k, i)) return false;
    // a lost pet's poster: "Grey tabby, answers to Rose" (not "the office answers to Mrs Whitworth")
    if (this.answersTo(i)) return true;
    // the second of two pets: "the goldfish, Rose and Ivy"
    if (t[k]!.text === 'and' && k >= 1 && this.joined(k - 1, k) && this.trie.starts(t[k - 1]!.text)) return this.petBefore(k - 1, k - 1);
    let linked = false;
    let called = false;
    for (let step = 0; step < 3 && k >= 0 && PET_LINKS.has(t[k]!.text) && this.joined(k, k + 1); step++, k--) {
      linked = true;
      if (t[k]!.text === 'called' || t[k]!.text === 'named') called = true;
    }
    if (k < 0 || !PETS.has(t[k]!.text) || !this.joined(k, k + 1)) return false;
    // "a tabby called Mark", "a dog named Ruby"
    if (called) return true;
    if (linked) {
      // "the kitten is Ivy", with the pet the subject of its clause; not "the rabbit is Rose's" or
      // "star of the week for feeding the fish is Rose"
      if (t[last]!.possessiveEnd !== undefined) return false;
      for (let o = k - 1; o >= 0 && o >= k - 2 && this.joined(o, o + 1); o--) {
        if (!PET_OWNERS.has(t[o]!.text)) continue;
        return o === 0 || !this.joined(o - 1, o) || this.commaBetween(o - 1, o) || CLAUSE_STARTS.has(t[o - 1]!.text);
      }
      return false;
    }
    // "our dog Holly": the owner just before; "the Class 2 goldfish, Rose": a few words before
    const reach = this.commaBetween(k, i) ? 4 : 1;
    for (let o = k - 1; o >= 0 && o >= k - reach && this.joined(o, o + 1); o--) if (PET_OWNERS.has(t[o]!.text)) return true;
    return false;
  }
  /** someone introduced as a stranger to the reader, so no colleague they know: "a friend called Holly" */
  stranger(i: number): boolean {
    const t = this.tokens;
    if (i < 3 || (t[i - 1]!.text !== 'called' && t[i - 1]!.text !== 'named') || !this.joined(i - 3, i)) return false;
    const noun = STRANGERS.has(t[i - 2]!.text) ? i - 2 : i >= 4 && STRANGERS.has(t[i - 3]!.text) && this.joined(i - 4, i - 3) ? i - 3 : -1;
    if (noun < 0) return false;
    const a = t[noun - 1]!.text;
    const b = noun >= 2 ? t[noun - 2]!.text : '';
    return a === 'a' || a === 'an' || b === 'a' || b === 'an';
  }
  /**
   * A capitalised word right after a given name that starts no name on the roll, and is no word that follows a name
   * in a sentence of its own: the surname of someone who shares the given name ("Stephen Lawrence", "Gemma M")
   */
  otherSurnameAfter(last: number): boolean {
    const t = this.tokens;
    if (last + 1 >= t.length || !this.spaced(last, last + 1)) return false;
    const next = t[last + 1]!;
    if (!this.capitalised(last + 1) || this.trie.starts(next.text) || NOT_A_SURNAME.has(next.text)) return false;
    // a word in capitals is a shout or an acronym ("Stephen PLEASE"), not a surname; a single letter is an initial
    const o = this.orig(last + 1).start;
    const second = charAfter(this.p.original, o);
    return next.end - next.start === 1 || second === undefined || !isUpper(second);
  }
  /**
   * A capitalised word just before a surname, mid-sentence, that is none of its holders' given names nor like them
   * ("Ollie" for Oliver, "Sam" for Samuel): another person's given name. Not a single letter (an initial), a word in
   * capitals, or a word a name follows in a sentence ("Thanks Frost").
   */
  otherGivenNameBefore(i: number, people: readonly Person[]): boolean {
    if (i === 0 || !this.spaced(i - 1, i) || !this.capitalised(i - 1)) return false;
    const before = this.tokens[i - 1]!;
    // at a sentence's start a capital says nothing ("Thanks Jones", "Poor Jones", "Omg Jones"), but a short word no
    // dictionary has is a given name there: "Dai Jones next door" is not Laura Jones
    if (this.sentenceInitial(i - 1) && (before.text.length > 6 || isShortWord(before.text) || TEXT_OPENERS.has(before.text))) return false;
    if (before.end - before.start < 3 || before.possessiveEnd !== undefined || NOT_A_SURNAME.has(before.text) || this.trie.starts(before.text)) return false;
    const o = this.orig(i - 1).start;
    if (isUpper(charAfter(this.p.original, o))) return false;
    const head = before.text.slice(0, 2);
    const sound = soundStart(before.text);
    return people.every((person) => {
      const given = foldName(person.given);
      return !given.startsWith(head) && soundStart(given) !== sound;
    });
  }
  /** a relative whose grown-up news follows, with no other relative between: "my niece Grace got into Cambridge" */
  grownUpKin(i: number, last: number): boolean {
    const t = this.tokens;
    if (i === 0 || !KIN.has(t[i - 1]!.text) || !this.joined(i - 1, i)) return false;
    for (let k = last + 1; k < t.length && k <= last + 20 && this.joined(k - 1, k); k++) {
      if (KIN.has(t[k]!.text)) return false;
      if (GROWN_UP.has(t[k]!.text)) return true;
    }
    return false;
  }
  /** a newborn: "the arrival of baby Ruby, 7lb 2oz", "welcome to baby girl Rose, born on Sunday" */
  newborn(i: number, last: number): boolean {
    const t = this.tokens;
    let k = i - 1;
    if (k >= 1 && NEWBORN_KIN.has(t[k]!.text)) k--;
    if (k < 0 || (t[k]!.text !== 'baby' && t[k]!.text !== 'babies') || !this.joined(k, i)) return false;
    for (let w = k - 1; w >= 0 && w >= k - 8 && this.joined(w, w + 1); w--) if (BIRTH.has(t[w]!.text) || BIRTH_WEIGHT.test(t[w]!.text)) return true;
    for (let w = last + 1; w < t.length && w <= last + 12 && this.joined(w - 1, w); w++) if (BIRTH.has(t[w]!.text) || BIRTH_WEIGHT.test(t[w]!.text)) return true;
    return false;
  }
  /** a business: "Turner's Coaches", "Fraser Removals", with a capital where the line is not all capitals */
  businessAfter(last: number): boolean {
    const t = this.tokens;
    const k = last + 1;
    if (k >= t.length || !BUSINESSES.has(t[k]!.text)) return false;
    const f = this.p.folded;
    const from = t[last]!.possessiveEnd ?? t[last]!.end;
    if (t[k]!.start <= from) return false;
    for (let c = from; c < t[k]!.start; c++) if (!isSpace(f.charCodeAt(c))) return false;
    return this.capitalised(k) && !this.titleCase(k);
  }
  /**
   * a house or team colour, beside another colour that is no name on the roll: "Red 412, Blue 398,
   * Green 366", "Green and Yellow tied"; not "Top scorers: Green 24, Rowe 18", "Green and Brown"
   * (two pupils, perhaps), or with praise ("Well done Green and Yellow!" may be a pupil and a house)
   */
  colour(i: number, last: number, cue: boolean): boolean {
    const t = this.tokens;
    if (cue || i !== last || !COLOURS.has(t[i]!.text)) return false;
    const other = (k: number) => COLOURS.has(t[k]!.text) && !this.trie.starts(t[k]!.text);
    // a few words either side, or a clause or two where the houses are listed: "Red won the tug of war, Blue took the
    // relay, and Green won overall"
    for (let k = i - 1, n = 0; k >= 0 && n < 6 && this.joined(k, k + 1); k--, n++) if (other(k)) return true;
    for (let k = last + 1, n = 0; k < t.length && n < 6 && this.joined(k - 1, k); k++, n++) if (other(k)) return true;
    return false;
  }
  /** a paint named like a pupil: "Cuprinol Ivy Green", "10 litres of Ivy Green", "Ivy Green emulsion" */
  paint(i: number, last: number): boolean {
    const before = this.prev(i) ?? '';
    if (PAINT_MAKERS.has(before) || PAINT_AFTER.has(this.next(last) ?? '')) return true;
    return before === 'of' && PAINT_MEASURES.has(this.prev(i - 1) ?? '');
  }
  /** an artist or writer a class studies, by surname: "studied Turner's seascapes", "in the style of Lowry" */
  taught(i: number, last: number): boolean {
    const t = this.tokens;
    if (i !== last || i === 0 || !TAUGHT_SURNAMES.has(t[i]!.text) || !this.joined(i - 1, i)) return false;
    const before = t[i - 1]!.text;
    if (TAUGHT_BEFORE.has(before)) return true;
    if (i < 2 || !this.joined(i - 2, i - 1)) return false;
    const two = t[i - 2]!.text;
    return (before === 'about' && TAUGHT_ABOUT.has(two)) || (before === 'of' && TAUGHT_OF.has(two)) || (before === 'by' && two === 'inspired');
  }
  /**
   * a well-known person with a roll member's full name, said to be them: "Tom Fletcher the author",
   * "Tom Fletcher's Christmasaurus", "The Christmasaurus by Tom Fletcher" (not "Tom Fletcher read
   * The Christmasaurus to Year 4", which the colleague may well have done)
   */
  famous(i: number, last: number): boolean {
    const t = this.tokens;
    let k = last + 1;
    if (k < t.length && t[k]!.text === 'the' && this.joined(last, k)) k++;
    if (k < t.length && k > last + 1 && ROLES.has(t[k]!.text) && this.joined(k - 1, k)) return true;
    let key = t[i]!.text;
    for (let w = i + 1; w <= last; w++) key += ` ${t[w]!.text}`;
    const works = WORKS.get(key);
    if (works === undefined) return false;
    // their work, by them
    if (i >= 2 && t[i - 1]!.text === 'by' && works.has(t[i - 2]!.text) && this.joined(i - 2, i)) return true;
    // their work, theirs: "Tom Fletcher's Christmasaurus", "Tom Fletcher's new Christmasaurus book"
    if (t[last]!.possessiveEnd === undefined) return false;
    for (let w = last + 1; w < t.length && w <= last + 2 && this.joined(w - 1, w); w++) {
      if (works.has(t[w]!.text)) return true;
      // "Tom Fletcher's new book", not "Tom Fletcher's book bag"
      if (WORK_WORDS.has(t[w]!.text) && !(w + 1 < t.length && this.joined(w, w + 1) && NOT_A_WORK_AFTER.has(t[w + 1]!.text))) return true;
    }
    return false;
  }
  /** said to them at the start of a sentence: "Will, you're a legend!", "Grace, thank you" */
  vocative(i: number, last: number): boolean {
    const k = last + 1;
    return k < this.tokens.length && SAID_TO.has(this.tokens[k]!.text) && this.commaAfter(last) && this.joined(last, k) && this.sentenceInitial(i);
  }
  /** the end of a run of three or more single letters with one . - _ * or space between, as a name spelt out to dodge a filter ("K.a.i", "k a i"); -1 if none */
  spelt(i: number): number {
    const t = this.tokens;
    const f = this.p.folded;
    let j = i;
    // read once a run: from each of its letters the run ends in the same place
    if (this.speltRun.from <= i && i <= this.speltRun.to) j = this.speltRun.to;
    else {
      while (j + 1 < t.length && t[j + 1]!.end - t[j + 1]!.start === 1 && t[j + 1]!.start === t[j]!.end + 1 && LETTER_JOINERS.has(f[t[j]!.end]!)) j++;
      this.speltRun = { from: i, to: j };
    }
    return j - i >= 2 ? j : -1;
  }
  /** a pet's name: "Ivy, my cat", "Holly and Ivy, my two cats" */
  petAfter(last: number): boolean {
    const t = this.tokens;
    let k = last + 1;
    // introduced, then described in the next sentence: "This is Willow. She is a ten-week-old cockapoo"
    if (k + 1 < t.length && !this.joined(last, k) && PET_PRONOUNS.has(t[k]!.text) && (t[k + 1]!.text === 'is' || t[k + 1]!.text === 's')) {
      // the pet is what the name is, not something it has: "She's a star and her dog is a spaniel"
      for (let w = k + 2; w <= k + 7 && w < t.length && this.joined(w - 1, w) && !PET_OWNERS.has(t[w]!.text) && t[w]!.text !== 'and'; w++) if (PETS.has(t[w]!.text)) return true;
      return false;
    }
    if (k + 1 < t.length && t[k]!.text === 'and' && this.joined(last, k + 1)) k += 2;
    if (k >= t.length || !PET_OWNERS.has(t[k]!.text) || !this.joined(k - 1, k) || !this.p.folded.slice(t[k - 1]!.end, t[k]!.start).includes(',')) return false;
    for (let w = k + 1; w <= k + 3 && w < t.length && this.joined(w - 1, w); w++) if (PETS.has(t[w]!.text)) return true;
    return false;
  }
  /** "she", "his" and the like within eight words after token k, in the same sentence */
  pronounAfter(k: number): boolean {
    const t = this.tokens;
    for (let j = k + 1; j < t.length && j <= k + 8 && this.joined(j - 1, j); j++) if (PERSONAL_PRONOUNS.has(t[j]!.text)) return true;
    return false;
  }
  /** "from the school council", "in my class", "on the eco team": a group the named child is in */
  groupAfter(last: number, onlyFrom: boolean): boolean {
    const t = this.tokens;
    let k = last + 1;
    if (k >= t.length || !this.joined(last, k)) return false;
    const preposition = t[k]!.text;
    if (preposition !== 'from' && (onlyFrom || (preposition !== 'in' && preposition !== 'on'))) return false;
    k++;
    const determiner = k < t.length && GROUP_DETERMINERS.has(t[k]!.text);
    if (determiner) k++;
    else if (preposition !== 'from') return false;
    for (let words = 0; words < 3 && k < t.length && this.joined(k - 1, k); words++, k++) {
      if (!GROUPS.has(t[k]!.text)) continue;
      // "the class garden" is a place, not the class
      return !(k + 1 < t.length && this.spaced(k, k + 1) && THING_AFTER.has(t[k + 1]!.text));
    }
    return false;
  }
  /** token range [index, last] sits beside a name found, with only "and", "&", "," or "or" between */
  besideFound(index: number, last: number, byEnd: Map<number, NameMatch>, byStart: Map<number, NameMatch>): boolean {
    const t = this.tokens;
    // in a text with capitals, a name in a list has one: not "Mrs Marsh, will be at the gate"
    if (!this.capitalised(index) && this.anyUpper) return false;
    // a list needs a separator: "Grace and Tom", "Tom, Grace" — but not "May Chen will", where
    // the word after a name is only the next word of the sentence
    const between = (a: number, b: number) => {
      const gap = this.p.folded.slice(a, b);
      return ONLY_LIST_GAP.test(gap) && LIST_SEPARATOR.test(gap);
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
// module-level, since a regular expression literal in a function is a new object each time it runs
const ANY_UPPER = /\p{Lu}/u;
/** quotes, spaces and markup that may open a sentence */
const BEFORE_SENTENCE = /[\s"'\u201c\u2018*_#@]/;
/** punctuation inside a sentence */
const MID_SENTENCE = /[,&\-\u2013;(]/;
const LETTER_RE = /\p{L}/u;
function isLetter(c: number, s: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return LETTER_RE.test(s[i]!);
}
/** BEFORE_SENTENCE for the ASCII characters, by char code: 1 if a sentence may open after it */
const BEFORE_SENTENCE_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (BEFORE_SENTENCE.test(String.fromCharCode(c)) ? 1 : 0));
const ONLY_LIST_GAP = /^[\s,&+]*(?:(?:and|or|plus)\s*)?$/;
const LIST_SEPARATOR = /[,&+]|\b(?:and|or|plus)\b/;
/** a month's own things: "May's newsletter" */
const MONTH_THINGS = new Set(['newsletter', 'calendar', 'events', 'menu', 'theme', 'dates', 'edition', 'issue', 'weather', 'diary']);
/** the strongest form first */
const RANK: readonly NameForm[] = ['full', 'title_family', 'nickname', 'given_initial', 'given', 'family'];

interface Reading { form: NameForm; ofForm: Sense[]; people: Person[]; staffOnly: boolean }
// the senses at a trie node never change: each node's reading is worked out once
const readings = new WeakMap<Sense[], Reading>();

/** Which form the words at one spot take, and who they could mean. */
function readingOf(senses: Sense[]): Reading {
  let reading = readings.get(senses);
  if (reading) return reading;
  // the strongest form wins at one spot: a full name over a given name alone
  const form = RANK.find((f) => senses.some((s) => s.form === f))!;
  // "Ollie" as one pupil's nickname and another's given name could be either of them
  const personal = form === 'nickname' || form === 'given';
  const ofForm = senses.filter((s) => (personal ? s.form === 'nickname' || s.form === 'given' : s.form === form));
  const pupils = ofForm.filter((s) => s.person.kind === 'pupil').map((s) => s.person);
  // shared by every match at this node: read, never changed
  const people = [...new Set(pupils.length ? pupils : ofForm.map((s) => s.person))];
  readings.set(senses, (reading = { form, ofForm, people, staffOnly: people.every((p) => p.kind === 'staff') }));
  return reading;
}

function judge(ctx: Context, i: number, last: number, senses: Sense[], anyUpper: boolean): Verdict {
  const tokens = ctx.tokens;
  const { form, ofForm, people, staffOnly } = readingOf(senses);
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
  // a question a school answers for families, the verb and a year group first: "Will Year 6 SATs be affected?" (set 24)
  if (form === 'given' && i === last && yearRefEnd !== undefined && wordAt(tokens, i) === 'will' && YEAR_WORDS.has(ctx.next(last) ?? '') && ctx.sentenceInitial(i) && ctx.asks(last)) return 'no';

  // a surname more than one person has counts only when someone is spoken to or praised by it:
  // "…you're dead, Cartwright.", "Dawson, see me after class.", "Well done Dawson!", "Dawson in
  // Year 4"; never "Khan scored twice", where it could be anyone of that name
  if (form === 'family' && ofForm.every((s) => s.shared)) {
    const capital = ctx.capitalised(i) || !anyUpper;
    const addressed =
      (cue !== undefined && (capital || ctx.endsSentence(last))) ||
      (capital && ctx.commaBefore(i) && ctx.endsSentence(last)) ||
      (capital && ctx.sentenceInitial(i) && ctx.commaAfter(last));
    if (!addressed && yearRefEnd === undefined) return 'no';
  }
  // not a mention of the person at all: an email address ("mike dot evans at gmail dot com")
  if (ctx.inAddress(i, last)) return 'no';
  // nor a website's name: "zara.com/dress-123", "www.rosehill.co.uk"
  if (ctx.inWebHost(i, last)) return 'no';
  // nor a firm's: a surname alone joined to another by "&" ("Price & Buckland" sell the uniform, "Marks & Spencer")
  if (form === 'family' && ctx.inFirmName(i, last)) return 'no';
  // a title names a grown-up: "Mr Patel's class", "thanks to Mrs Patel" is a parent or a teacher, never the pupil who
  // shares the surname (a member of staff of that name is found as such, by title and surname)
  if (form === 'family' && !staffOnly && ctx.titleBefore(i)) return 'no';
  // and so does one before a pupil's full name: "Please welcome Miss Hope Adeyemi, our new Year 6 teacher!" is a teacher
  // who shares it, and so are both its words
  if (form === 'full' && !staffOnly && ctx.titleBefore(i)) return 'grown-up';
  // with a year group after it, the name is a pupil's whatever else is said
  const noYear = yearRefEnd === undefined;
  // a hospital ward or a road named as a pupil may be: "she's been on Lily Ward since Monday", "toys for the children
  // on Daisy Ward and Lily Ward", "the tree farm on Rose Hill" (not "Spotlight on Lily Ward", nor "Lily Ward is in
  // hospital")
  if (form === 'full' && noYear && !cue && !match.possessive && ctx.onAWardOrRoad(i, last)) return 'no';
  if (form === 'full' && noYear && !cue && !match.possessive && ctx.paint(i, last)) return 'no';
  if (form !== 'full') {
    // a well-known phrase with the name in it, unless the person's full name is written
    if (ctx.inPhrase(i, last)) return 'no';
    // a saint, a monarch, a prophet: "St David's Day", "Prince Harry", "Henry VIII"
    if (form !== 'family' && form !== 'title_family' && ctx.honorificBefore(i)) return 'no';
    // a word made with the name: "Oscar-worthy", "Harry Potter-themed"
    if (ctx.compoundAfter(last)) return 'no';
    // a book a class reads: "they'll have rewritten Matilda", "we're reading Matilda"
    if (form === 'given' && i === last && BOOK_NAMES.has(tokens[i]!.text) && READ_BOOK.has(ctx.prev(i) ?? '')) return 'no';
    // a place: "the Isle of Lewis", "Stanford-le-Hope" (but after a cue or before a year group, still the child)
    if (noYear && !cue && ctx.inPlaceName(i, last)) return 'no';
    const personal = form === 'given' || form === 'nickname';
    // a given name after "the" is a people or a thing, not a child: "learning about the (ancient) Maya" (but "the Harper
    // boy", "the Okafor twins")
    if (personal && noYear && !cue && i === last && ctx.theBefore(i) && !PERSON_AFTER_THE.has(ctx.next(last) ?? '')) return 'no';
    // a given name with someone else's surname after it is someone else: "the story of Stephen Lawrence", "Neil
    // Gaiman's The Graveyard Book", "Gemma M:" in a chat export, where the roll's Stephen, Neil and Gemma have others
    if (personal && noYear && anyUpper && ctx.otherSurnameAfter(last)) return 'no';
    // and a surname after someone else's given name likewise: "learning Robert Frost's poem", "a Shere Khan"
    if (form === 'family' && noYear && anyUpper && !cue && ctx.otherGivenNameBefore(i, people)) return 'no';
    if (personal && (ctx.regnalAfter(last) || ctx.slang(i, last) || ctx.showTitle(i) || ctx.exclaimedTitle(last) || ctx.costumeAfter(last) || ctx.petBefore(i, last) || ctx.petAfter(last))) return 'no';
    if (form === 'given' && i === last && noYear && !cue && ctx.characterWornBefore(i)) return 'no';
    // a pet with a colleague's surname for a name: "Lost: black cat called Frost" (set 13)
    if (form === 'family' && i === last && noYear && !cue && ctx.petBefore(i, last)) return 'no';
    if (noYear && form !== 'title_family') {
      // a newborn, a grown-up relative: "baby Ruby, 7lb 2oz", "my niece Grace got into Cambridge"
      if (personal && (ctx.newborn(i, last) || (!cue && ctx.grownUpKin(i, last)))) return 'no';
      // someone introduced to the reader is no colleague they know: "a friend called Holly" (a
      // child so introduced may still be a pupil: "a girl called Grace in my son's class")
      if (staffOnly && ctx.stranger(i)) return 'no';
      // a business, a house colour, an artist studied: "Turner's Coaches", "Green 366", "studied Turner's seascapes"
      if (ctx.businessAfter(last) || ctx.colour(i, last, cue !== undefined)) return 'no';
    }
    // an artist studied, whatever follows a comma: "Inspired by Turner, Year 5 painted the harbour"
    if (form === 'family' && (noYear || ctx.commaAfter(last)) && ctx.taught(i, last)) return 'no';
  } else if (noYear && ctx.inPhrase(i, last) && ctx.famous(i, last)) {
    // a well-known person who shares a full name on the roll, said to be them: "Tom Fletcher the author"
    return 'no';
  }

  if (form === 'given_initial') {
    // "May C." needs a capital initial; "May I ask" and "Will A lot" are not names
    const initial = last;
    const t = tokens[initial]!;
    // but a text with no capitals has none, and a given name that is no ordinary word needs none:
    // "lovely card from lily w today", "Thank you card from alfie t" (not "will u", "may b")
    if (!ctx.capitalised(initial) && ((anyUpper && ORDINARY_WORDS.has(wordAt(tokens, i))) || TEXT_SPEAK.has(t.text))) return 'no';
    if ((t.text === 'a' || t.text === 'i') && ctx.p.folded[t.end] !== '.') return 'no';
    return { match };
  }
  if (form === 'title_family') return { match };

  for (let k = i; k <= last; k++) if (!ORDINARY_WORDS.has(wordAt(tokens, k))) return { match };

  const prev = ctx.prev(i);
  const next = ctx.next(last);
  const head = wordAt(tokens, i);
  // a name on lost property: "name tape says FISHER", "labelled Rose Hill"
  if (ctx.nameTapeBefore(i)) return { match };
  // an award list, even where the name is a month after the year's number: "Year 2: May – in May we…"
  if (ctx.capitalised(i) && form === 'given' && ctx.afterYearColon(i)) return { match };
  // "Will" followed by what no "will" the verb takes: "Will was so proud"; or after a word no verb follows, doing
  // something: "so proud of will getting into the choir" (not "I will fucking end you")
  if (head === 'will' && form === 'given' && next !== undefined && !(prev !== undefined && WILL_THE_NOUN.has(prev))) {
    // but "I know lads who will, and they…" ends a clause with the verb: "and" after a comma joins clauses, not names
    const andClause = next === 'and' && (ctx.commaAfter(last) || (prev !== undefined && SUBJECTS_OF_WILL.has(prev)));
    // "Yes I will, can you send the form?": "will" after its subject is the verb, whatever follows the comma
    const verbAfterSubject = prev !== undefined && SUBJECTS_OF_WILL.has(prev) && ctx.commaAfter(last);
    if ((NOT_AFTER_MODAL.has(next) && !andClause && !verbAfterSubject) || (prev !== undefined && PREPOSITIONS.has(prev) && next.length > 5 && next.endsWith('ing'))) return { match };
  }
  // a count noun needs an article, so one that starts a sentence bare and does something is a name: "Mason will not
  // be coming on the trip", "Daisy has a new baby brother" (not "Hope will", "Summer is", which need none)
  if (ctx.capitalised(i) && form === 'given' && BARE_COUNT.has(head) && next !== undefined && SUBJECT_VERBS.has(next) && !COPULAS.has(next) && (ctx.sentenceInitial(i) || ctx.afterColon(i))) return { match };
  // what a child has, after their name's possessive: "Jack's project was brilliant", "well done to Rose's team" (not
  // "Summer's project", "May's team", of a season or a month)
  if (match.possessive && (ctx.capitalised(i) || !anyUpper) && form === 'given' && next !== undefined && OWNED_BY_A_CHILD.has(next) && !MONTHS.has(head) && !SEASONS.has(head) && !VALUES.has(head)) return { match };
  // a month, a class, a place or a thing, whatever comes before
  if (next !== undefined && THING_AFTER.has(next)) return 'no';
  // a class the text names as one, said again without the word: "Willow class (Year 1): 97.8%, the trophy has now
  // been in Willow for three weeks"
  if (!cue && form === 'given' && i === last && prev !== undefined && IN_A_CLASS.has(prev) && ctx.namesAClass(head)) return 'no';
  if (!cue && form === 'given' && i === last && ctx.inGroupList(i)) return 'no';
  // a team or a house named for a tree or a virtue: "Congratulations to Team Willow, who won the relay"
  if (prev !== undefined && TEAM_BEFORE.has(prev) && ctx.capitalised(i - 1)) return 'no';
  if (MONTHS.has(head) && ((prev !== undefined && (MONTH_CONTEXT.has(prev) || NUMBER.test(prev))) || (next !== undefined && (NUMBER.test(next) || MONTH_AFTER.has(next))))) return 'no';
  if (MONTHS.has(head) && match.possessive && next !== undefined && MONTH_THINGS.has(next)) return 'no';
  const capital = ctx.capitalised(i);
  // a family by its name, written as one: "that Turner lad", "the Baker twins", "The Price family" (the word small, "the
  // baker boy", is the trade)
  if (capital && form === 'family' && i === last && prev !== undefined && THE_FAMILY_BEFORE.has(prev) && next !== undefined && PERSON_AFTER_THE.has(next) && ctx.spaced(last, last + 1)) return { match };
  if (!cue && !match.possessive && yearRefEnd === undefined && form !== 'full') {
    // an ordinary-word surname after another capitalised word is the end of someone else's name
    // or a place: "Jack Frost", "May Hill", "Bethnal Green", "Tinker Bell"
    if (form === 'family' && i > 0 && ctx.spaced(i - 1, i) && ctx.capitalised(i - 1)) return 'no';
    // an ordinary-word name before a capitalised word that begins no name on the roll is a title
    // or a place: "Summer Reading Challenge", "Ruby Wedding", "Jack Russell", "Hill Top Farm"
    if (next !== undefined && ctx.spaced(last, last + 1) && ctx.capitalised(last + 1) && !ctx.trie.starts(next)) return 'no';
  }

  if (last > i && capital && ctx.capitalised(last) && !ctx.titleCase(i)) return { match };
  if (cue && (capital || !anyUpper)) return { match };
  // said to the child, in lower case: "Well done rose!!" (but "goodbye summer!", "well done star!")
  if (cue && ctx.endsSentence(last) && !NOT_VOCATIVE.has(head)) return { match };
  // "Grace's", "Grace in Year 4", and "lily from year 6" in a text in lower case but for one name; but a word written
  // small in a text with capitals, with only a possessive or a class after it, is the word: "we talked about hope in
  // class today", "the colour green in class", "the baker's van"
  if (yearRefEnd !== undefined && ctx.yearNumbered(last, yearRefEnd)) return { match };
  if ((match.possessive || yearRefEnd !== undefined) && (capital || !anyUpper)) return { match };
  // "Will and May from the school council", "Jack in my class said…" (but "Hope in the team is high")
  if ((capital || !anyUpper) && ctx.groupAfter(last, VALUES.has(head))) return { match };
  // doing what only a person does: "Ivy asked the guide", "Rose said" (not "May is mental health month")
  if (capital && form === 'given' && next !== undefined && DONE_BY_A_PERSON.has(next) && ctx.spaced(last, last + 1)) return { match };
  // in a state only a person is in: "Daisy was upset all weekend", "Rose got pushed at break" (not "Summer was hot")
  if ((capital || !anyUpper) && form === 'given' && next !== undefined && STATE_VERBS.has(next) && ctx.spaced(last, last + 1) && personState(ctx, last + 1)) return { match };
  // said to be a child: "Rose is such a kind girl", "Hope's a lovely lad" (not "May is a busy month")
  if (capital && form === 'given' && next !== undefined && (next === 'is' || next === 'was') && ctx.spaced(last, last + 1) && saidToBeAChild(ctx, last + 1)) return { match };
  // an award list: "Year 2: May, for never giving up", "Year 3: Rose for her poem"
  if (capital && form === 'given' && ctx.afterYearColon(i)) return { match };
  // doing something of their own, said with their pronoun: "Summer brought in a photo of her hamster", "Grace looks
  // like she…", "Mason smells like wee and his mum…" (not "Hope is fading for her", "May brings her blossom")
  if (capital && form === 'given' && next !== undefined && DEEDS.has(next) && ctx.spaced(last, last + 1) && ctx.pronounAfter(last + 1)) return { match };
  // placed in a picture: "Is that Summer on the left in the photo?", "Rose in the middle" (no season or flower stands
  // on the left of a photo)
  // (not "Hope in the middle of the storm", "Hope in the end")
  if (capital && form === 'given' && (next === 'on' || next === 'in') && ctx.spaced(last, last + 1) && ctx.next(last + 1) === 'the' && IN_A_PICTURE.has(ctx.next(last + 2) ?? '') && ctx.next(last + 3) !== 'of' && !(next === 'in' && ctx.next(last + 2) === 'end')) return { match };
  // "Ivy came home singing", "Rose came first in the egg and spoon"
  if (capital && form === 'given' && next === 'came' && COME_TO.has(ctx.next(last + 1) ?? '')) return { match };
  // one of two people doing something: "Holly and I are off for a mulled wine", "Grace and me went" (not "Summer and I")
  if (capital && form === 'given' && next === 'and' && !NOT_VOCATIVE.has(head) && !VALUES.has(head) && (ctx.next(last + 1) === 'i' || ctx.next(last + 1) === 'me')) return { match };
  // said to them at the start of a sentence: "Will, you're a legend!" (but "Summer, you were glorious")
  if (capital && !NOT_VOCATIVE.has(head) && ctx.vocative(i, last)) return { match };
  // and without the comma, by a name no one says to a thing: "Lily ur so ugly", "Jack you're next" (not "Hope you're
  // well", "Will you help?", "Mark your calendars", where the name is a verb)
  if (capital && form === 'given' && BARE_COUNT.has(head) && !IMPERATIVE_NAMES.has(head) && next !== undefined && SAID_TO_BARE.has(next) && ctx.spaced(last, last + 1) && ctx.sentenceInitial(i)) return { match };
  const valueList = VALUES.has(head) && ((prev !== undefined && VALUES.has(prev)) || (next !== undefined && VALUES.has(next)) || nearValue(ctx, i, last));
  // a capital that is not title case is emphasis, not a name: "we WILL be doing a nativity" (a name shouted in praise
  // has its cue: "Well done WILL!")
  const weak = capital && !ctx.shouted(i) && !ctx.sentenceInitial(i) && !ctx.titleCase(i) && !MONTHS.has(head) && head !== 'art' && !valueList && !(prev !== undefined && ORDINARY_BEFORE.has(prev) && prev !== 'and' && prev !== 'with');
  if (weak) return { match };
  return { match, pending: true };
}

/** what THING_AFTER names that a child has, after their name's possessive: "Jack's project" */
const OWNED_BY_A_CHILD = new Set(['project', 'team', 'group', 'table', 'house', 'class']);
const SEASONS = new Set(['summer', 'spring', 'autumn', 'winter']);

/** "was", "got": what a person's state follows ("Daisy was upset") */
const STATE_VERBS = new Set(['is', 'was', 'got', 'gets', 'has', 'had', 'feels', 'felt', 'seemed', 'seems', 'looked', 'looks']);
/** states no season, flower, virtue or month is in */
const PERSON_STATES = new Set(['upset', 'crying', 'sobbing', 'tearful', 'distraught', 'devastated', 'heartbroken', 'gutted', 'scared', 'terrified', 'frightened', 'bullied', 'pushed', 'punched', 'kicked', 'bitten', 'slapped', 'shoved', 'excluded', 'suspended', 'poorly', 'unwell', 'ill', 'sick', 'feverish', 'lonely', 'homesick', 'embarrassed', 'humiliated', 'grounded', 'traumatised', 'anxious', 'nervous', 'shy', 'teased', 'picked', 'told']);
/** how a person behaves, which no season, flower, virtue or month does: "Grace has been so unkind to my son" */
const PERSON_MANNERS = new Set(['unkind', 'mean', 'rude', 'naughty', 'spiteful', 'cheeky', 'bossy']);
/** words between the verb and the state: "has been so unkind", "was really upset" */
const STATE_FILLERS = new Set(['been', 'so', 'really', 'very', 'quite', 'a', 'bit', 'little', 'being', 'getting', 'feeling']);

/** Whether, just after token k (the verb), the one named is said to be in a person's state: "was upset", "has been so unkind". */
function personState(ctx: Context, k: number): boolean {
  for (let j = k, steps = 0; steps < 4; steps++, j++) {
    const word = ctx.next(j);
    if (word === undefined) return false;
    if (PERSON_STATES.has(word) || PERSON_MANNERS.has(word)) return true;
    if (!STATE_FILLERS.has(word)) return false;
  }
  return false;
}

/** the nouns that say the one named is a child */
const CHILD_NOUNS = new Set(['girl', 'boy', 'lad', 'lass', 'kid', 'child', 'pupil', 'toddler', 'baby']);

/** Whether, a few words after token k ("is"), a child noun says what the one named is: "is such a kind girl". */
function saidToBeAChild(ctx: Context, k: number): boolean {
  for (let j = k, steps = 0; steps < 5; steps++) {
    const word = ctx.next(j);
    if (word === undefined) return false;
    // "a girl's name" says what the word is, not the one named
    if (CHILD_NOUNS.has(word)) return ctx.tokens[j + 1]!.possessiveEnd === undefined;
    j++;
  }
  return false;
}

/** where someone stands in a photo or video: "on the left", "in the middle", "in the photo" */
const IN_A_PICTURE = new Set(['left', 'right', 'end', 'middle', 'front', 'photo', 'picture', 'pic', 'video', 'photos', 'pictures']);

/** a word as the roster's trie read it: with digits for letters read as letters ("h0pe" is "hope") */
const wordAt = (tokens: readonly Token[], k: number) => tokens[k]!.leet ?? tokens[k]!.text;

/** "Faith, Hope and Love": a value among other values, two words either side */
function nearValue(ctx: Context, i: number, last: number): boolean {
  for (const k of [i - 2, i - 1, last + 1, last + 2]) if (k >= 0 && k < ctx.tokens.length && k !== i && VALUES.has(ctx.tokens[k]!.text)) return true;
  return false;
}
