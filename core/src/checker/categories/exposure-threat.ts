// Menace by exposure: "Apologise by Monday or every one of your names goes up on the community page", "Keep ignoring
// my complaint and I'll put your home address and your husband's work on every local page. You've got till Monday",
// "if it's not gone by Sunday your mum, your boss and the club committee all get the screenshots". No word of
// violence is in them: the threat is to make someone's name, home, secrets or messages public, or to send them to
// the people in their life, unless they do as told. Three blind sets by three writers (37, 38 and 39) used this shape
// with no wording in common, so it is read as a shape.
//
// A reply (a line, or a "> " quote) is this menace when it holds all three: a making public or a sending ("I'll post",
// "it goes on TikTok", "all get the screenshots", "the whole town will know"); something of a person's in it ("your
// name", "her name and face", "your husband", "names and all"); and a demand with a price ("unless", "or it goes",
// "you've got till Friday", "keep ignoring me and", "if it's not down by"). Without the demand it is a parent saying
// they will share the photos with your mum; without the person's things it is "share the post or the office won't
// see it". Only comments and personal posts are read: a school's own post says what goes on the page and when. It is
// a warning, for a person to read.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan } from './replies.js';
import { gated } from '../first-word-gate.js';

/** a making public, or a sending to someone's circle */
const EXPOSE =
  gated(/\b(?:(?:i['’]?ll|i\s+will|i['’]?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|we['’]?ll|we\s+will|gonna)\s+(?:\w+\s+){0,2}?(?:post|share|put|send|forward|publish|plaster|spread|leak|upload|screenshot|read)|(?<!(?:won['’]?t|wont|not|doesn['’]?t|don['’]?t|can['’]?t|never)\s+)(?:goes|go|going|will\s+go|gets?\s+(?:posted|shared|sent|put)|ends?\s+up)\s+(?:up\s+|out\s+)?(?:on|to|round|around|in\s+(?:the|every))\b|(?:all\s+)?gets?\s+(?:to\s+see\s+|a\s+copy\s+of\s+)?(?:the\s+|those\s+|these\s+|every\s+)?(?:screenshots?|videos?|photos|pics|texts|messages|emails|whatsapps|recording)|(?:everyone|everybody|the\s+(?:whole\s+)?(?:town|village|school|estate|street))\s+(?:will\s+|is\s+going\s+to\s+|gets?\s+to\s+)(?:know|see|hear|read|find\s+out))\b/i);
/** something of a person's: their name, home, messages or secrets, or the people in their life */
const THEIRS =
  gated(/\b(?:(?:your|ur|his|her|their)\s+(?:(?:home|real|full|work|whole)\s+)?(?:names?|address|face|photos?|pics|pictures|videos?|texts|messages|dms|emails|screenshots|secrets?|husband|hubby|wife|partner|boyfriend|girlfriend|boss|employer|manager|work|workplace|mum|mam|mother|dad|father|family|in-laws|church|mosque|bank)|names\s+and\s+all|names?\s+and\s+faces?|the\s+(?:bank|place|firm|company)\s+(?:you|u|she|he)\s+works?\s+(?:at|for))\b/i);
/** where it would go: a page, a group, an app, the town, or the people in someone's life (not "the reminder list") */
const PUBLIC =
  gated(/\b(?:on\s+(?:here|facebook|fb|tiktok|insta|instagram|twitter|x|snapchat|snap|whatsapp|youtube|the\s+internet|social\s+media|every\s+(?:\w+\s+){0,2}(?:page|group|site))|online|(?:the|every|that|this)\s+(?:\w+\s+){0,2}(?:page|group|chat|forum|site)|(?:goes|go|went)\s+up\s+on|screenshots?|the\s+(?:gazette|paper|papers|news|press)|(?:everyone|everybody|the\s+(?:whole\s+)?(?:town|village|school|estate|street))\s+(?:will\s+|is\s+going\s+to\s+|gets?\s+to\s+)(?:know|see|hear|read|find\s+out)|(?:your|ur|his|her|their)\s+(?:husband|hubby|wife|partner|boyfriend|girlfriend|boss|employer|manager|work|workplace|mum|mam|mother|dad|father|family|in-laws|church|mosque|bank)|the\s+(?:bank|place|firm|company)\s+(?:you|u|she|he)\s+works?\s+(?:at|for))\b/i);
/** a demand with a price */
const DEMAND =
  gated(/\b(?:unless\s+(?:you|u|she|he|they|we|i\s+(?:get|see|hear|receive)|(?:an?\s+)?(?:apology|sorry)|(?:the|my|that|this|her|his|their|your)\s+\w+\s+(?:is|are|gets?|comes?)\s+(?:back|returned|paid|deleted|down|removed|taken\s+down))|or\s+(?:else|i|i['’]?ll|it|it['’]?s|they|your|ur|every|everyone|the|we)|(?:you['’]?ve|you\s+have|u\s+have|uve)\s+got\s+(?:till|until|\d+\s+(?:hours|days)|one\s+(?:day|week))|keep\s+(?:on\s+)?(?:ignoring|deleting|blocking|it\s+up|slagging|talking|posting|lying|reporting|bad\s*mouthing)|if\s+(?:it['’]?s|its|this|that|they['’]?re|theyre|the\s+\w+\s+(?:is|isn['’]?t|are|aren['’]?t))\s+not\s+(?:gone|down|deleted|removed|taken\s+down|back|returned|paid|sorted)|if\s+(?:you|u|she|he|they)\s+(?:don['’]?t|dont|do\s+not|doesn['’]?t|won['’]?t)\s+(?:apologise|apologize|pay|take|delete|remove|put|give|stop|back\s+off|leave|retract|own\s+up)|(?:one|1)\s+more\s+(?:word|post|comment|message|lie)|your\s+choice|tick[\s-]?tock|last\s+chance)\b/i);

/** The spans of a comment or personal post that threaten to expose someone unless they do as told. */
export function exposureThreats(text: string): EmojiHit[] {
  return readReplies(text, readReply);
}

function readReply(reply: string): EmojiHit | undefined {
  // the demand first: most replies make none
  const demand = DEMAND.exec(reply);
  if (!demand) return undefined;
  const expose = EXPOSE.exec(reply);
  if (!expose) return undefined;
  const theirs = THEIRS.exec(reply);
  if (!theirs || !PUBLIC.test(reply)) return undefined;
  const at = [demand.index, demand.index + demand[0].length, expose.index, expose.index + expose[0].length, theirs.index, theirs.index + theirs[0].length];
  return sentenceSpan(reply, Math.min(...at), Math.max(...at));
}
