// Menace by someone else: "His uncle's home from Portland on Friday and he's already asked which one's Mr Walsh", "My
// brother's out of Horfield next month. He's already heard all about Mr Hughes", "His dad's home from the army next
// week and he'd very much like a quiet word with Mr Walsh". No word of harm is in them: the threat is a man coming
// back from prison, the rigs or the army, with a member of staff already on his mind. Four blind sets by four
// writers (21, 24, 26 and 27) used this shape with no wording in common, so it is read as a shape.
//
// A reply (a line, or a "> " quote) is menace when someone of the writer's or the child's is back, home or out, a
// member of staff is on his mind ("a quiet word with Mr Walsh", "which one's Mr Walsh", "heard all about Mr Hughes",
// "keen to meet whichever teacher"), and the text holds a grievance against the school (a child kept in, excluded,
// dragged, shouted at). Without the grievance the same words are a dad home in time for the nativity, who would like
// a word with Miss Reid about the trip; and a reply that asks for a meeting, or says what it is about ("can we book a
// time", "about the detention"), is a parent taking a complaint the right way. Only comments and personal posts are
// read. It is a warning.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan } from './replies.js';
import { gated } from '../first-word-gate.js';

/**
 * What the reader cannot do without, as the canonical stream spells it ("dad's" is "dads"): one of the RELATIVES and
 * one of COMING. Read by reader-gates.ts.
 */
export const RELATIVES =
  'husband husbands hubby hubbys brother brothers bro bros dad dads father fathers uncle uncles cousin cousins partner partners fella fellas feller fellers boyfriend boyfriends bf bfs son sons mate mates lads boys half halfs';
export const COMING = 'back home out';

const COMING_BACK =
  gated(/\b(?:my|his|her|their|our|your|ur)\s+(?:(?:big|older|eldest|little)\s+)?(?:husband|hubby|brother|bro|dad|father|uncle|cousin|partner|fella|feller|boyfriend|bf|son|other half|mate|mates|lads|boys|brothers|uncles|cousins)(?:['\u2019]s|\s+(?:is|are|gets?|will\s+be|comes?))\s+(?:back|home|out)\b/i);
/** a member of staff on his mind: "a quiet word with Mr Walsh", "which one's Mr Walsh", "keen to meet whichever teacher" */
const ON_HIS_MIND =
  gated(/\b(?:(?:a\s+(?:quiet\s+|little\s+|friendly\s+|proper\s+)?(?:word|chat)\s+with|which\s+one(?:['\u2019]s|\s+is)|heard\s+(?:all\s+)?about|knows\s+all\s+about|(?:meet|see|find|visit)|(?:looking|asking)\s+for)\s+(?:(?:mr|mrs|miss|ms|sir|dr)\.?\s+[a-z]+|(?:the|that|this|his|her|their|your|ur)\s+(?:new\s+)?(?:teacher|head|headteacher|deputy|ta|teaching assistant|dinner lady|caretaker)|(?:whoever|whichever)(?:\s+teacher)?))\b/i);
/** what the school is blamed for, anywhere in the text: the reason he is coming */
const GRIEVANCE =
  gated(/\b(?:kept\s+(?:him|her|them|my\s+[a-z]+|our\s+[a-z]+)\s+in|detentions?|excluded|exclusions?|suspended|shouted|screamed|dragged|grabbed|manhandled|pushed|humiliated|embarrassed|picked\s+on|singled\s+out|blamed|accused|told\s+(?:him|her)\s+off|sent\s+(?:him|her)\s+home|said\s+to\s+(?:him|her|my|our))\b/i);

/** a complaint taken the right way: a meeting asked for, or what it is about said */
const ASKS_PROPERLY =
  gated(/\b(?:book|booked|appointment|arrange|discuss|about\s+(?:the|his|her|my|our|what|how|why|this|that)|can\s+we|could\s+we|please|parents['\u2019]?\s+evening)\b/i);

/** The spans of a comment or personal post that send someone coming back after a person. */
export function sentFor(text: string): EmojiHit[] {
  // most texts have no one coming back: that one look first
  if (!COMING_BACK.test(text) || !GRIEVANCE.test(text)) return [];
  return readReplies(text, readReply);
}

function readReply(reply: string): EmojiHit | undefined {
  const back = COMING_BACK.exec(reply);
  if (!back) return undefined;
  const mind = ON_HIS_MIND.exec(reply);
  if (!mind || ASKS_PROPERLY.test(reply)) return undefined;
  return sentenceSpan(reply, Math.min(back.index, mind.index), Math.max(back.index + back[0].length, mind.index + mind[0].length));
}
