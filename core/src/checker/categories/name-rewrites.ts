// What to write instead of the names in a sentence. Each name used to get its own rewrite of its sentence, so a
// sentence with two children gave two rewrites that each still named the other ("Congratulations to a Year 4 pupil
// and Aisha Begum"): writing either in still named a child. Now every name to be rewritten in a sentence is rewritten
// at once, and each of those findings offers the same sentence. Beyond that:
// - a list of names becomes one stand-in ("Theo, Oscar and Priya from Year 5" -> "three Year 5 pupils");
// - a name that only says again who is meant is left out ("My son Jack has" -> "My son has"; "our new pupil, Kai, who"
//   -> "our new pupil, who");
// - an initial's full stop goes with the name ("Freya N. for" -> "a Year 6 pupil for"), not read as the sentence's end;
// - a name in a hashtag or handle: the tag is taken out where it is one of the tags that end a post ("… today
//   #GoJackWilson #proud"), and those tags are read with the sentence before them; a tag that is just the name, in the
//   sentence, becomes the stand-in ("Well done #JackWilson" -> "Well done to a Year 3 pupil"); a tag with other words
//   in it, in the sentence ("Cheering on #GoJackWilson today"), has no plain rewrite, so none is offered.

import { originalSpan } from '../normalise.js';
import type { Finding, Prepared, TextKind } from '../types.js';
import type { NameMatch, Person } from './roster-matcher.js';
import { endsSentence, endsSentenceAt, onlyTagsTo, SENTENCE_RUNS_INTO } from './rewrite-text.js';

/** the sentence rewritten, or, where a name is in a tag with no plain rewrite, what to do */
export type Rewrite = Required<Pick<Finding, 'suggestion' | 'replaces'>> | Required<Pick<Finding, 'advice'>>;

/**
 * How far either side of a name its rewrite reaches at most: a sentence longer than this (a long text with no full
 * stop) is cut at a word, so a text of a thousand names is not a thousand copies of itself. Names further apart than
 * this in one sentence get rewrites of their own.
 */
const REACH = 500;

const TAKES_TO = new Set(['well done', 'congratulations', 'congrats', 'thanks', 'thank you', 'thankyou', 'shout out', 'shoutout', 'happy birthday', 'good luck', 'well played', 'great job', 'great work', 'good job', 'amazing work', 'brilliant work', 'fantastic work', 'kudos', 'credit', 'hats off']);

// module-level, since a regular expression literal in a function is a new object each time it runs
const POSSESSIVE_AFTER = /^['\u2019\u02bc`]s?/;
const TO_BEFORE = /\bto\s+(?:\S+\s+)?$/i;
const TRAILING_PUNCTUATION = /[,:]?\s*$/;
const WHITESPACE = /\s/;
const FAMILY_AFTER = /^(\s+family)(?![a-z])/i;
const THE_BEFORE = /\bthe\s+$/i;
/** what may stand between two names of one list: a comma, "and", "&" */
const LIST_BETWEEN = /^\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)$/i;
/**
 * A person named just after the words that already say who they are to the writer ("my son", "our new pupil,"): the
 * name adds nothing a reader needs, so the rewrite leaves it out rather than writing "my son a Year 3 pupil" or "our
 * headteacher, a member of staff,".
 */
const SAYS_WHO_BEFORE =
  /\b(?:my|our|his|her|their|your|ur|the)\s+(?:[a-z]+['\u2019]s\s+)?(?:(?:little|eldest|youngest|oldest|older|younger|middle|big|baby|twin|only|new|lovely|wonderful|fantastic|brilliant|gorgeous|beautiful|amazing|clever|darling|precious|sweet|handsome|cheeky|favourite|class|form|deputy|acting|top|star|super|young|budding|best|work|reception|nursery|(?:year|yr|y)\s*\d{1,2}|ks[12]|class\s+\w+)\s+)*(?:son|daughter|child|boy|girl|grandson|granddaughter|grandchild|nephew|niece|stepson|stepdaughter|kid|twins|kids|children|sons|daughters|boys|girls|grandchildren|pupils?|students?|colleagues?|friends?|wife|husband|partner|bestie|mates?|teachers?|headteacher|head\s+teacher|head|headmaster|headmistress|principal|deputy|tutor|coach|ta|senco|dsl|caretaker|receptionist|secretary|bursar|librarian|cook|chef|cleaner|governors?|chair|nurse|counsellor|mentor|stars?|winners?|champions?|captains?|players?|readers?|writers?|bakers?|artists?|scientists?|mathematicians?|athletes?|runners?|swimmers?|singers?|dancers?|helpers?|monitors?|prefects?|ambassadors?|leaders?|performers?|musicians?|footballers?|gymnasts?)(?:\s+of\s+the\s+(?:day|week|month|term|year|match))?\s*,?\s*$/i;
/**
 * A sentence that opens with the people's part, many of them, and then their names: "Top bakers Aisha and Ruby won",
 * "Year 3 pupils Jack and Rose sang", which read as "Top bakers won" and "Year 3 pupils sang" without the names (one
 * alone, "Captain Jack led the team out", is left to the stand-in)
 */
const PART_OPENS =
  /^[\s>"'\u201c]*(?:(?:top|star|super|brilliant|fantastic|amazing|proud|young|budding|year\s+\d+|reception|ks[12]|class\s+\w+)\s+)*(?:pupils|students|stars|winners|champions|captains|players|readers|writers|bakers|artists|scientists|mathematicians|athletes|runners|swimmers|singers|dancers|helpers|monitors|prefects|ambassadors|leaders|performers|musicians|footballers|gymnasts)\s*,?\s*$/i;
/**
 * One person's part worn as a title before their name: "Captain Jack Wilson lifted the cup" reads "Our captain lifted
 * the cup", and "we cheered as captain Jack scored" "we cheered as our captain scored" (a stand-in after the part would
 * read "Captain a Year 3 pupil"); after "our" or "the" the part already says who it is (SAYS_WHO_BEFORE)
 */
const TITLE_BEFORE = /(?<![\p{L}])(captain|vice[- ]captain|skipper|head girl|head boy|star baker|star of the week|pupil of the week|player of the match|player of the season)\s*,?\s*$/iu;
const OPENING = /^[\s>"'\u201c]*$/;
/** the quote marks and spaces a sentence may open with */
const OPENING_MARKS = /^[\s>"'\u201c]*/;
/**
 * A name said to its child after a comma: "Get well soon, Finley!" reads "Get well soon to a Year 2 pupil!" after a
 * wish or thanks, and "Keep it up, Freya!" reads "Keep it up!" where nothing but the sentence's close follows the name
 * (a stand-in would read "Keep it up, a Year 6 pupil!").
 */
const ADDRESSED_AFTER = /,\s*$/;
const WISH_BEFORE = /(?:^|[^\p{L}])(?:get well soon|well done|congratulations|congrats|happy birthday|good luck|thank you|thanks|welcome back|welcome|bravo|great job|great work|good job)\s*,\s*$/iu;
const ONLY_THE_CLOSE = /^[^\p{L}\p{N}]*$/u;
/** "you" just before a name, as in "We'll miss you Mia!" (not "Thank you Mrs Jones.", which says who to: WISH_SAID_TO) */
const YOU_BEFORE = /(?:^|[^\p{L}'\u2019])(?<!thank\s+)(?:you|ya|u)\s+$/iu;
/**
 * A name the sentence opens by speaking to: "Mrs Sandhu if you see this, thank you" reads "If you see this, thank you",
 * "Finley, well done mate!" "Well done mate!" and "Mr Hughes can you look at the car park" "Can you look at the car
 * park": the person addressed is left out, as a stand-in ("A member of staff if you see this") reads as nobody writes.
 * After a comma the words a message to someone opens with; without one only those that cannot be the named person's
 * own verb ("Mrs Sandhu thanks the PTA", "Jack just scored", "Mrs Sandhu will be missed" keep their stand-in).
 */
/** words said to someone that cannot be the named person's own verb, with no pause before them: "Mrs Sandhu can you…" */
const SAID_TO_SOMEONE = String.raw`\s+(?=(?:thank you|thankyou|please|if|i|i'm|im|we|you|you're|hope you|(?:can|could|would|will|do|did|are|have) you)(?![\p{L}'\u2019]))`;
const ADDRESSED_OPENING = new RegExp(
  String.raw`^(?:\s*,\s*(?=(?:thank you|thanks|thankyou|well done|congratulations|congrats|happy|good luck|get well|welcome|please|sorry|hope|hi|hello|just|keep|i|i'm|im|we|we're|you|you're|ur|your|if|can|could|would|will|do|did|are|have)(?![\p{L}'\u2019]))|${SAID_TO_SOMEONE})`,
  'iu',
);
/**
 * A greeting or answer said to the named person: "Hi Mrs Sandhu, is there PE tomorrow?" reads "Hi, is there PE
 * tomorrow?", "Yes Mrs Sandhu, we will be there" "Yes, we will be there", and a letter's "Dear Mrs Sandhu, thank you"
 * "Thank you". Only where the name is followed by a pause, the sentence's close or words said to someone.
 */
const GREETING_BEFORE = /^[\s>"'\u201c]*(?:(dear)|hi|hello|hey|hiya|morning|good morning|good afternoon|afternoon|evening|good evening|yes|no|oh|ah|aww|aw|sorry|cheers|bye|night)\s*,?\s+$/iu;
/** after a child's name and "'s", the grown-up greeted, and the comma or stop that closes the greeting */
const GREETED_KIN = /^(\s+(?:mum|mam|mom|mummy|dad|daddy|nan|nanna|nana|gran|grandma|grandad|grandpa|parents|mum and dad|carer))(?=\s*[,!.?]|\s*$)/iu;
/** the grown-up spoken to by a child's name, then a comma and the words a message opens with */
const SPOKEN_TO_KIN = new RegExp(String.raw`^\s+(?:mum|mam|mom|dad|nan|gran|grandma|grandad|parents)\s*,(?=${SAID_TO_SOMEONE})\s*`, 'iu');
const GREETED_AFTER = new RegExp(String.raw`^(?:\s*[,!.?]|\s*$|${SAID_TO_SOMEONE})`, 'iu');
/** thanks or a wish, just before a name */
const WISH_SAID_TO = /(?:^|[^\p{L}])(?:thank you|thanks|thankyou|well done|congratulations|congrats|happy (?:retirement|birthday|bday|anniversary|holidays|christmas|easter|eid|diwali|new year)|enjoy (?:your|ur) retirement|best wishes|good luck|get well soon|welcome back|welcome|bravo)\s*,?\s+$/iu;
/** the rest of a sentence that says "you" to the person thanked: "for all your hard work", "you will be missed" */
const SAID_TO_YOU = /(?:^|[^\p{L}'\u2019])(?:you|your|yours|yourself|you're|youre|you've|youve|you'll|youll|u|ur)(?![\p{L}'\u2019])/iu;
/** a pause before a name the sentence needs, not a child addressed: "And the winner is, Jack!" */
const NEEDS_THE_NAME = /(?:^|[^\p{L}])(?:is|was|to|goes|go|went|by|for|with|from|and|or|especially|including|named|called|says?|said)\s*,\s*$/iu;
/** the comma closing an addressed name before what the wish is for: "Congratulations, Freya, on your grade 3" */
const WISH_FOR = /^\s*,(?=\s*(?:on|for|in|at|with)\b)/i;
/** a stand-in for several: its count, then the rest ("two", " Year 4 pupils") */
const COUNTED = /^(\S+)( .*)$/;
/**
 * Fond words before a child's name, "Little Leo is staying…", "well done to brave Kai": the stand-in takes its place
 * after them, with "our" where they have no "our" or "the" of their own ("Our little Year 1 pupil"; several, "Two
 * brave Year 4 pupils"), not "Little a Year 1 pupil".
 */
const FOND_BEFORE = /(^|[^\p{L}])((?:our|my|your|their|his|her|the|that|this)\s+)?((?:(?:poor|little|baby|brave|clever|lovely|young|tiny|wee|sweet|gorgeous|amazing|fantastic|superstar|wonderful|brilliant|fabulous|talented|kind|super)\s+)+)$/iu;
/** the same words said of the name, not worn by it: "how brilliant Mrs Patel has been" */
const SAID_OF = /(?:^|[^\p{L}])(?:how|so|too|very|really|is|was|are|were|be|been|being|looks?|seems?)\s+$/iu;
/**
 * A family's word for its own child just before a pupil's name, fond words between allowed: "my Jacob", "your little
 * Ava", "her eldest". "our" says it too, in a comment or a member of staff's own post (a family writes it: "our
 * Hattie arrived" seven years ago today), but not in the school's own posts, where "our Jack" is the school's pupil.
 */
const FAMILY_DETERMINER = /(?:^|[^\p{L}])(my|your|ur|his|her|their|our)\s+(?:(?:poor|little|baby|brave|clever|lovely|young|tiny|wee|sweet|gorgeous|amazing|wonderful|brilliant|fabulous|kind|eldest|youngest|oldest|middle|darling|precious)\s+)*$/iu;
/** a part's own "our", "the" or "my", up to three words before it ("our Year 6 netball captain") */
const DETERMINED_PART = /(?:^|[^\p{L}])(?:our|my|your|their|his|her|the)\s+(?:[\p{L}\p{N}'-]+\s+){0,3}$/iu;
/** "that Turner lad", "that Archie kid": the words around a name said of a child, which say it without the name */
const THE_BEFORE_FAMILY = /(?:^|[^\p{L}])(?:the|that|this|those)\s+$/iu;
const CHILD_AFTER = /^\s+(?:lad|lads|kid|kids|girl|girls|boy|boys|twins|child|children)(?![\p{L}])/iu;
/** a word that already does the work of the stand-in's "a" */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:our|my|your|ur|their|his|her|the|own|dear)\s+$/iu;
/** "this girl Zara is…": a child already pointed at, so the name is left out as after "my son" */
const THIS_CHILD_BEFORE = /(?:^|[^\p{L}])(?:this|that|the)\s+(?:little\s+)?(?:girl|boy|kid|lad|child)\s*,?\s*$/iu;
/** an article or a pointing word just before a part: "a Year 3 pupil", "that Year 6 boy" */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|one|each|every|this|that)\s+$/iu;
/** a year group's pupil just before a name: "Year 3 pupil Jack", "the Year 3 pupil Jack" (group 2 the part) */
const BARE_PART = /(^|[^\p{L}\p{N}])((?:year|yr|y)\s*\d{1,2}\s+(?:pupil|student|girl|boy|child)|reception\s+(?:pupil|child|girl|boy))\s+$/iu;
/** how far back SAYS_WHO_BEFORE reads: "my youngest little stepdaughter's best friend, " is well within it */
const SAYS_WHO_REACH = 80;
/** the comma that closes an aside ("our new pupil, Kai, joins"), unless a clause about the person follows it */
const CLOSING_COMMA = /^\s*,(?!\s*(?:who|whose|which)\b)/i;
const HAS_LETTER = /\p{L}/u;
const NEXT_CHARACTER = /^\s*(\S)/;
/** the start of the hashtag or handle a name is written in ("#Go" before "JackWilson"), and the rest of it after */
const TAG_BEFORE = /[#@][\p{L}\p{N}_]*$/u;
const TAG_AFTER = /^[\p{L}\p{N}_]*/u;
const TAG_ADVICE: Rewrite = { advice: 'Take the name out of the hashtag, or the hashtag out of the post.' };
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "3" -> "Year 3", "Y5" -> "Year 5", "R" -> "Reception"; anything else as the roster has it. */
export function yearLabel(year: string): string {
  const y = year.trim();
  const n = /^(?:y|yr|year)?\s*(\d{1,2})$/i.exec(y);
  if (n) return `Year ${n[1]}`;
  if (/^r(?:ec)?$/i.test(y)) return 'Reception';
  return y;
}

const yearOf = new WeakMap<Person, string>();
const yearLabelOf = (p: Person) => {
  let label = yearOf.get(p);
  if (label === undefined) yearOf.set(p, (label = yearLabel(p.year)));
  return label;
};

/** The one year group everyone the names could mean is in, or '' when they are not all in one. */
function sharedYear(matches: readonly NameMatch[]): string {
  const year = yearLabelOf(matches[0]!.people[0]!);
  for (const m of matches) for (const p of m.people) if (yearLabelOf(p) !== year) return '';
  return year;
}

/**
 * What to write instead of a list of names of one kind: "a Year 5 pupil", "three pupils", "two members of staff"; in a
 * staff member's own post, where the writer is staff too, "a colleague" ("Leaving do for a colleague tonight!").
 */
function standIn(list: readonly NameMatch[], kind: TextKind): string {
  const n = list.length;
  if (list[0]!.kind === 'staff' && kind === 'personal_post') return n === 1 ? 'a colleague' : `${NUMBER_WORDS[n] ?? n} colleagues`;
  if (list[0]!.kind === 'staff') return n === 1 ? 'a member of staff' : `${NUMBER_WORDS[n] ?? n} members of staff`;
  const year = sharedYear(list);
  if (n === 1) return year ? `a ${year} pupil` : 'a pupil';
  return `${NUMBER_WORDS[n] ?? n} ${year ? `${year} ` : ''}pupils`;
}

/** One name as written: its range in the original, the year reference and possessive ending it takes in. */
interface Written {
  match: NameMatch;
  start: number;
  end: number;
  possessive: boolean;
  /** the hashtag or handle the name is written in, if it is */
  tag?: { start: number; end: number; justTheName: boolean };
}

/** a title just before a member of staff's surname found on its own ("Mrs D-o-y-l-e"): it goes with the name */
const TITLE_BEFORE_STAFF = /(?:^|[^\p{L}])((?:mr|mrs|miss|ms|mx|dr|sir)\.?\s+)$/iu;

/** a capital initial just before a surname: "J. Wilson", "J Wilson" */
const INITIAL_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\.?\s+)$/u;

function written(p: Prepared, m: NameMatch): Written {
  const o = p.original;
  let { start } = originalSpan(p, m.start, m.end);
  if (m.kind === 'staff' && m.form === 'family') start -= TITLE_BEFORE_STAFF.exec(o.slice(Math.max(0, start - 8), start))?.[1]!.length ?? 0;
  // an initial just before a surname goes with it: "Well done J. Wilson" -> "Well done to a Year 3 pupil"
  else if (m.form === 'family') start -= INITIAL_BEFORE.exec(o.slice(Math.max(0, start - 5), start))?.[1]!.length ?? 0;
  let end = originalSpan(p, m.start, m.yearRefEnd ?? m.end).end;
  const possessive = m.possessive && m.yearRefEnd === undefined;
  if (possessive) {
    const apostrophe = POSSESSIVE_AFTER.exec(o.slice(end, end + 2));
    if (apostrophe) end += apostrophe[0].length;
  } else if (m.form === 'given_initial' && m.yearRefEnd === undefined && o[end] === '.') {
    // "Freya N. for being kind": the full stop is the initial's where the sentence goes on after it in small letters
    const next = NEXT_CHARACTER.exec(o.slice(end + 1, end + 40))?.[1];
    if (next !== undefined && next !== next.toUpperCase()) end++;
  }
  const tagStart = TAG_BEFORE.exec(o.slice(Math.max(0, start - 40), start));
  if (tagStart) {
    const tagEnd = end + TAG_AFTER.exec(o.slice(end, end + 40))![0].length;
    return { match: m, start, end, possessive, tag: { start: start - tagStart[0].length, end: tagEnd, justTheName: tagStart[0].length === 1 && tagEnd === end } };
  }
  return { match: m, start, end, possessive };
}

/** whether the line from `at` holds hashtags or handles and nothing else but emoji and stops */
const tagsEnd = (o: string, at: number) => onlyTagsTo(o, at) && HAS_TAG.test(o.slice(at, at + 200));
const HAS_TAG = /[#@][\p{L}\p{N}_]/u;

/** Where the sentence holding `start` begins: at most REACH before it, cut at a word. */
function sentenceStart(o: string, start: number): number {
  const from = sentenceStartOnly(o, start);
  // the tags that end a post belong to the sentence before them ("Well done Jack! #JackWilsonRocks")
  if (from > 0 && o.charCodeAt(from - 1) !== 10 && tagsEnd(o, from)) {
    let stop = from;
    while (stop > 0 && WHITESPACE.test(o[stop - 1]!)) stop--;
    while (stop > 0 && endsSentence(o.charCodeAt(stop - 1)) && o.charCodeAt(stop - 1) !== 10) stop--;
    if (stop > 0 && stop < from && !WHITESPACE.test(o[stop - 1]!)) return sentenceStartOnly(o, stop - 1);
  }
  return from;
}

function sentenceStartOnly(o: string, start: number): number {
  let from = start;
  while (from > 0 && start - from < REACH && !endsSentenceAt(o, from - 1)) from--;
  // a sentence longer than the reach is cut at a word
  if (from > 0 && !endsSentenceAt(o, from - 1)) while (from < start && !WHITESPACE.test(o[from]!)) from++;
  while (from < start && WHITESPACE.test(o[from]!)) from++;
  return from;
}

/** Where the sentence holding `end` ends, with its stops: at most REACH after it, cut at a word. */
function sentenceEnd(o: string, end: number): number {
  let to = end;
  while (to < o.length && to - end < REACH && !endsSentenceAt(o, to)) to++;
  if (to < o.length && !endsSentenceAt(o, to)) {
    while (to > end && !WHITESPACE.test(o[to - 1]!)) to--;
    while (to > end && WHITESPACE.test(o[to - 1]!)) to--;
  } else {
    while (to < o.length && endsSentence(o.charCodeAt(to)) && o.charCodeAt(to) !== 10) to++;
    // the tags that end a post belong to the sentence before them
    if (to > end && to < o.length && o.charCodeAt(to) !== 10 && tagsEnd(o, to)) {
      const lineEnd = o.indexOf('\n', to);
      to = lineEnd < 0 ? o.length : lineEnd;
    }
  }
  return to;
}

/** Whether sentenceEnd's `to` is a sentence's true end (its stops read, or a new line), not a cut at REACH. */
const endsAtStop = (o: string, to: number) => to === o.length || endsSentence(o.charCodeAt(to - 1)) || o.charCodeAt(to) === 10;

/** Names in one sentence, listed together or apart: split into the lists that each get one stand-in. */
function listsOf(o: string, names: readonly Written[]): Written[][] {
  const lists: Written[][] = [];
  for (const w of names) {
    const last = lists[lists.length - 1]?.at(-1);
    const listed = last !== undefined && !last.possessive && !last.tag && !w.tag && last.match.kind === w.match.kind && LIST_BETWEEN.test(o.slice(last.end, w.start));
    if (listed) lists[lists.length - 1]!.push(w);
    else lists.push([w]);
  }
  return lists;
}

/**
 * The sentence (or sentences) [from, to) with every list of names in it replaced; undefined where a name is in a tag
 * with no plain rewrite.
 */
function rewriteSentence(o: string, from: number, to: number, lists: readonly Written[][], kind: TextKind): string | undefined {
  let out = '';
  let at = from;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    let before = o.slice(at, first.start);
    let end = last.end;
    let replacement = standIn(list.map((w) => w.match), kind);
    const tag = first.tag;
    if (tag) {
      // a name in a hashtag or handle goes with the whole tag
      if (tag.start < at) continue; // a second name in a tag already taken out
      before = o.slice(at, tag.start);
      end = tag.end;
      // "Well done #JackWilson": the sentence is said to the tag, so it keeps a stand-in
      const saidTo = tag.justTheName && first.match.cue !== undefined && TAKES_TO.has(first.match.cue);
      if (!saidTo && !SENTENCE_RUNS_INTO.test(before) && onlyTagsTo(o, tag.end)) {
        // one of the tags that end the post: taken out, with the space before it
        out += before.replace(/\s+$/, '');
        at = end;
        continue;
      }
      if (!tag.justTheName) return undefined;
    }
    // the words just before the list say who it is, if anything does: the last few dozen characters are enough
    const justBefore = (out + before).slice(-SAYS_WHO_REACH);
    // "that Turner lad" -> "that lad", "that Archie kid" -> "that kid": the name before a child said as one, taken out
    if (list.length === 1 && !last.possessive && THE_BEFORE_FAMILY.test(before) && CHILD_AFTER.test(o.slice(end, end + 12))) {
      out += before.replace(/\s+$/, '');
      at = end;
      continue;
    }
    const sofar = out + before;
    const title = list.length === 1 ? TITLE_BEFORE.exec(sofar) : null;
    const titled = title ? sofar.slice(0, title.index) : '';
    // "our Year 6 netball captain Jack" says who it is already: the name is left out as after "my son"
    const ownedTitle = title !== null && DETERMINED_PART.test(titled);
    if (title && !ownedTitle) {
      // "Captain Jack's goal" -> "Our captain's goal"
      out = `${titled}${OPENING.test(titled) ? 'Our' : 'our'} ${title[1]!.toLowerCase()}${last.possessive ? "'s" : ''}`;
      at = end;
      continue;
    }
    // "Year 3 pupil Jack raised £200", with no "our" or "a" before the part: "A Year 3 pupil raised £200", "Well done to
    // a Year 3 pupil!"
    const bare = list.length === 1 && !last.possessive ? BARE_PART.exec(sofar) : null;
    const lead = bare ? sofar.slice(0, bare.index + bare[1]!.length) : '';
    if (bare) {
      // after "our", "the", "a", "that": the part says who it is, and the name is left out ("the Year 3 pupil")
      const determined = DETERMINER_BEFORE.test(lead) || ARTICLE_BEFORE.test(lead);
      out = `${lead}${determined ? '' : HAS_LETTER.test(lead) ? 'a ' : 'A '}${bare[2]!}`;
      at = end;
      continue;
    }
    const saysWho = SAYS_WHO_BEFORE.test(justBefore) || ownedTitle || (list.length === 1 && THIS_CHILD_BEFORE.test(justBefore)) || (list.length > 1 && i === 0 && PART_OPENS.test(out + before));
    if (saysWho && !(last.possessive && before.trimEnd().endsWith(','))) {
      if (last.possessive) {
        // "my son Jack's party" -> "my son's party"
        before = before.trimEnd();
        out += before + (/s$/i.test(before) ? "'" : "'s");
        at = end;
        continue;
      }
      // "my son Jack has" -> "my son has"; "our new pupil, Kai, joins" -> "our new pupil joins"; a comma after the name
      // with none before it is the sentence's own: "my daughter Isla, 5 today" -> "my daughter, 5 today"
      const opened = /,\s*$/.test(before);
      before = before.replace(/\s*,?\s*$/, '');
      const comma = opened ? CLOSING_COMMA.exec(o.slice(end, to)) : null;
      if (comma) end += comma[0].length;
      out += before;
      at = end;
      continue;
    }
    const rest = o.slice(end, to);
    // thanks or a wish said to the person, the rest of the sentence saying "you": "Thank you Mr Fletcher for all your hard
    // work" reads "Thank you for all your hard work", and "Happy retirement Mrs Sandhu!" "Happy retirement!"
    const wished = !last.possessive && !first.tag && i === lists.length - 1 ? WISH_SAID_TO.exec(out + before) : null;
    const toYou = wished !== null && SAID_TO_YOU.test(rest);
    const wishOnly = wished !== null && !toYou && !TAKES_TO.has(first.match.cue ?? '') && ONLY_THE_CLOSE.test(rest);
    // but "Get well soon Noah!" says who to, as "Get well soon, Noah!" does: "Get well soon to a Year 4 pupil!"
    if (wishOnly && /get well soon/i.test(wished![0])) before = `${before.replace(/\s*,?\s*$/, '')} to `;
    else if (toYou || wishOnly) {
      // the comma closing the name stays where more follows: "Thanks Mrs Sandhu, you are a star" -> "Thanks, you are a star"
      const comma = /^\s*,(?=\s)/.exec(rest);
      out += before.replace(/\s*,?\s*$/, '') + (comma ? ',' : '');
      at = end + (comma?.[0].length ?? 0);
      continue;
    }
    // "Hi Amelia's mum, can you message me" -> "Hi, can you message me": the grown-up greeted by a child's name
    const greetedKin = last.possessive && !first.tag && GREETING_BEFORE.test(out + before) ? GREETED_KIN.exec(rest) : null;
    if (greetedKin) {
      out += before.trimEnd();
      at = end + greetedKin[1]!.length;
      continue;
    }
    // and spoken to at the sentence's start: "Amelia's mum, can you message me?" -> "Can you message me?"
    const spokenToKin = last.possessive && !first.tag && !HAS_LETTER.test(out + before) ? SPOKEN_TO_KIN.exec(rest) : null;
    if (spokenToKin) {
      const next = end + spokenToKin[0].length;
      out += before + o.slice(next, next + 1).toUpperCase();
      at = next + 1;
      continue;
    }
    const addressed = !last.possessive && !HAS_LETTER.test(out + before) ? ADDRESSED_OPENING.exec(rest) : null;
    const greeting = !addressed && !last.possessive && !first.tag ? GREETING_BEFORE.exec(out + before) : null;
    if (greeting && GREETED_AFTER.test(rest) && !(greeting[1] && ONLY_THE_CLOSE.test(rest))) {
      if (greeting[1]) {
        // "Dear Mrs Sandhu, thank you" -> "Thank you": the letter's opening goes with the name
        const next = end + (/^\s*,?\s*/.exec(rest)?.[0].length ?? 0);
        out = OPENING_MARKS.exec(out + before)![0] + o.slice(next, next + 1).toUpperCase();
        at = next + 1;
        continue;
      }
      // "Hi Mrs Sandhu, is there PE tomorrow?" -> "Hi, is there PE tomorrow?"
      out += before.trimEnd();
      at = end;
      continue;
    }
    if (addressed) {
      // "Mrs Sandhu if you see this" -> "If you see this": the name left out, the next word taking the capital
      const next = end + addressed[0].length;
      out += before + o.slice(next, next + 1).toUpperCase();
      at = next + 1;
      continue;
    }
    // "We'll miss you Mia!" -> "We'll miss you!": said to the child, with nothing after the name but the sentence's close
    if (list.length === 1 && !last.possessive && !first.tag && YOU_BEFORE.test(before) && ONLY_THE_CLOSE.test(rest)) {
      out += before.trimEnd();
      at = end;
      continue;
    }
    if (list.length === 1 && !last.possessive && ADDRESSED_AFTER.test(before)) {
      if (NEEDS_THE_NAME.test(sofar)) {
        // "And the winner is, Jack!" -> "And the winner is a Year 3 pupil!"
        before = before.replace(/\s*,\s*$/, ' ');
      } else if (WISH_BEFORE.test(sofar)) {
        // "Thank you, Noah, for the flowers" -> "Thank you to a Year 4 pupil for the flowers"
        before = `${before.replace(ADDRESSED_AFTER, '')} to `;
        end += WISH_FOR.exec(rest)?.[0].length ?? 0;
      } else if (ONLY_THE_CLOSE.test(rest)) {
        out += before.replace(/\s*,\s*$/, '');
        at = end;
        continue;
      }
    }
    // "My Jacob loved the nativity" is a parent's: "My child loved the nativity", not "My pupil"
    const ownWord = list[0]!.match.kind === 'pupil' ? FAMILY_DETERMINER.exec(before) : null;
    const familyOf = ownWord !== null && (ownWord[1]!.toLowerCase() !== 'our' || kind !== 'official_post');
    if (familyOf) replacement = list.length === 1 ? 'child' : `${NUMBER_WORDS[list.length] ?? list.length} children`;
    if (last.possessive) replacement += list.length > 1 && !familyOf ? "'" : "'s";
    const fondWords = familyOf ? null : FOND_BEFORE.exec(before);
    const fond = fondWords && !fondWords[2] && SAID_OF.test(before.slice(0, fondWords.index + fondWords[1]!.length)) ? null : fondWords;
    const counted = fond && list.length > 1 ? COUNTED.exec(replacement) : null;
    if (counted) {
      // "Brave Kai and Noah" -> "Two brave Year 4 pupils"
      before = before.slice(0, fond!.index + fond![1]!.length) + (fond![2] ?? '');
      replacement = `${counted[1]} ${fond![3]!.toLowerCase()}${counted[2]!.trimStart()}`;
    } else if (fond && list.length === 1 && replacement.startsWith('a ')) {
      // "Little Leo" -> "Our little Year 1 pupil"; "our brave Kai" -> "our brave Year 4 pupil"
      replacement = replacement.slice(2);
      if (!fond[2]) {
        const lead = before.slice(0, fond.index + fond[1]!.length);
        before = `${lead}${HAS_LETTER.test(out + lead) ? 'our' : 'Our'} ${fond[3]!.toLowerCase()}`;
      }
    }
    // "the Rahman family('s)" -> "a Year 5 pupil's family('s)"
    const family = list.length === 1 && !last.possessive ? FAMILY_AFTER.exec(o.slice(end, end + 12)) : null;
    if (family && THE_BEFORE.test(before)) {
      before = before.replace(THE_BEFORE, '');
      end += family[1]!.length;
      replacement += "'s family";
    }
    // "proud of our Jack" -> "proud of our Year 3 pupil", not "our a Year 3 pupil"
    if (DETERMINER_BEFORE.test(before) && replacement.startsWith('a ')) replacement = replacement.slice(2);
    // the praise the name takes "to" after; read from the words themselves where the matcher saw none before the name
    // (an initial stood between: "Well done J. Wilson for…")
    const wish = wished?.[0].replace(/^[^\p{L}]+/u, '').replace(/[\s,]+$/, '').toLowerCase();
    const cue = first.match.cue ?? (wish !== undefined && TAKES_TO.has(wish) ? wish : undefined);
    if (cue && TAKES_TO.has(cue) && !TO_BEFORE.test(before)) before = `${before.replace(TRAILING_PUNCTUATION, '')} to `;
    // at the sentence's start, or after only a quote's marks ("> Rose came home"), the stand-in takes a capital
    if (!HAS_LETTER.test(out) && !HAS_LETTER.test(before)) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
    out += before + replacement;
    at = end;
  }
  return (out + o.slice(at, to)).trim();
}

/**
 * The rewrite each of `matches` offers: the sentence around it with every one of `matches` in that sentence replaced
 * (so the same rewrite for all of them), and the range of the original it replaces. `matches` are the names to be
 * rewritten; others in the sentence (a member of staff in an official post) are left as written.
 */
export function rewriteNames(p: Prepared, matches: readonly NameMatch[]): Map<NameMatch, Rewrite> {
  const o = p.original;
  const names = matches.map((m) => written(p, m)).sort((a, b) => a.start - b.start);
  const out = new Map<NameMatch, Rewrite>();
  for (let i = 0; i < names.length; ) {
    // the names of one sentence, as long as they are within REACH of the first
    const group = [names[i]!];
    const from = sentenceStart(o, names[i]!.start);
    let to = sentenceEnd(o, names[i]!.end);
    for (i++; i < names.length; i++) {
      const next = names[i]!;
      const last = group[group.length - 1]!;
      if (next.start < last.end) {
        group.push(next); // overlapping names cannot both be replaced: the first one's rewrite serves both
        continue;
      }
      if (next.start >= to || next.end - group[0]!.start > REACH) break;
      group.push(next);
      // a name inside a sentence already read to its stop ends where it does: read on only past a cut at REACH
      if (next.end >= to || !endsAtStop(o, to)) to = sentenceEnd(o, next.end);
    }
    const replaced = group.filter((w, k) => k === 0 || w.start >= group[k - 1]!.end);
    const suggestion = rewriteSentence(o, from, to, listsOf(o, replaced), p.kind);
    if (suggestion === undefined) {
      // no plain rewrite of the sentence: the names in a tag say what to do, the others keep their reason alone
      for (const w of group) if (w.tag) out.set(w.match, TAG_ADVICE);
      continue;
    }
    const rewrite: Rewrite = { suggestion, replaces: { start: from, end: to } };
    for (const w of group) out.set(w.match, rewrite);
  }
  return out;
}
