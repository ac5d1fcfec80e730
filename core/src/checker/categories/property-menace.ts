// Threats made through what someone owns: their car, their home, their pet. "Funny how your tyres went down last week
// sir. Brakes next", "Your Corsa is getting keyed", "Tell the headmaster his greyhound will be fished out of the canal
// if he doesn't reply", "your cat goes out at night, doesn't it". No word of harm is aimed at a person, so the threat
// reader (threat-clauses.ts) passes them by, and the reading of meaning missed most. Blind writers of at least eight
// sets and lists (21, 37, 39, training 1, 7 and 10, lists a and f) used the shape with hardly a wording in common, so it
// is read as a shape. A reply (a line, or a "> " quote) is menace when it holds:
//  - a thing that is not the writer's (a vehicle, a home or a part of one, a pet; not "my car" or "our house") and harm
//    that such a thing comes to by someone's hand (keyed, slashed, no brakes, a brick through, burning, petrol through,
//    poison, "sugar in the tank is cheap"), said as what will or may happen ("will", "next", "if") or insinuated;
//  - a thing said to be someone's ("his house", "the head's bungalow", "she has a big conservatory") and harm it may
//    come to by chance ("won't last the winter", "still standing", "all that glass"), insinuated ("hope", "funny how",
//    "just saying", "doesn't it");
//  - a thing said to be someone's, or admired ("Lovely little bungalow that head of year has"), and one of the
//    insinuations that make telling someone you know their life a threat (watching-menace.ts: "be a shame if", "asking
//    for a reason", "sleep tight");
//  - a dog brought or set on people ("Tomorrow we're bringing the dog, no muzzle", "My staffie doesn't like people who
//    upset my kids");
//  - a car as a weapon ("Next time I won't be stopping", "Paper doesn't stop a car", "a grudge and a car").
// A victim's own report ("someone keyed my car"), a storm's damage, the police's appeal, a sponsor's tyre offer, a bike
// workshop's brakes and a thank-you for a new minibus are none of these. Comments and personal posts only, as the other
// readers of the text as written; a warning, for a person to read.

import type { EmojiHit } from './emoji-innuendo.js';
import { readReplies, sentenceSpan } from './replies.js';
import { gated } from '../first-word-gate.js';
import { INSINUATION, OWN_OR_TOPIC } from './watching-menace.js';

/**
 * The words without one of which no shape can be in a text (reader-gates.ts), as the canonical stream spells them (each
 * run of a letter as one): the things, the dogs and the cars.
 */
export const PROPERTY_WORDS = `
  car cars motor van minibus coach motorbike bike caravan caravans tyre tyres brake brakes windscreen paintwork tank
  audi bmw corsa fiesta qashqai rover mercedes merc tesla volvo vauxhall
  house bungalow conservatory greenhouse greenhouses window windows door letterbox roof roofs garage shed shop surgery forecourt
  cat cats dog dogs greyhound spaniel puppy pet pets staffie staffy rottie rottweiler pitbull bull`;

/** a thing someone owns that harm can come to */
const THING = gated(
  /\b(?:cars?(?!\s+parks?\b)|motor|van|minibus|coach|motorbike|bike|caravans?|tyres?|brakes?|windscreen|paintwork|(?:petrol\s+)?tank|audi|bmw|corsa|fiesta|qashqai|range\s+rover|mercedes|merc|tesla|volvo|vauxhall|house|bungalow|conservatory|greenhouses?|windows?|front\s+door|letterbox|roofs?|garage|shed|shop|surgery|forecourt|cat|dog|greyhound|spaniel|puppy|pet)(?:['’]s)?\b/gi,
);
/** the writer's own, or the writer's family's: "my car", "our front door", "my son's bike", "me mam's house" */
const OWN_BEFORE = /\b(?:my|our|me|mi)\s+(?:[a-z]+['’]s\s+|(?:own|new|old|little)\s+)?$/i;
/** someone else's, said so: "your tyres", "his greyhound", "Mr Reid's windscreen", "she has a lovely big conservatory" */
const OTHERS_BEFORE =
  /\b(?:(?:your|ur|yer|his|her|their|[a-z]+['’]s)\s+(?:[a-z]+\s+)?|(?<!\b(?:i|we|i['’]ve|we['’]ve|i\s+have|we\s+have)\s+)(?:has|got|owns|drives)\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2})$/i;

/** a thing admired, as an insinuation opens: "Nice new minibus", "Lovely little bungalow that head of year has" */
const ADMIRED_BEFORE = /\b(?:nice|lovely|beautiful|pretty|big|shiny|fancy|flash)\s+(?:[a-z]+\s+)?$/i;
/** someone else's, said so or admired */
const OTHERS_OR_ADMIRED = new RegExp(`${OTHERS_BEFORE.source}|${ADMIRED_BEFORE.source}`, 'i');

/** harm that can only be done to a thing on purpose, or that a thing comes to by someone's hand */
const HARM = gated(
  new RegExp(
    [
      // a vehicle
      String.raw`\bkey(?:ed|ing)\b|\bpaint\s*job\s+with\b|\bslash(?:ed|ing)?\s+(?:(?:the|your|ur|his|her|their|its|all|every|four)\s+)?(?:[a-z]+\s+)?tyres\b|\btyres\s+(?:[a-z]+\s+){0,2}slash(?:ed|ing)\b|\btyres\s+(?:[a-z]+\s+){0,3}(?:go|goes|went|going|gone|look|looks)\s+(?:flat|down|soft)\b|\bno\s+brakes\b|\bbrakes?\s+(?:fail(?:ed|s|ing)?|next|cut|went|go|going)\b|\b(?:chain|wheels?)\s+(?:went|came|come|goes|go|going)\s+(?:on|off)\b|\bsugar\s+in\s+(?:the|its|his|her|their)\s+tank\b|\bdoing\s+the\s+talking\b`,
      // smashing
      String.raw`\bsmash(?:ed|ing)?\s+(?:up\s+)?(?:the|your|ur|his|her|their|its|every|all)\s+(?:[a-z]+\s+)?(?:windows?|windscreen|car|van|glass|door|greenhouse|conservatory|headlights?|lights)\b|\b(?:windows?|windscreen|glass)\s+(?:gets?|getting|will\s+get|got)\s+smashed\b|\b(?:a|the)\s+brick\s+(?:through|in|into)\b|\bbricks?\s+(?:through|at|over)\b|\bbricks?\s+(?:go|goes|would\s+go|will\s+go|could\s+go)\s+(?:right\s+)?through\b|\bshowers?\s+of\s+bricks\b|\bbetter\s+in\s+pieces\b|\bcatapult\b`,
      // burning
      String.raw`\bburn(?:s|t|ing)?\b(?!\s+(?:off|out|calories|energy|question|sensation|through|bright))|\bgo(?:es)?\s+up\s+like\b|\bfire\s+damage\b|\bpetrol\s+(?:through|on|over|in)\b|\b(?:can|cans|bottle|gallons?|lot)\s+of\s+(?:petrol|fuel)\b|\bso\s+are\s+matches\b|\bbox\s+of\s+matches\b|\bgallons?\s+of\s+it\b`,
      // the means of harm said to be to hand: "Sugar in the tank is cheap", "Nails are cheap"
      String.raw`\b(?:nails|sugar|matches|petrol|bricks|a\s+brick|paint\s+stripper|brake\s+fluid)\s+(?:is|are)\s+cheap\b`,
      // a pet
      String.raw`\bfished\s+out\b|\bpoison(?:ed|ing)?\b|\banything\s+tasty\b|\bgoes\s+out\s+at\s+night\b`,
    ].join('|'),
    'i',
  ),
);
/** harm that an owner's thing may come to by chance, menace only where it is insinuated and the thing is someone's */
const MAY_COME = gated(
  /\b(?:won['’]?t|will\s+not|might\s+not|may\s+not|wouldn['’]?t)\s+(?:last|survive|make\s+it|get\s+past)\b|\bsee\s+if\s+(?:your|ur|his|her|their)\s+[a-z]+\s+lasts?\b|\bstill\s+(?:standing|in\s+one\s+piece)\b|\b(?:aren['’]?t|isn['’]?t|not)\s+safe\s+(?:on|round|around|in)\s+(?:this|our|these)\b|\bwon['’]?t\s+be\s+after\b|\b(?:mostly|all(?:\s+that)?)\s+glass\b|\beasy\s+to\s+get\s+into\b|\bnasty\s+surprise\b|\binsured\b|\bloose\s+bricks\b|\bnot\s+much\s+of\s+a\s+fence\b|\bglass\s+breaks\b/i,
);
/** the harm said as what will or may happen, or ought to */
const WILL = gated(
  /\b(?:will|wil|won['’]?t|gonna|going\s+to|getting|next|if|unless|or|hope|hopes|shame|would|could|might|should|ought\s+to|needs?|i['’]?m\s+[a-z]+ing|tonight|by\s+(?:monday|tuesday|wednesday|thursday|friday|the\s+weekend))\b|['’]ll\b/i,
);
/** the harm insinuated */
const INSINUATED = gated(
  /\b(?:just\s+saying|not\s+saying|funny|shame|hope|hopes|isn['’]?t\s+it|doesn['’]?t\s+it|innit|your\s+pick|asking|y['’]?know|watch|see\s+if|cheap|lovely|loves?|after\s+tonight|nice|see\s+you\s+soon|so\s+easy|so\s+easily|easy)\b/i,
);
/** what makes harm to a thing a report, an accident or an advert */
const NOT_MENACE = gated(
  /\b(?:police|footage|cctv|crime\s+number|storm|gales?|winds?|frost|snow|hail|flood(?:ed|ing)?|sponsor(?:ed|s|ing)?|mot|workshop|bikeability|service|fitted|bonfire|fireworks?|candles?|barbecue|bbq|toast|sun\s*burn(?:t|ed)?|calories)\b/i,
);

/** what a menacing insinuation never has: thanks, praise, an exclamation ("Lovely new minibus, thank you PTA! Be a shame
 * if we didn't fill it") */
const WARM = /!|\b(?:thanks?|thank\s+you|well\s+done|congrat\w*|enjoy|can['’]?t\s+wait|brilliant|amazing|welcome|party)\b/i;

/** a dog brought or set on people */
const DOG_SET = gated(
  /\b(?:(?:bring(?:ing)?|set(?:ting)?|let(?:ting)?)\s+(?:the|my|me|our|his|her)\s+(?:dogs?|staffie|staffy|rottie|rottweiler)\s+(?:on|down|loose|off|round|in|to)|so\s+will\s+my\s+dogs|no\s+muzzle|(?:doesn['’]?t|does\s+not|don['’]?t)\s+like\s+people\s+who|(?:gets?|getting)\s+bitten)\b/i,
);
const DOG = gated(/\b(?:dogs?|staffie|staffy|rottie|rottweiler|pit\s*bull)\b/i);

/** a car as a weapon */
const CAR_WEAPON = gated(
  /\b(?:(?:i|next\s+time\s+i)\s+(?:won['’]?t|will\s+not)\s+be\s+(?:stopping|parking\s+it|braking|slowing\s+down)|won['’]?t\s+be\s+stopping\s+for\s+(?:anyone|anybody|nobody|no\s+one|you|her|him|them)|(?:paper|an?\s+(?:restraining\s+)?order|a\s+gate|a\s+fence)\s+(?:doesn['’]?t|won['’]?t|does\s+not|will\s+not|can['’]?t)\s+stop\s+a\s+(?:car|van|motor)|a\s+grudge\s+and\s+a\s+(?:car|van))\b/i,
);
const CAR = gated(/\b(?:car|van|motor)\b/i);

/** The spans of a comment or personal post that threaten someone through what they own (see above). */
export function propertyMenace(text: string): EmojiHit[] {
  return readReplies(text, readReply);
}

function readReply(reply: string): EmojiHit | undefined {
  const dog = DOG_SET.exec(reply);
  if (dog && DOG.test(reply)) return spanOf(reply, dog);
  const car = CAR_WEAPON.exec(reply);
  if (car && CAR.test(reply)) return spanOf(reply, car);
  if (NOT_MENACE.test(reply)) return undefined;
  return harmTold(reply) ?? insinuated(reply);
}

/**
 * Harm to a thing that is not the writer's, said as what will happen or insinuated; or harm a thing may come to by
 * chance, insinuated, and the thing said to be someone's.
 */
function harmTold(reply: string): EmojiHit | undefined {
  const harm = HARM.exec(reply);
  if (harm) {
    const thing = INSINUATED.test(reply) || WILL.test(reply) ? othersThing(reply, OWN_BEFORE, false) : undefined;
    return thing && spanOf(reply, thing, harm);
  }
  const mayCome = MAY_COME.exec(reply);
  const thing = mayCome && INSINUATED.test(reply) ? othersThing(reply, OTHERS_BEFORE, true) : undefined;
  return thing && spanOf(reply, thing, mayCome!);
}

/**
 * Someone's thing, or one admired, with what turns talk of someone's life into menace ("be a shame if", "asking for a
 * reason", "sleep tight"); not "I'll be outside your house at 8", which is a lift as often as a threat, nor a sale
 * or lost property (watching-menace.ts reads those the same way).
 */
function insinuated(reply: string): EmojiHit | undefined {
  const hint = INSINUATION.exec(reply);
  if (!hint || COMING_ROUND.test(hint[0]) || WARM.test(reply) || OWN_OR_TOPIC.test(reply)) return undefined;
  const thing = othersThing(reply, OTHERS_OR_ADMIRED, true);
  return thing && spanOf(reply, thing, hint);
}
/** someone else's, said after it: "that dog of yours", "that car of his" */
const OF_YOURS = /^\s+of\s+(?:yours|his|hers|theirs)\b/i;
/** the insinuations that are the writer coming round: menace only with more said (watching-menace.ts) */
const COMING_ROUND = /^(?:i['’]?ll|we['’]?ll|i\s+will|we\s+will)\s/i;

/** The sentences of `reply` from the first of the matches to the end of the last. */
function spanOf(reply: string, ...found: RegExpExecArray[]): EmojiHit {
  return sentenceSpan(reply, Math.min(...found.map((m) => m.index)), Math.max(...found.map((m) => m.index + m[0].length)));
}

/**
 * The first thing in the reply that is someone else's: one `before` does not say is the writer's own (`said` false),
 * or one `before` says is someone's (`said` true).
 */
function othersThing(reply: string, before: RegExp, said: boolean): RegExpExecArray | undefined {
  THING.lastIndex = 0;
  for (let m = THING.exec(reply); m; m = THING.exec(reply)) {
    // "that dog of yours"
    if (said && OF_YOURS.test(reply.slice(m.index + m[0].length, m.index + m[0].length + 16))) return m;
    if (before.test(reply.slice(Math.max(0, m.index - 30), m.index)) === said) return m;
  }
  return undefined;
}
