// What to write instead of the school's name in a personal post. A member of staff who posts "Seven years at Oakfield
// Primary today" or "#OakfieldFamily" can keep the post and lose the name; where the way to do that is plain, the
// finding offers it: a hashtag or handle is taken out; "at Oakfield Primary" becomes "at school"; "the Oakfield car
// park" becomes "the school car park"; "Oakfield's nativity" becomes "The school's nativity". Where the name does
// something else in its sentence ("Love you really, Oakers x" aside), no rewrite is offered and the reason stands alone.

import { onlyTagsTo, SENTENCE_RUNS_INTO, SENTENCE_START, SPACE_BEFORE } from './rewrite-text.js';

export interface SchoolNameRewrite {
  suggestion: string;
  replaces: { start: number; end: number };
}

/** words of a school's formal name after the name itself: "Oakfield Primary School" is "school" as a whole */
const GENERIC_AFTER = /^(?:\s+(?:primary|prim|junior|juniors|infant|infants|nursery|academy|school|c\s+of\s+e|ce|church|parish))+(?![\p{L}\p{N}])/iu;
const POSSESSIVE_END = /['\u2019]s$/;
/** "at Oakfield", "leaving the Oakers": a place gone to or from, which "school" names as well */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:at|to|from|into|in|leaving|left|leave|joining|joined|join)\s+(the\s+)?$/iu;
/** what a school's name describes, said after it ("Oakfield car park", "Oakers netball"): the name then reads as "school" */
const DESCRIBED_AFTER =
  /^\s+(?:sports?\s+day|car\s+park|gates?|staff(?:\s*room)?|family|families|parents|mums|dads|kids|children|pupils|team|crew|netball|football|rugby|cricket|choir|nativity|panto|pantomime|(?:summer\s+|christmas\s+)?fair|fete|disco|hall|playground|field|office|pta|community|uniform|jumpers?|hoodies?|leavers|trip|assembly|concert|show|website|page|newsletter|hq|alumni|governors|run|bake\s+sale)(?![\p{L}\p{N}])/iu;
/** a place word before the name with no article ("by Oakfield gate"): "the school gate" reads better than "school gate" */
const BARE_PLACE_BEFORE = /(?:^|[^\p{L}])(?:by|near|outside|round|behind|opposite|in|on)\s+$/iu;
/** the name said to, at a post's end: "Love you really, Oakers x" */
const ADDRESSED_BEFORE = /,\s*$/;
const ADDRESSED_AFTER = /^\s*(?:x+|!+|\.|$)/i;
const SPACE_AFTER = /^\s+/;

const capitalAt = (text: string, atStart: boolean) => (atStart ? text[0]!.toUpperCase() + text.slice(1) : text);

/**
 * A rewrite for the school's name at [start, end) of the original text `o`, written as a hashtag or handle (`tag`) or
 * as words; undefined where none is plain.
 */
export function schoolNameRewrite(o: string, start: number, end: number, tag: boolean): SchoolNameRewrite | undefined {
  const before = o.slice(Math.max(0, start - 40), start);
  if (tag) {
    // "… today #OakfieldFamily #teacherlife": a tag among the tags and emoji that end a line goes, with the space before
    // it (or after it, at the start); a tag the sentence runs through ("love to my #OakfieldFamily – the best", "part of
    // the #OakfieldFamily") stays
    if (!onlyTagsTo(o, end) || SENTENCE_RUNS_INTO.test(before)) return undefined;
    const space = SPACE_BEFORE.exec(before);
    if (space && space.index + space[0].length === before.length && start - space[0].length > 0) return { suggestion: '', replaces: { start: start - space[0].length, end } };
    const spaceAfter = SPACE_AFTER.exec(o.slice(end, end + 10));
    return { suggestion: '', replaces: { start, end: end + (spaceAfter?.[0].length ?? 0) } };
  }
  const atStart = SENTENCE_START.test(before);
  if (POSSESSIVE_END.test(o.slice(start, end))) return { suggestion: capitalAt("the school's", atStart), replaces: { start, end } };
  const generic = GENERIC_AFTER.exec(o.slice(end, end + 40));
  const nameEnd = end + (generic?.[0].length ?? 0);
  // "the Oakfield car park" -> "the school car park"; "by Oakfield gate" -> "by the school gate"
  if (DESCRIBED_AFTER.test(o.slice(nameEnd, nameEnd + 30))) {
    return { suggestion: capitalAt(BARE_PLACE_BEFORE.test(before) ? 'the school' : 'school', atStart), replaces: { start, end: nameEnd } };
  }
  const place = PLACE_BEFORE.exec(before);
  if (place) {
    // "at the Oakers" -> "at school"
    const from = place[1] ? start - place[1].length : start;
    return { suggestion: 'school', replaces: { start: from, end: nameEnd } };
  }
  if (ADDRESSED_BEFORE.test(before) && ADDRESSED_AFTER.test(o.slice(nameEnd, nameEnd + 6))) {
    const comma = ADDRESSED_BEFORE.exec(before)!;
    return { suggestion: '', replaces: { start: start - (before.length - comma.index), end: nameEnd } };
  }
  return undefined;
}
