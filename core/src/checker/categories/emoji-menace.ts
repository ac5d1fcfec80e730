// Menace carried by emoji: "see u at the gates 3:15 🔪🔪🩸", "we spin the block where that teacher lives 🔫🔫",
// "🔥🏫🔥 tonight", "🪢🪑 go on then". The canonical stream keeps letters and digits only, so the phrase lexicon and the
// sentence readers never see an emoji; this reads the text as written. A weapon alone is not enough: pumpkin carving
// (🎃🔪), a knife-crime assembly, a bake-off or a bonfire night all use them. It takes a weapon in a sentence that
// is aimed at someone or names a time or place to meet, and no word that makes the weapon a tool or a topic; fire on
// both sides of a school, or with a time; a rope with a chair, the noose and the step.

import { emojiSentences, type EmojiHit } from './emoji-innuendo.js';

/** knife, dagger, pistol, bomb, firecracker, drop of blood, coffin, headstone; and fire, school, knot, chair */
const KEY = /\u{1F52A}|\u{1F5E1}|\u{1F52B}|\u{1F4A3}|\u{1F9E8}|\u{1FA78}|\u{26B0}|\u{1FAA6}|\u{1F525}|\u{1F3EB}|\u{1FAA2}|\u{1FA91}/gu;
const WEAPON = new Set(['\u{1F52A}', '\u{1F5E1}', '\u{1F52B}', '\u{1F4A3}', '\u{1F9E8}', '\u{1FA78}', '\u{26B0}', '\u{1FAA6}']);
const FIRE = '\u{1F525}';
const SCHOOL = '\u{1F3EB}';
const KNOT = '\u{1FAA2}';
const CHAIR = '\u{1FA91}';
/** a rope and a chair side by side */
const NOOSE = /\u{1FAA2}[\s\u{FE0F}]*\u{1FA91}|\u{1FA91}[\s\u{FE0F}]*\u{1FAA2}/u;

/** someone aimed at, or a time and place to meet */
const AIMED = /(?:^|[^\p{L}])(?:u|you|ya|ur|your|yours|yer|him|her|them|em|he|she|whoever|teacher|head|miss|sir|(?:mr|mrs|ms)\.?\s+\p{L}+|see|wait\w*|gates?|after school|tomorrow|tmrw|2moro|tonight|lives|where|coming|pull\w* up|outside)(?![\p{L}])|\d{1,2}[:.]\d{2}/iu;
/** what makes a weapon a tool, a dish, a lesson, a game or praise ("Miss Cole is the bomb 💣") */
const TOPIC = /(?:^|[^\p{L}])(?:pumpkins?|carv\w*|cook\w*|chef|bak\w*|cake|kitchen|chop\w*|knife crime|knife safety|awareness|assembly|police|campaign|amnesty|fireworks?|bonfire|sparklers?|guy fawkes|film|movie|book|story|game|gaming|fortnite|cod|minecraft|science|experiment|volcano|blood donor|donat\w*|nosebleed|grazed?|remembrance|poppy|poppies|villains?|murder mystery|whodunn?it|cluedo|dress\w*|costumes?|halloween|(?:the|da) bomb|legend|best|love|lush|smashed it|killed it|nailed it)(?![\p{L}])/iu;
/** a time that makes fire on a school a plan */
const WHEN = /(?:^|[^\p{L}])(?:tonight|tomorrow|tmrw|2moro|soon|watch|burn\w*|bye|goodbye)(?![\p{L}])/iu;

/** The sentences of a text whose emoji, with what is said beside them, read as a threat. */
export function emojiMenace(text: string): EmojiHit[] {
  return emojiSentences(
    text,
    KEY,
    (emoji, sentence) =>
      (WEAPON.has(emoji) && sentence.matches(AIMED) && !sentence.matches(TOPIC)) ||
      ((emoji === FIRE || emoji === SCHOOL) && sentence.matches(FIRE_AND_SCHOOL) && (sentence.matches(WHEN) || fireAround(sentence.words))) ||
      ((emoji === KNOT || emoji === CHAIR) && sentence.matches(NOOSE)),
  ).map(({ start, end }) => ({ start, end }));
}

/** fire and a school in one sentence */
const FIRE_AND_SCHOOL = /^(?=[^]*\u{1F525})(?=[^]*\u{1F3EB})/u;

/** fire on both sides of a school: "🔥🏫🔥" */
function fireAround(words: string): boolean {
  const school = words.indexOf(SCHOOL);
  return words.lastIndexOf(FIRE, school) >= 0 && words.indexOf(FIRE, school) > school;
}
