// Gypsies, Roma and Travellers said to steal, without a slur or a hostile word: "Caravans are back on the rec. Expect
// the lead off the church roof by Friday", "Two new Roma kids starting in my class on Monday. Better get the laptops
// chained to the desks", "Make sure the raffle prizes are locked up tight, the caravans are back on Morton Way". The
// oldest slander of these peoples is that things go missing where they are, and blind sets by three writers (24, 26,
// 27) each said it with their own precaution, often in the sentence after the one that names them, where the group
// reader (group-hate.ts, a sentence at a time) cannot join the two.
//
// A reply (a line, or a "> " quote) is read: a mention of Gypsies, Roma or Travellers (or "the caravans", "the site
// kids"), and in that sentence or the next a precaution against theft or a theft foretold. History taught ("Roma
// families were locked up in camps") and the slander answered ("the people blaming the Travellers were wrong", a
// child "asking if it was true") are no slander. Only comments and personal posts are read. It is a warning.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan, sentencesFrom } from './replies.js';
import { gated } from '../first-word-gate.js';

/** the peoples, as the canonical stream spells them: one is needed (read by reader-gates.ts) */
export const PEOPLES = 'caravan caravans travellers traveller travelers traveler gypsies gypsy gyppo gyppos pikey pikeys roma romanian romanians site grt tinkers';

const TRAVELLERS =
  gated(/\b(?:caravans?(?:\s+(?:are|is|['\u2019]re))?\s+back|the\s+caravans|travell?ers|gypsies|gypsy|gyppos?|pikeys?|roma(?:\s+(?:kids|families|children|lot|mums|dads))?|romanians?|the\s+site\s+(?:kids|families|lot)|(?:kids|families)\s+(?:from|off)\s+the\s+site|site\s+(?:kids|families)|grt|tinkers)\b/i);
const THEFT =
  gated(/\b(?:lock(?:ed)?\s+up\s+tight|lock\s+(?:up\s+)?your\s+[a-z]+|lock\s+(?:up\s+)?(?:everything|anything)|locked\s+away|chain(?:ed)?\s+(?:up|to|down)|bolted\s+down|nailed\s+down|hide\s+(?:your|the)|count\s+(?:the|your)|keep\s+an\s+eye\s+on\s+(?:your|the)|lead\s+off|copper|go(?:es)?\s+missing|emptying\s+itself|light[-\s]fingered|nick(?:ing|ed)?|pinch(?:ing|ed)?|steal(?:ing|s)?|on\s+the\s+rob|nothing\s+left)\b/i);
/** the slander answered, not made: "the people blaming the Travellers were wrong", "asking if it was true" */
const ANSWERED = gated(/\b(?:blam[a-z]*|wrong|untrue|not\s+true|(?:is|was)\s+(?:it\s+)?true|myths?|stereotyp[a-z]*|prejudic[a-z]*|racis[mt]|discriminat[a-z]*|unfair)\b/i);
/** history taught: "Roma families were locked up in camps" (a theft suffered, "had two horses stolen", is not read as
 * one foretold: THEFT has precautions and thieving, not "stolen") */
const HISTORY = gated(/\b(?:camps?|holocaust|nazis?|persecut[a-z]*|porajmos|genocide|deported)\b/i);
/** a theft they suffered: "had their van nicked", "got two horses pinched" */
const SUFFERED = gated(/\b(?:had|got|have|has)\s+(?:[a-z]+\s+){0,3}(?:nicked|pinched)\b/i);

/** The spans of a comment or personal post that say Gypsies, Roma or Travellers steal. */
export function theftSlur(text: string): EmojiHit[] {
  // most texts name none of these peoples: that look first (TRAVELLERS is tried only at its first words)
  if (!TRAVELLERS.test(text) || HISTORY.test(text) || ANSWERED.test(text)) return [];
  return readReplies(text, readReply);
}

function readReply(reply: string): EmojiHit | undefined {
  const group = TRAVELLERS.exec(reply);
  if (!group) return undefined;
  // the theft in the group's sentence or the next one
  const { start, end } = sentencesFrom(reply, group.index, 2);
  const theft = THEFT.exec(reply.slice(start, end));
  if (!theft || SUFFERED.test(reply.slice(start, end))) return undefined;
  const at = start + theft.index;
  return sentenceSpan(reply, Math.min(group.index, at), Math.max(group.index + group[0].length, at + theft[0].length));
}
