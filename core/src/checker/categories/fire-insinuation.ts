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

const BUILDING =
  /(?:^|[^\p{L}])(?:schools?|hall|halls|portacabins?|portakabins?|buildings?|classrooms?|cabins?|blocks?|extensions?|library|staffroom|roof|timber|wood(?:en)?\s+(?:building|hall|classroom|cabin|frame))(?![\p{L}])/iu;
/** that it would burn */
const WOULD_BURN =
  /(?:^|[^\p{L}])(?:all\s+wood|made\s+of\s+wood|wood(?:en)?\s+frame|timber|go\s+up|goes\s+up|went\s+up|up\s+like|old\s+wiring|dodgy\s+wiring|(?:a|one)\s+spark|dry\s+(?:weekend|spell|weather|summer)|tinder|petrol|lighter\s+fluid|matches)(?![\p{L}])/iu;
/** that nobody watches it */
const UNWATCHED =
  /(?:^|[^\p{L}])(?:nobody\s+(?:about|around|there|watching|in)|no\s+one\s+(?:about|around|there|watching)|empty\s+(?:building|school|site)|cctv|overnight|all\s+night)(?![\p{L}])/iu;
const INSINUATION =
  /(?:^|[^\p{L}])(?:funny\s+old\s+thing|if\s+i\s+were\s+you|(?:hope|hopes)\s+(?:they|the\s+\p{L}+|it|you)\s+(?:have|has|are|is|['\u2019]re|['\u2019]s)?\s*insured|insured\s+(?:it\s+)?properly|be\s+a\s+(?:shame|pity)|accidents\s+happen|one\s+(?:night|of\s+these\s+(?:nights|days)))(?![\p{L}])/iu;
/** fire spoken of for a good reason */
const GOOD_FIRE = /(?:^|[^\p{L}])(?:bonfire|fireworks?\s+(?:display|night)|bbq|barbecue|campfire|forest\s+school|fire\s+(?:pit|drill|alarm|safety|service|brigade|station|engine)|marshmallows?|fire\s+doors?)(?![\p{L}])/iu;

/** The spans of a comment or personal post that point out a school building would burn or stands unwatched, as menace. */
export function fireInsinuation(text: string): EmojiHit[] {
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
