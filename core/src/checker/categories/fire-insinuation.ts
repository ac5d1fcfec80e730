// Menace to a building by insinuation: "That new hall of theirs is all wood, isn't it. Funny old thing, wood", "one
// night that portacabin might just go up. Old wiring, isn't it", "Big pile of timber like that, dry weekend, nobody
// about", "Six weeks is a long time for an empty building". No word of harm is in them: the threat is pointing out
// that a school building would burn, or stands unwatched. Four blind sets by four writers (21, 26, 27, 28) used the
// shape with no wording in common, so it is read as a shape.
//
// A reply (a line, or a "> " quote) is menace when it speaks of a building and says two of: that it would burn ("all
// wood", "go up", "old wiring"), that nobody watches it ("nobody about", "empty building", "CCTV"), or an
// insinuation ("funny old thing", "if I were you", "hope they're insured", "one night"; not "isn't it" or "funny
// how", which every complaint about a new building says). A bonfire, a barbecue or forest school is fire spoken of
// for a good reason. Only comments and personal posts are read. It is a warning.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan } from './replies.js';
import { gated } from '../first-word-gate.js';

/**
 * What the reader cannot do without (one of WOULD_BURN and UNWATCHED), as the canonical stream spells it: one of these
 * words, or "up" after "go" or before "like" ("go up", "up like paper"), or "no one". Read by reader-gates.ts.
 */
export const FIRE_WORDS = 'wood wooden woods timber wiring spark tinder petrol lighter cctv overnight';
/** everyday words that are a cue only beside another: "nobody about", "empty building", "all night", "dry weekend" */
export const CUE_BESIDE: Readonly<Record<string, { before?: string; after?: string }>> = {
  nobody: { after: 'about around there watching in' },
  empty: { after: 'building school site' },
  night: { before: 'all one' },
  dry: { after: 'weekend spell weather summer' },
};
export const GOING_UP = { word: 'up', after: 'go goes went going', before: 'like' };
export const NO_ONE = { word: 'one', after: 'no' };

const BUILDING =
  gated(/\b(?:schools?|hall|halls|portacabins?|portakabins?|buildings?|classrooms?|cabins?|blocks?|extensions?|library|staffroom|roof|timber|wood(?:en)?\s+(?:building|hall|classroom|cabin|frame))\b/i);
/** that it would burn */
const WOULD_BURN =
  gated(/\b(?:all\s+wood|made\s+of\s+wood|wood(?:en)?\s+frame|timber|go\s+up|goes\s+up|went\s+up|up\s+like|old\s+wiring|dodgy\s+wiring|(?:a|one)\s+spark|dry\s+(?:weekend|spell|weather|summer)|tinder|petrol|lighter\s+fluid)\b/i);
/** that nobody watches it */
const UNWATCHED =
  gated(/\b(?:nobody\s+(?:about|around|there|watching|in)|no\s+one\s+(?:about|around|there|watching)|empty\s+(?:building|school|site)|cctv|overnight|all\s+night)\b/i);
const INSINUATION =
  gated(/\b(?:funny\s+old\s+thing|if\s+i\s+were\s+you|(?:hope|hopes)\s+(?:they|the\s+[a-z]+|it|you)\s+(?:have|has|are|is|['\u2019]re|['\u2019]s)?\s*insured|insured\s+(?:it\s+)?properly|be\s+a\s+(?:shame|pity)|accidents\s+happen|one\s+(?:night|of\s+these\s+(?:nights|days)))\b/i);
/** either of the two, in one look over the whole text */
const BURN_OR_UNWATCHED = new RegExp(`${WOULD_BURN.source}|${UNWATCHED.source}`, 'i');
/** fire spoken of for a good reason */
const GOOD_FIRE = gated(/\b(?:bonfire|fireworks?\s+(?:display|night)|bbq|barbecue|campfire|forest\s+school|fire\s+(?:pit|drill|alarm|safety|service|brigade|station|engine)|marshmallows?|fire\s+doors?)\b/i);

/** The spans of a comment or personal post that point out a school building would burn or stands unwatched, as menace. */
export function fireInsinuation(text: string): EmojiHit[] {
  // most texts say nothing of burning or of a building left unwatched: that one look first
  if (!BURN_OR_UNWATCHED.test(text)) return [];
  return readReplies(text, readReply);
}

function readReply(reply: string): EmojiHit | undefined {
  const building = BUILDING.exec(reply);
  if (!building || GOOD_FIRE.test(reply)) return undefined;
  const found = [WOULD_BURN, UNWATCHED, INSINUATION].map((re) => re.exec(reply)).filter((m) => m !== null);
  if (found.length < 2) return undefined;
  const at = [building, ...found].flatMap((m) => [m.index, m.index + m[0].length]);
  return sentenceSpan(reply, Math.min(...at), Math.max(...at));
}
