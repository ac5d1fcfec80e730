// The checker's reading of meaning: a second reading, after the words, for threats, hate and bullying worded in ways no rule or
// learned word weight knows ("One morning it won't", "people like that shouldn't be teaching our kids").
//
// Each sentence is turned into 512 numbers by a pretrained sentence encoder (core/encoder), which places sentences that
// mean alike close together whatever their words; a logistic regression per category, trained on the labelled sets
// (npm run train:meaning), weighs those numbers. The encoder takes milliseconds a sentence, too slow for the checker's
// pass over a text, so the encoding happens outside core (the server runs it off its main thread) and this file only
// splits the text into sentences and weighs the numbers it is given: pure, and fast.
//
// The sense is then weighed together with what the learned words reading makes of the same sentence (words.ts): each
// head's blend, fitted on training sets neither reading learned from, gives the final log-odds.
//
// What it finds is a warning with the reason "the sense reads like…": a person reads the sentence. It never adds to a
// sentence where the rules already found the same category, so it only ever adds what they missed. In an official post
// it reads only the sentences that quote or report someone else (others-words.ts): the school's own voice is left alone;
// and what the post quotes is read on its own as well, as the words someone wrote, without the school's framing.
//
// The sense also has a say over the learned words reading's own warnings (senseVetoes): where a sentence's sense is
// plainly harmless, its words alone ("stock cupboard", "receptionist") do not warn of threats, bullying or sexual content.
import { prepare, originalSpan } from '../normalise.js';
import { tokenise } from '../categories/offensive-tokens.js';
import { streamWords, wordEnd } from '../categories/stream-words.js';
import { isLearnedFinding, raiseFor, sentencesOf, type LearnedCategory } from '../categories/learned.js';
import type { Finding, TextKind } from '../types.js';
import { MEANING_HEADS, VETO_ONLY_HEADS, type MeaningCategory } from './heads.js';
import { AT_RISK_HEAD } from './at-risk-head.js';
import { SIDEWAYS_THREAT_HEAD } from './sideways-threat-head.js';
import { SIDEWAYS_HATE_HEAD } from './sideways-hate-head.js';
import { accidentWarning } from '../categories/accident-warning.js';
import { everydayHyperbole, gameTalk, warmJoke } from '../categories/everyday-hyperbole.js';
import { wordsLogOdds } from './words.js';
import { displayOrder, reversedRuns, storedSpan } from '../display-order.js';
import { carriesOthersWords } from '../others-words.js';
import { quotedPassages } from '../quotations.js';

export type { MeaningCategory };
export const MEANING_CATEGORIES = Object.keys(MEANING_HEADS) as MeaningCategory[];

/** The number of values the encoder gives a sentence, which the heads are trained for. */
export const MEANING_DIMENSIONS = 512;

export interface MeaningHead {
  /** one weight per dimension of the sentence's encoding: with the bias, the log-odds its sense gives */
  weights: readonly number[];
  bias: number;
  /** the final log-odds: these weights on the sense's log-odds and the words reading's (words.ts), plus a bias */
  blend: { meaning: number; words: number; bias: number };
  /** the lowest probability that counts as a finding, chosen on labelled sets the head was not trained on */
  threshold: number;
  /** below this probability from the sense alone, the learned words reading's own warning of the category is dropped (senseVetoes) */
  veto: number;
}

/**
 * A sense read on its own, with no blend, trained on the blind writers' lists for what the labelled sets hold too few of:
 * - a writer who may be at risk of harming themselves (at-risk-head.ts, train:at-risk): a sentence in the first person
 *   that reads like the warning signs (a goodbye, a plan, being a burden, not being around), said in words no rule
 *   knows; what it finds is filed as a threat, with a reason that says to tell the safeguarding lead today;
 * - a threat said sideways (sideways-threat-head.ts, train:sideways): a sentence the threat head passed that reads like
 *   the threats of the lists' writers (a prediction, a question, someone's routine, what "people" might do);
 * - hate said without the words the checker knows (sideways-hate-head.ts, train:sideways -- hate): a sentence the hate
 *   head passed that reads like the lists' hate (replacement talk, tropes, "concern", mockery of disability).
 */
export interface SenseHead {
  weights: readonly number[];
  bias: number;
  /** the least log-odds that counts (raised for a long text, as the other heads' are) */
  threshold: number;
}

/** A sense read only to overrule the words reading (sexual content, which has no head that adds: a sense and its veto). */
export type VetoHead = Pick<MeaningHead, 'weights' | 'bias' | 'veto'>;

/**
 * The longest piece of text encoded as one sentence, in UTF-16 units. The encoder's cost grows with the square of a
 * sentence's length (a 50,000-character run-on took seven seconds), and a sentence this long is several anyway.
 */
export const MAX_SENTENCE = 400;

/**
 * The span of each sentence of a text, in UTF-16 offsets into it, split as the learned reading splits them; a sentence
 * longer than MAX_SENTENCE is cut into pieces at spaces (or anywhere, if it has none), each read on its own.
 */
export function meaningSentences(text: string, kind: TextKind): { start: number; end: number }[] {
  const p = prepare(text, kind);
  const { stream } = tokenise(p.folded);
  const w = streamWords(stream.text);
  return sentencesOf(w).flatMap((s) => piecesOf(text, originalSpan(p, stream.start[w.at[s.first]!]!, stream.end[wordEnd(w, s.end - 1) - 1]!)));
}

function piecesOf(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) {
      cut = start + MAX_SENTENCE;
      // never between the two halves of a character outside the Basic Multilingual Plane
      if (/[\uDC00-\uDFFF]/.test(text[cut]!)) cut--;
    }
    out.push({ start, end: text.slice(start, cut).trimEnd().length + start });
    start = cut;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (span.end > start) out.push({ start, end: span.end });
  return out;
}

/** The log-odds a sentence's sense gives for the head's category, from its encoding alone. */
export function senseLogOdds(head: Pick<MeaningHead, 'weights' | 'bias'>, encoding: ArrayLike<number>): number {
  let z = head.bias;
  for (let i = 0; i < head.weights.length; i++) z += head.weights[i]! * encoding[i]!;
  return z;
}

/**
 * The probability, between 0 and 1, that a sentence is of the head's category: its sense (the encoding) and its words
 * (the learned words reading's log-odds for the category) weighed by the head's blend.
 */
export function meaningScore(head: MeaningHead, encoding: ArrayLike<number>, wordsLogOdds: number): number {
  const z = head.blend.meaning * senseLogOdds(head, encoding) + head.blend.words * wordsLogOdds + head.blend.bias;
  return 1 / (1 + Math.exp(-z));
}

const REASONS: Record<MeaningCategory, string> = {
  threat: 'The sense of this sentence reads like a threat, though none of the words the checker knows says so (a reading of meaning, learned from school texts): read it before it goes out.',
  hate: 'The sense of this sentence reads like hate against a group, though none of the words the checker knows says so (a reading of meaning, learned from school texts): read it before it goes out.',
  bullying: 'The sense of this sentence reads like bullying of a person, though none of the words the checker knows says so (a reading of meaning, learned from school texts): read it before it goes out.',
};

/** what the at-risk head's finding says: as the rules' own at-risk finding, with how it was read */
export const AT_RISK_MEANING_REASON =
  'The sense of this sentence reads like someone who may be thinking of harming themselves, though none of the words the checker knows says so (a reading of meaning, learned from texts written for it): tell the safeguarding lead (DSL) today, and do not just delete it.';

/**
 * The writer speaking of themselves: "I", "I'm", "I'll", "me", "my", "myself". The at-risk head reads only such
 * sentences: without the writer in them, half its warnings were hate and bullying read as someone at risk
 * (docs/checker-learned-reading.md, thirtieth session).
 */
const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:i|im|i['’]m|ive|i['’]ve|ill|i['’]ll|me|my|myself)(?![\p{L}\p{N}])/iu;
/**
 * The fewest words a sentence needs for the at-risk head to read it: the sense of "I can't" or "Sorry mum" alone is
 * anyone's (on the read sets, "I can't" was one of its false warnings), and the rules read such words with the
 * sentences around them.
 */
const AT_RISK_LEAST_WORDS = 4;
/** The fewest words a sentence needs for the sideways heads (threat, hate) to read it, as for the at-risk head. */
const SIDEWAYS_LEAST_WORDS = 4;
const wordCount = (sentence: string) => sentence.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;

export interface MeaningInput {
  /** the text the sentences are in */
  text: string;
  /** the sentences' spans, as meaningSentences gives them */
  sentences: readonly { start: number; end: number }[];
  /** each sentence's encoding, in the same order */
  encodings: readonly ArrayLike<number>[];
  /** what the checker already found in the text: a sentence with a finding of a category gets no second one */
  found: readonly Pick<Finding, 'category' | 'start' | 'end'>[];
  /** sentences the school has allowed (a phrase it allowed is in them): read, but never flagged */
  allowed?: (span: { start: number; end: number }) => boolean;
  heads?: Readonly<Record<MeaningCategory, MeaningHead>>;
  /** the head for a writer at risk: the shipped one where the shipped heads are read, none where others are given */
  atRisk?: SenseHead | null;
  /** the head for a threat said sideways, read where neither the threat head nor the at-risk head found one: as atRisk, the shipped one by default */
  sideways?: SenseHead | null;
  /** the head for hate said without the words the checker knows, read where the hate head found none: as sideways */
  hateSideways?: SenseHead | null;
  /** how many sentences the text has, where only some of them are given: each must be surer in a long text (raiseFor) */
  textSentences?: number;
}

/** Whether the findings of a category cover at least half of a sentence (a short phrase found leaves the rest to be read). */
function coveredHalf(found: MeaningInput['found'], category: MeaningCategory, span: { start: number; end: number }): boolean {
  let covered = 0;
  let reach = span.start;
  for (const f of found.filter((x) => x.category === category && x.start < span.end && span.start < x.end).sort((a, b) => a.start - b.start)) {
    const from = Math.max(f.start, reach);
    const to = Math.min(f.end, span.end);
    if (to > from) covered += to - from;
    reach = Math.max(reach, to);
  }
  return covered * 2 >= span.end - span.start;
}

/** The warnings of the reading of meaning, one a sentence and category, for sentences the rules found nothing of that category in. */
export function readMeaning({ text, sentences, encodings, found, allowed, heads = MEANING_HEADS, atRisk = heads === MEANING_HEADS ? AT_RISK_HEAD : null, sideways = heads === MEANING_HEADS ? SIDEWAYS_THREAT_HEAD : null, hateSideways = heads === MEANING_HEADS ? SIDEWAYS_HATE_HEAD : null, textSentences = sentences.length }: MeaningInput): Finding[] {
  if (encodings.length !== sentences.length) throw new Error(`${sentences.length} sentences but ${encodings.length} encodings`);
  const out: Finding[] = [];
  // a long text's sentences must each be surer, as the learned words reading's must (raiseFor)
  const raise = raiseFor(textSentences);
  const logit = (p: number) => Math.log(p / (1 - p));
  sentences.forEach((span, i) => {
    const encoding = encodings[i]!;
    let words: ReturnType<typeof wordsLogOdds> | undefined;
    const sentence = text.slice(span.start, span.end);
    // "someone is going to get hurt" of a car park warns of an accident (categories/accident-warning.ts)
    let notThreat: boolean | undefined;
    const everyday = () => (notThreat ??= accidentWarning(sentence, text) || everydayHyperbole(sentence) || gameTalk(text, span.start, span.end) || warmJoke(text, span.start, span.end));
    // what the sense of a head of its own says, at its bar; the sentence's words counted once, for the heads that need four
    let counted: number | undefined;
    const saysSo = (head: SenseHead | null, least: number) => head !== null && (counted ??= wordCount(sentence)) >= least && senseLogOdds(head, encoding) >= head.threshold + raise;
    const warned = new Set<MeaningCategory>();
    const warn = (category: MeaningCategory, reason: string) => {
      out.push({ category, start: span.start, end: span.end, severity: 'warning', reason });
      warned.add(category);
    };
    // a writer at risk first: where both read the sentence, its reason is the one that says to tell the DSL today
    // a writer at risk first: where both read the sentence, its reason is the one that says to tell the DSL today
    if (!coveredHalf(found, 'threat', span) && FIRST_PERSON.test(sentence) && saysSo(atRisk, AT_RISK_LEAST_WORDS) && !everyday() && !allowed?.(span)) warn('threat', AT_RISK_MEANING_REASON);
    for (const category of Object.keys(heads) as MeaningCategory[]) {
      if (coveredHalf(found, category, span)) continue;
      if (category === 'threat' && (warned.has('threat') || everyday())) continue;
      words ??= wordsLogOdds(sentence);
      if (logit(meaningScore(heads[category], encoding, words[category])) < logit(heads[category].threshold) + raise) continue;
      if (allowed?.(span)) continue;
      warn(category, REASONS[category]);
    }
    // the sideways heads last, each read only where nothing above warned of its category, at its own bar
    if (!warned.has('hate') && !coveredHalf(found, 'hate', span) && saysSo(hateSideways, SIDEWAYS_LEAST_WORDS) && !allowed?.(span)) warn('hate', REASONS.hate);
    if (!warned.has('threat') && !coveredHalf(found, 'threat', span) && saysSo(sideways, SIDEWAYS_LEAST_WORDS) && !everyday() && !allowed?.(span)) warn('threat', REASONS.threat);
  });
  return out;
}

/**
 * The learned words reading's own warnings that the sense overrules: those every encoded sentence under which gives
 * their category a probability below its head's veto. The words reading weighs each word by the few texts it was seen
 * in, so a sentence of ordinary words that happened to be in spam or abuse ("The stock cupboard is finally organised")
 * can pass its threshold; the sense of such a sentence is plainly harmless. The veto is low (about one in twenty): on
 * the labelled sets neither reading learned from, threat, bullying and sexual content lost 2 labels for 19 false alarms
 * (docs/checker-learned-reading.md); hate's veto is nought, as it lost as many labels as false alarms. A warning with no
 * encoded sentence under it (the school's own voice in an official post) stands.
 */
export function senseVetoes<F extends Pick<Finding, 'category' | 'reason' | 'start' | 'end'>>(
  found: readonly F[],
  sentences: readonly { start: number; end: number }[],
  encodings: readonly ArrayLike<number>[],
  heads: Readonly<Partial<Record<LearnedCategory, VetoHead>>> = VETO_HEADS,
): Set<F> {
  const out = new Set<F>();
  for (const f of found) {
    const head = heads[f.category as LearnedCategory];
    if (!head || !isLearnedFinding(f)) continue;
    const under = sentences.flatMap((s, i) => (s.start < f.end && f.start < s.end ? [encodings[i]!] : []));
    if (under.length > 0 && under.every((e) => 1 / (1 + Math.exp(-senseLogOdds(head, e))) < head.veto)) out.add(f);
  }
  return out;
}

/** The heads whose sense may overrule the words reading: every head that adds, and those that only overrule. */
export const VETO_HEADS: Readonly<Partial<Record<LearnedCategory, VetoHead>>> = { ...VETO_ONLY_HEADS, ...MEANING_HEADS };

/**
 * The checker's findings the reading of meaning starts from: all of them, except in an official post the learned words
 * reading's own threat and hate warnings, which are left to the reading of meaning to make again or not. It weighs the
 * same words with the sentence's sense, and the words alone warn on inclusive posts ("we offer interpreters in Polish
 * and Urdu"), which staff write far more often than hate. On the sets nothing is tuned on, that found the same labels
 * with five fewer false alarms (docs/checker-learned-reading.md).
 */
export function startingFindings<F extends Pick<Finding, 'category' | 'reason'>>(found: readonly F[], kind: TextKind): F[] {
  if (kind !== 'official_post') return [...found];
  return found.filter((f) => !((f.category === 'threat' || f.category === 'hate') && isLearnedFinding(f)));
}

/** Turns sentences into encodings: the sentence encoder, wherever it runs (core/encoder, or a worker thread in the server). */
export type Encode = (sentences: string[]) => Promise<ArrayLike<number>[]>;

/** Letters and digits only, one space between words: how a sentence and an allowed phrase are compared. */
const plain = (s: string) => ` ${prepare(s, 'comment').folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** Whether a span of the text holds one of the school's allowed words or phrases, as a whole word. */
export function allowedBy(text: string, allow: readonly string[]): (span: { start: number; end: number }) => boolean {
  const phrases = allow.map(plain).filter((p) => p.trim() !== '');
  if (phrases.length === 0) return () => false;
  return (span) => {
    const sentence = plain(text.slice(span.start, span.end));
    return phrases.some((p) => sentence.includes(p));
  };
}

/**
 * The most characters of one text whose sense is read: about three seconds of the encoder on the development machine
 * (a 2,000-character text takes about a quarter of a second), against the minutes a 50,000-character text of short
 * sentences would hold the one encoder every school's checks share. A longer text has its sentences read up to this
 * for their sense, and all of it for its words, and the check says so.
 */
export const MAX_MEANING_CHARACTERS = 20_000;

/** What the reading of meaning made of a text: the findings, and how many of its sentences it read for their sense. */
export interface MeaningRead {
  findings: Finding[];
  /**
   * the text's sentences, and how many of them, from the first, were read (fewer when the text is over
   * MAX_MEANING_CHARACTERS); an official post's sentences in the school's own voice count as read, though they need no encoding
   */
  sentences: number;
  read: number;
}

/**
 * The checker's findings with the reading of meaning's added, in text order: the text split into sentences, the
 * sentences encoded, the heads applied to those the rules found nothing of their category in. `allow` is the school's
 * allowed words and phrases: a sentence with one in it is not flagged.
 */
export async function withMeaning(text: string, kind: TextKind, found: readonly Finding[], encode: Encode, allow: readonly string[] = []): Promise<Finding[]> {
  return (await readMeaningOf(text, kind, found, encode, allow)).findings;
}

/** withMeaning, saying too how much of the text was read for its sense. */
export async function readMeaningOf(text: string, kind: TextKind, found: readonly Finding[], encode: Encode, allow: readonly string[] = []): Promise<MeaningRead> {
  // a text with a right-to-left override is read as a screen shows it, as the rules read it (check.ts): stored
  // backwards, its words would mean nothing to the encoder. Reversing a run keeps its bounds, so a span maps either way.
  const runs = text.includes('\u202e') ? reversedRuns(text) : [];
  const shown = runs.length > 0 ? displayOrder(text, runs) : text;
  const all = meaningSentences(shown, kind);
  const budgeted = withinBudget(all);
  const { sentences, passages } = kind === 'official_post' ? othersWordsIn(shown, budgeted) : { sentences: budgeted, passages: [] };
  const kept = startingFindings(found, kind);
  if (sentences.length + passages.length === 0) return { findings: [...kept], sentences: all.length, read: budgeted.length };
  const encodings = await encode([...sentences, ...passages].map((s) => shown.slice(s.start, s.end)));
  const keptAsShown = runs.length > 0 ? kept.map((f) => ({ ...f, ...storedSpan(shown, f.start, f.end, runs) })) : kept;
  const allowed = allowedBy(shown, allow);
  // the sense heads of their own (at risk, sideways) only in comments and personal posts
  const own = senseHeadsFor(kind);
  const inSentences = readMeaning({ text: shown, sentences, encodings: encodings.slice(0, sentences.length), found: keptAsShown, allowed, ...own, textSentences: budgeted.length });
  const inPassages = readMeaning({ text: shown, sentences: passages, encodings: encodings.slice(sentences.length), found: [...keptAsShown, ...inSentences], allowed, ...own, textSentences: budgeted.length });
  const added = [...inSentences, ...inPassages];
  const addedAsStored = runs.length > 0 ? added.map((f) => ({ ...f, ...storedSpan(text, f.start, f.end, runs) })) : added;
  // the overruled warnings still count as found above, so the blend does not warn again on the sentence the sense cleared
  const overruled = senseVetoes(keptAsShown, [...sentences, ...passages], encodings);
  const standing = kept.filter((_, i) => !overruled.has(keptAsShown[i]!));
  return { findings: [...standing, ...addedAsStored].sort((a, b) => a.start - b.start || a.end - b.end), sentences: all.length, read: budgeted.length };
}

/**
 * The sense heads of their own read in a kind of text: the shipped ones (undefined, readMeaning's defaults) in a comment
 * or a personal post, none in an official post. A writer at risk writes a comment or a post of their own; an official
 * post is the school's, and what it quotes of someone at risk is not the school's to publish whatever its sense (the
 * threat head still reads it). The sideways heads, for threats and for hate, learned from comments and personal posts,
 * and are read where the at-risk head is.
 */
export function senseHeadsFor(kind: TextKind): { atRisk: null | undefined; sideways: null | undefined; hateSideways: null | undefined } {
  return kind === 'official_post' ? { atRisk: null, sideways: null, hateSideways: null } : { atRisk: undefined, sideways: undefined, hateSideways: undefined };
}

/**
 * What an official post has of other people's words, to be read for its sense: the sentences that quote or report
 * someone (others-words.ts; the rest is the school's own voice), and the quotations themselves, read on their own as the
 * words someone wrote, without the school's framing. The quotations share the sentences' budget, so a post of nothing
 * but quotation costs the encoder no more than any other text.
 */
function othersWordsIn(text: string, budgeted: readonly { start: number; end: number }[]): { sentences: { start: number; end: number }[]; passages: { start: number; end: number }[] } {
  const sentences = budgeted.filter((s) => carriesOthersWords(text.slice(s.start, s.end)));
  const readTo = budgeted.length > 0 ? budgeted[budgeted.length - 1]!.end : 0;
  let spare = MAX_MEANING_CHARACTERS - sentences.reduce((n, s) => n + s.end - s.start, 0);
  const passages = quotedPassages(text)
    .filter((q) => q.start < readTo)
    .flatMap((q) => piecesOf(text, q))
    .filter((q) => (spare -= q.end - q.start) >= 0);
  return { sentences, passages };
}

/** The first sentences whose characters together are within MAX_MEANING_CHARACTERS. */
function withinBudget(sentences: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  let characters = 0;
  let n = 0;
  while (n < sentences.length && (characters += sentences[n]!.end - sentences[n]!.start) <= MAX_MEANING_CHARACTERS) n++;
  return sentences.slice(0, n);
}
