// Threats said sideways, with no word of harm aimed at anyone, in shapes several blind writers used (2026-12-07):
//  - an attack announced: "Bomb in the boys' toilets by the canteen", "There is a device in the sports hall. It goes
//    off at 2pm", "This school's going up in flames, mark the date", "Don't send your kids in Thursday. That's all I'm
//    saying";
//  - the writer's violence told as a warning: "Did four years for GBH in 2012. Temper hasn't mellowed", "Ask your head of
//    year what happened to the last bloke who stitched up my family", "Ask around about what I do to people who make my
//    boy cry", "One phone call and your PE teacher is having a very long weekend in the General", "A fella I did time
//    with does favours … send him round to see the head of Year 9";
//  - an ultimatum with something to lose: "He's got till Friday or his kneecaps belong to us", "Your windows, your roof,
//    your staff cars. Pick two. You've got until Monday", "For every day my son is excluded, one window goes".
//  - luck that will run out: "She's lucky she still has teeth. Won't be so lucky next time", "Lad's lucky I'm banned from
//    the site", "You're lucky it was only words this time", "Next time you won't be so lucky" (a stock way of saying it,
//    used by five writers of the read sets and lists in as many wordings);
//  - days said to be numbered (list k, the thirty-first session): "Mr Doyle better enjoy using his knees while he still
//    can", "That headteacher won't live to see Ofsted", "Cancel the nativity. If it goes ahead people will get hurt", and
//    things turning ugly for someone ("Things are going to get very unpleasant for Mrs Hale if the exclusion stands").
// List k also added to the attack announced ("Keep your children at home if you love them", "There's a package in the
// science block. You have until lunch") and to the writer's violence ("done time for less", "been inside for less",
// "I put a man in hospital", "what happens to people who upset us").
// A drill ("we practised what to do if there were a bomb in school"), a news story, a form's deadline ("you've got until
// Friday or your place goes") and a boiler man sent round are none of these. Comments and personal posts only, as a
// school's own post speaks of lockdown drills; a warning, for a person to read.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan } from './replies.js';
import { gated } from '../first-word-gate.js';
import { accidentWarning } from './accident-warning.js';

/**
 * Each shape's words, without one of which it cannot be in a text (reader-gates.ts): a text is read only for the shapes
 * whose words it holds, and most texts for none.
 */
export const SHAPE_WORDS = {
  attack: 'bomb device explosive flames saying warned keep package parcel planted',
  past: 'gbh abh assault manslaughter wounding stabbing happened phone favours favors nick prison jail around knows bloke fella time inside record hospital bones happens restraining',
  deadline: 'till until',
  toll: 'window windows',
  lucky: 'lucky',
  numbered: 'enjoy live hurt harmed unpleasant nasty ugly',
} as const;
export type SidewaysShape = keyof typeof SHAPE_WORDS;

/** a place in a school */
const PLACE = String.raw`(?:toilets?|loos?|canteen|dining\s+hall|hall|sports\s+hall|school|classroom|block|building|library|office|staff\s*room|corridor|gym|playground|changing\s+rooms?|assembly|lab|reception|nursery)`;
/** how an attack announced is signed off: "That's all I'm saying", "Trust me", "You've been warned" */
const WARNED = String.raw`(?:that['’]?s\s+all\s+i['’]?m\s+saying|trust\s+me|you['’]?ve\s+been\s+warned|just\s+saying|not\s+saying\s+(?:why|more)|keep\s+them\s+home)`;
/** an attack announced: a bomb or device somewhere, a time it goes off, a school going up in flames, children kept away */
const ATTACK = gated(new RegExp(
  String.raw`\b(?:(?:bomb|device|explosive|pipe\s*bomb)\s+(?:is\s+|has\s+been\s+(?:left|planted|hidden|put)\s+)?(?:in|at|under|inside|planted\s+in|hidden\s+in)\s+(?:the\s+|your\s+|ur\s+|our\s+|this\s+)?(?:[a-z'’]+\s+){0,3}?${PLACE}|(?:it|this|that)\s+(?:goes|will\s+go|is\s+going\s+to\s+go|gonna\s+go)\s+off\s+at\s+\d|(?:school|building|hall|block)(?:['’]s|\s+is|\s+will\s+be)?\s+going\s+up\s+in\s+flames|(?:don['’]?t|do\s+not)\s+send\s+(?:your|ur)\s+(?:kids?|children|child)\s+(?:(?:in|to\s+school|into\s+school)\s+(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow)(?=[^.!?]*[.!?]?\s*${WARNED})|to\s+(?:sports\s+day|the\s+(?:[a-z]+\s+)?(?:concert|nativity|fair|fete|disco|play|assembly|show|carnival|match|prom))(?=\s*[.!?,]?\s*${WARNED}))|keep\s+(?:your|ur)\s+(?:kids?|children|child)\s+(?:at\s+)?home\b(?=[^.!?]{0,40}?(?:if\s+you\s+(?:love|care\s+about|value)\s+them|if\s+you\s+know\s+what['’]?s\s+good|${WARNED}))|(?:there['’]?s|there\s+is)\s+a\s+(?:package|parcel)\s+(?:in|under|inside|at)\s+(?:the\s+|your\s+|ur\s+)?(?:[a-z'’]+\s+){0,3}?${PLACE}(?=[^]{0,80}?(?:anyone\s+in\s+(?:there|it|the)|you\s+have\s+(?:un)?till?|not\s+a\s+joke|not\s+trolling|goes\s+off|${WARNED}))|planted\s+(?:something|a\s+(?:package|parcel|bag|device))\s+(?:in|under|inside|at)\s+(?:the\s+|your\s+|ur\s+)?(?:[a-z'’]+\s+){0,3}?${PLACE}(?=[^]{0,80}?(?:anyone\s+in\s+(?:there|it|the)|you\s+have\s+(?:un)?till?|not\s+a\s+joke|not\s+trolling|goes\s+off|${WARNED})))`,
  'i',
));
/** what makes an attack a lesson or a report: a drill, a lockdown practice, the news */
const TOLD_OF = gated(/\b(?:drill|practi[sc]e[sd]?|lockdown|procedure|evacuat\w+|police\s+(?:say|said|have)|news|reported|arrested|charged|court|hoax\s+call\s+(?:was|has))\b/i);

/** the writer's violence told as a warning */
const VIOLENT_PAST = gated(new RegExp(
  String.raw`\b(?:(?:did|done|served)\s+(?:time|(?:\d+|two|three|four|five|six|seven|eight|ten)\s+(?:years?|months?)\s+for\s+(?:gbh|abh|assault|wounding|manslaughter|attempted\s+murder|stabbing|grievous|violence))|what\s+happened\s+to\s+the\s+last\s+(?:bloke|man|woman|teacher|head|person|one|lad|fella|guy|parent)\s+(?:who|that)|(?:ask\s+around|everyone\s+(?:round\s+here\s+)?knows|you\s+know)\s+(?:about\s+)?what\s+i\s+(?:do|did|done)\s+to|(?:one|a)\s+phone\s+call\s+and\s+(?:your|ur|the|that|his|her)\s+(?:[a-z]+\s+){0,2}(?:teacher|head|deputy|caretaker|ta|coach|governor|is|will|gets|ends)|(?:does|do)\s+["“']?favou?rs["”']?|send\s+(?:him|them|some\s+lads|the\s+lads|my\s+lads|my\s+boys)\s+round\s+to\s+see|last\s+time\s+someone\s+[a-z ]{0,40}?\s+i\s+ended\s+up\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(?:nick|prison|jail|court)|(?:been|was|were)\s+inside\s+for\s+(?:less|worse|gbh|abh|assault|violence|\d+\s+years)|record\s+for\s+(?:gbh|abh|assault|violence|wounding)|i(?:['’]ve|\s+have)?\s+put\s+(?:a\s+(?:man|bloke|lad|fella|guy|woman|teacher|year\s+\d+)|someone|somebody|people)\s+in\s+(?:hospital|a\s*&\s*e|intensive\s+care|a\s+wheelchair)|(?:broken|broke)\s+(?:bones|jaws|noses|someone['’]?s\s+(?:jaw|nose|arm|leg))\s+(?:over|for)\s+less|what\s+happens\s+to\s+(?:people|anyone|those|them)\s+(?:who|that)\s+(?:upset|cross|crosses|mess|messes|disrespect|touch|touches|hurt|hurts|upsets)|(?:didn['’]?t|don['’]?t)\s+give\s+(?:me|out)\s+(?:a\s+)?restraining\s+orders?)`,
  'i',
));
/** someone at the school it is aimed at */
const AT_SCHOOL = gated(/\b(?:teacher|head|deputy|caretaker|ta|coach|governor|staff|school|mr|mrs|miss|ms|sir|whoever|social\s+worker|year\s+\d+|you|your)\b/i);

/** an ultimatum: a deadline, and something to lose that is a body or a building */
const DEADLINE = gated(/\b(?:(?:you['’]?ve|you\s+have|(?:he|she|they)['’]?(?:s|ve)|(?:he|she)\s+has|they\s+have)\s+got\s+|(?:has|have)\s+)(?:un)?till?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tmr|tomoz|tonight|the\s+end\s+of\s+(?:term|the\s+week|the\s+month)|\d)/i);
const TO_LOSE = gated(/\b(?:windows?|roof|cars?|kneecaps?|knees|legs|teeth|face|van|house|tyres|pick\s+two|or\s+(?:else|the\s+head|your\s+[a-z]+\s+(?:goes|go|gets)))\b/i);
/** not a threat after all: a form, a place, a fee, a fine */
const PAPERWORK = gated(/\b(?:form|forms|place\s+(?:goes|will\s+go|is\s+given)|reply|respond|pay|fee|fees|deposit|fine|return\s+the|sign\s+up|application|refund)\b/i);
/** a toll taken, one for every day: "For every day my son is excluded, one window goes" */
const TOLL = gated(/\bfor\s+every\s+(?:day|week|hour|detention)\b[^.!?]*?\b(?:window|car|tyre|tyres|pane|teacher)s?\s+(?:goes|go|gets|get)\b/i);

/** luck that will run out: someone lucky that the writer held back or was kept away, or luck said to be running out */
const LUCKY = gated(new RegExp(
  String.raw`\b(?:(?:you['’]?re|you\s+are|ur|u\s+r|he['’]?s|she['’]?s|they['’]?re|(?:he|she|it)\s+is|they\s+are|[a-z]+['’]s|is|are)\s+(?:very\s+|so\s+|dead\s+|bloody\s+|damn\s+)?lucky\s+(?:that\s+)?(?:i['’]?m\s+(?:not|banned|on|in|a)|i\s+(?:wasn['’]?t|didn['’]?t|was\s+not|am\s+not|can['’]?t|couldn['’]?t)|it\s+was\s+only\s+(?:words|a\s+warning|talk|a\s+slap|a\s+push|me)|there(?:['’]?s|\s+(?:are|were|was|is))\s+(?:cameras?|witnesses|people|staff|teachers|other\s+parents)|the\s+cameras?|(?:she|he|you|u|they)\s+still\s+(?:has|have|got)\s+(?:(?:all\s+)?(?:her|his|your|ur|their|a)\s+)?(?:teeth|legs|kneecaps|knees|arms|fingers|face|front\s+teeth)|(?:she|he|you|u|they)(?:['’]?s|['’]?re|\s+is|\s+are)\s+still\s+(?:breathing|walking|standing|in\s+one\s+piece)|my\s+(?:husband|wife|partner|fella|brother|mates?|lads?|dad)\s+(?:wasn['’]?t|didn['’]?t|isn['’]?t|weren['’]?t))|(?:won['’]?t|wont|will\s+not)\s+be\s+(?:so\s+|as\s+|that\s+)?lucky)\b`,
  'i',
));
/** luck of a draw or a game */
const LUCK_OF_A_DRAW = gated(/\b(?:raffle|tombola|prize|prizes|draw|tickets?|winners?|won(?!['’]t)|win|competition|lottery|quiz|game|match|dice)\b/i);

/**
 * days said to be numbered: "Mr Doyle better enjoy using his knees while he still can", "Mr Bell should enjoy his
 * weekends while he still can", "That headteacher won't live to see Ofsted", "If it goes ahead people will get hurt"
 * (not "enjoy the sunshine while it lasts", "enjoy your lie-ins while you can, Year 11", "I won't live to see my pension
 * at this rate", or someone hurt on the zig-zags, which accident-warning.ts reads)
 */
const ENJOY_WHILE = gated(/\benjoy\s+((?:[a-z'’-]+\s+){0,4}?)while\s+(he|she|they|you|u)\s+(?:still\s+)?can\b(?=\s*(?:[.!?,;]|$))/i);
/** a body, or the use of it, enjoyed while it lasts */
const BODY_ENJOYED = /\b(?:knees?|kneecaps?|legs?|teeth|face|arms?|fingers?|eyes?|looks|walking|using|breathing)\b/i;
/** someone at the school, named or described, just before: "Mr Bell should", "that PE teacher had better" */
const STAFF_BEFORE = /\b(?:mr|mrs|miss|ms|sir|teacher|head|headteacher|deputy|senco|tutor|caretaker|receptionist|coach)\b[^.!?]{0,30}$/i;
const LIVE_TO_SEE = gated(/\b(?:he|she|they|you|u|(?:that|the|your|ur)\s+(?:[a-z]+\s+)?(?:teacher|head|headteacher|deputy|senco|tutor|caretaker|receptionist)|(?:mr|mrs|miss|ms)\s+[a-z'’-]+)\s+(?:won['’]?t|wont|will\s+not|(?:is|are)\s+not\s+going\s+to)\s+live\s+to\s+see\b/i);
/** harm to people, hung on a condition: "If it goes ahead people will get hurt", "people will get hurt unless…" */
const GET_HURT = gated(/\b(?:people|someone|somebody|staff|kids|children|teachers|parents|everyone)\s+(?:will|(?:is|are)\s+(?:going\s+to|gonna)|gonna)\s+(?:get\s+)?(?:hurt|harmed)\b/i);
const CONDITION = /\b(?:if|unless|or\s+else|otherwise|goes\s+ahead)\b/i;
/**
 * harm to come to someone, said as things turning: "Things are going to get very unpleasant for Mrs Hale if the exclusion
 * stands", "it'll get nasty for that teacher" (not "things will get difficult for schools if the cuts go ahead", nor a
 * team: someone at the school must be named or described; not "messy", which at a school is paint: "it's going to get
 * messy for the lady doing the face paints")
 */
const TURN_UGLY = gated(
  /\b(?:things|it|life)(?:(?:\s+(?:is|are)|['’]s|['’]re)\s+(?:going\s+to|gonna|about\s+to)|\s+will|['’]ll|\s+could|\s+might|\s+may)\s+(?:get|turn|become)\s+(?:very\s+|really\s+|extremely\s+|pretty\s+)?(?:unpleasant|nasty|ugly)\s+for\s+(?:him|her|you|u|them|(?:mr|mrs|miss|ms|sir|dr)\s+[a-z'’-]+|(?:that|the|your|ur|this)\s+(?:[a-z]+\s+)?(?:teacher|head|headteacher|deputy|senco|caretaker|ta|governor|woman|man|lady|bloke))\b/i,
);

const EVERY_SHAPE: ReadonlySet<SidewaysShape> = new Set(Object.keys(SHAPE_WORDS) as SidewaysShape[]);

/** The spans of a comment or personal post that threaten sideways (see above), reading only `shapes`. */
export function sidewaysThreats(text: string, shapes: ReadonlySet<SidewaysShape> = EVERY_SHAPE): EmojiHit[] {
  return readReplies(text, (reply) => readReply(reply, shapes));
}

function readReply(reply: string, shapes: ReadonlySet<SidewaysShape>): EmojiHit | undefined {
  const attack = shapes.has('attack') ? ATTACK.exec(reply) : null;
  if (attack && !TOLD_OF.test(reply)) return sentenceSpan(reply, attack.index, attack.index + attack[0].length);
  const past = shapes.has('past') ? VIOLENT_PAST.exec(reply) : null;
  if (past && AT_SCHOOL.test(reply)) return sentenceSpan(reply, past.index, past.index + past[0].length);
  const deadline = shapes.has('deadline') ? DEADLINE.exec(reply) : null;
  const lose = deadline ? TO_LOSE.exec(reply) : null;
  if (deadline && lose && !PAPERWORK.test(reply)) {
    const from = Math.min(deadline.index, lose.index);
    const to = Math.max(deadline.index + deadline[0].length, lose.index + lose[0].length);
    return sentenceSpan(reply, from, to);
  }
  const toll = shapes.has('toll') ? TOLL.exec(reply) : null;
  if (toll) return sentenceSpan(reply, toll.index, toll.index + toll[0].length);
  const lucky = shapes.has('lucky') ? LUCKY.exec(reply) : null;
  if (lucky && !LUCK_OF_A_DRAW.test(reply)) return sentenceSpan(reply, lucky.index, lucky.index + lucky[0].length);
  if (shapes.has('numbered')) {
    const enjoy = ENJOY_WHILE.exec(reply);
    if (enjoy && (BODY_ENJOYED.test(enjoy[1]!) || (/^(?:he|she|they)$/i.test(enjoy[2]!) && STAFF_BEFORE.test(reply.slice(0, enjoy.index))))) return sentenceSpan(reply, enjoy.index, enjoy.index + enjoy[0].length);
    const live = LIVE_TO_SEE.exec(reply);
    if (live) return sentenceSpan(reply, live.index, live.index + live[0].length);
    const turn = TURN_UGLY.exec(reply);
    if (turn) return sentenceSpan(reply, turn.index, turn.index + turn[0].length);
    const hurt = GET_HURT.exec(reply);
    if (hurt) {
      const at = sentenceSpan(reply, hurt.index, hurt.index + hurt[0].length);
      const sentence = reply.slice(at.start, at.end);
      if (CONDITION.test(sentence) && !accidentWarning(sentence.toLowerCase(), reply.toLowerCase()) && !ACCIDENT_SITE.test(reply)) return at;
    }
  }
  return undefined;
}

/** what people get hurt by with no one's hand, beyond the road (accident-warning.ts): play, weather, building work */
const ACCIDENT_SITE = /\b(?:trampoline|climbing|fence|ice|icy|snow|wet\s+floor|slippery|building\s+work|scaffold\w*|potholes?|equipment|broken|loose|glass|wasps?|dogs?\s+off\s+(?:the\s+)?leads?|fireworks?|bonfire|sparklers?)\b/i;
