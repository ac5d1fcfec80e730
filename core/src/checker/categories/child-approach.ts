// An approach to a child on the school's page: "Gorgeous girls 😍 which one's the goalie? Would love to chat to her
// about private coaching, DM me", "The little tiger girl is a real beauty, how old is she? … if her mum messages me
// privately", "the little one in pink could earn £££, send her measurements and some swimwear pics to my inbox",
// "Any of the Year 6 girls need a valentine? Message me". Every blind set with comments had one or more, each worded
// afresh (sets 8, 11, 13, 16, 17, 19, 20, 22, 24 by nine writers), so phrases written from one set found none of the
// next set's: it is read as a shape.
//
// A reply (a line, or a "> " quote in a pasted thread) is read on its own. It is an approach when it points at a
// child who is not the writer's own (or speaks to one: "hey sweetie"), asks for a private way to them (message me,
// inbox, privately, her snap, "don't tell mum"), and has a lure: her looks, her age, pictures of her, a gift, or an
// invitation to the writer's house. A parent's "your daughter looks lovely, message me
// where you got the dress" asks about a dress, and a sale asks for money; both are left alone. Only comments are
// read, as the school's page is where strangers write. It is a warning, for the safeguarding lead to read.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan } from './replies.js';
import { gated } from '../first-word-gate.js';

/** a child pointed at: "the girls", "the little one in pink", "which one", "the Year 6 girls", "your daughter" */
const CHILD =
  gated(/\b(?:(my|our)\s+)?(?:girls?|boys?|(?:hey|hi|hello|hiya)\s+(?:sweetie|sweetheart|darling|babe|baby\s+girl|princess|cutie|gorgeous)|little\s+(?:one|thing|girl|boy|princess|lady|man)|(?:the\s+)?(?:blonde|brunette|ginger|tall|small|little)\s+one|the\s+one\s+(?:in|on|with|doing)|which\s+one(?:'?s)?|kids?|children|daughter|son|year\s+\d{1,2}\s+(?:girls?|boys?|kids))\b/gi);
/** a private way to the child: "DM me", "my inbox", "privately", "her snap", "chat to her" */
const PRIVATE =
  gated(/\b(?:(?:message|messages|msg|dm|pm|inbox|snap|whatsapp|text|add)\s+me|my\s+inbox|privately|in\s+private|private\s+(?:chat|coaching|lessons?|sessions?|messages?|training|photo\s?shoot)|(?:her|his)\s+(?:snap|snapchat|insta|instagram|number|tiktok)|(?:chat|talk|speak)\s+to\s+(?:her|him)|(?:don'?t|do\s+not)\s+tell\s+(?:your\s+)?(?:mum|mam|mom|mummy|dad|daddy|parents|anyone|teacher)|our\s+(?:little\s+)?secret)\b/i);
/** what draws the child or marks her out: her looks, her age, pictures, a gift */
const LURE =
  gated(/\b(?:beauty|beautiful|pretty|gorgeous|stunning|cute|cutie|sexy|hot|fit|developed|mature|grown\s+up|thicc|valentine|a\s+look\s+about\s+(?:her|him)|flexible|how\s+old\s+is\s+(?:she|he)|what\s+age\s+is\s+(?:she|he)|for\s+(?:her|his)\s+age|aged\s+\d{1,2}|pics|pictures|photos|measurements|swimwear|swimsuits?|bikinis?|leotards?|nudes|selfies|gifts?|presents?|robux|gift\s+cards?|spoil\s+(?:her|him)|buy\s+(?:her|him)|send\s+(?:her|him)|come\s+(?:round\s+|over\s+|back\s+)?to\s+my\s+(?:house|place|flat|car|van))\b/i);
/**
 * the reply is an errand, not about the child: "message me where you got it", "message me the link", "£5 each", "if
 * anyone has a photo of my son in the nativity please message me"
 */
const ERRAND =
  /£\d|\b(?:for\s+sale|selling|sold|(?:message|dm|pm|inbox|text)\s+me\s+(?:where|which|what|when|the\s+[a-z]+|if\s+(?:you|anyone)|for\s+(?:details|info|the|prices?))|(?:photos?|pictures?|pics?)\s+of\s+my\s+(?:son|daughter|child|boy|girl|kids?|little\s+one))\b/i;

/** The spans of a comment that approach a child privately with a lure. */
export function childApproaches(text: string): EmojiHit[] {
  return readReplies(text, readReply);
}

function readReply(reply: string): EmojiHit | undefined {
  // a private way in is the rarest part: looked for first
  const privately = PRIVATE.exec(reply);
  if (!privately) return undefined;
  const lure = LURE.exec(reply);
  if (!lure || ERRAND.test(reply)) return undefined;
  // a child who is not the writer's own ("my daughter" is a parent's news)
  let child: RegExpExecArray | null = null;
  CHILD.lastIndex = 0;
  for (let c = CHILD.exec(reply); c; c = CHILD.exec(reply)) {
    if (c[1] === undefined) {
      child = c;
      break;
    }
  }
  if (!child) return undefined;
  const at = [privately.index, privately.index + privately[0].length, lure.index, lure.index + lure[0].length, child.index, child.index + child[0].length];
  return sentenceSpan(reply, Math.min(...at), Math.max(...at));
}
