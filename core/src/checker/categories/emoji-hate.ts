// Hate carried by emoji: "Grace took the Year 4 sprint then 🐒🍌", "Happy Black History Month everyone 🐒🍌", "We
// all know who funds it 👃💰", "we all know whose money it is 🤑✡️". The canonical stream keeps letters and digits
// only, so the phrase lexicon never sees them; this reads the text as written. An ape with a banana is the taunt
// thrown at Black players and pupils, and a nose or a Star of David with money the oldest antisemitic one; nine texts
// by eight writers in the labelled sets used them, about a child, a team or a month. An ape alone is not enough
// ("Cheeky monkeys, the lot of them 🐒", the Year of the Monkey), nor a pair in a sentence about a zoo or a
// rainforest, nor a star and money in a synagogue's appeal. A pig or bacon said to Muslims ("🐖🥓 Eid Mubarak lol") is
// the same taunt at a faith (the writers of sets 38, t3 and t11), read only where the sentence names the faith or
// its festival. An ape, a watermelon or a drumstick beside Black History Month or Black pupils ("🐒🐒🐒 lovely Black
// History Month display", "Black History Month 🍉🍗 enjoy lads"), and a mosque or a Pride flag crossed out ("❌🕌 Not in
// our town", "🏳️‍🌈🚫 keep it out of our schools"), are the same (list o, 2026-12-07). Only comments and personal posts are
// read: a school's post that reports such a taunt says so in words. It is a warning, for a person to read.

import { emojiSentences, type EmojiHit } from './emoji-innuendo.js';

/** monkey, monkey face, gorilla, orangutan; nose, Star of David, six-pointed star; pig, pig face, pig nose, bacon */
const KEY = /\u{1F412}|\u{1F435}|\u{1F98D}|\u{1F9A7}|\u{1F443}|\u{2721}|\u{1F52F}|\u{1F416}|\u{1F437}|\u{1F43D}|\u{1F953}|\u{1F349}|\u{1F357}|\u{1F54C}|\u{1F3F3}|\u{1F308}/gu;
/** a watermelon or a drumstick, the old taunt at Black people, read only beside Black people or their month */
const FOOD_TAUNT = /\u{1F349}|\u{1F357}/u;
/** Black people, or their month, named in the sentence an ape or a food taunt is said in */
const BLACK = /(?:^|[^\p{L}])(?:black\s+history|bhm|black\s+(?:kids|people|pupils|players|lads|girls|boys|families|mums|dads|staff|teachers?)|african|africans|windrush)(?![\p{L}])/iu;
/** a mosque or a Pride flag crossed out, or a no-entry sign beside it: "❌🕌 Not in our town", "🏳️‍🌈🚫 keep it out of our schools" */
const BARRED = /(?:\u{274C}|\u{1F6AB}|\u{26D4})\s*(?:\u{1F54C}|\u{1F3F3}|\u{1F308})|(?:\u{1F54C}|\u{1F3F3}\u{FE0F}?\u{200D}?\u{1F308}?|\u{1F308})\s*(?:\u{274C}|\u{1F6AB}|\u{26D4})/u;
/** the food itself: a menu, a picnic, a barbecue */
const FOOD = /(?:^|[^\p{L}])(?:watermelons?|chicken|drumsticks?|menu|picnic|bbq|barbecue|fruit|slices?|food|lunch|cook\w*|recipes?|fair)(?![\p{L}])/iu;
const MOSQUE_OR_PRIDE = /\u{1F54C}|\u{1F3F3}|\u{1F308}/u;
const PIG = /\u{1F416}|\u{1F437}|\u{1F43D}|\u{1F953}/u;
/** Muslims, their faith and its festivals, named in the sentence a pig or bacon is said in (not halal: a fair's menu
 * names its halal burgers beside its pig roast) */
const MUSLIM =
  /(?:^|[^\p{L}])(?:muslims?|moslems?|islam\w*|mosques?|eid|ramadan|ramadhan|hijabs?|headscarf|headscarves|burkas?|burqas?|niqabs?|imams?|allah|m0zz\w*|mozz(?:ie|er)s?)(?![\p{L}])/iu;
const APE = /\u{1F412}|\u{1F435}|\u{1F98D}|\u{1F9A7}/u;
const BANANA = /\u{1F34C}/u;
/** a nose or a star, with a money bag, a money face, notes flying, banknotes, a bank or a coin */
const MONEY = /\u{1F4B0}|\u{1F911}|\u{1F4B5}|\u{1F4B7}|\u{1F4B8}|\u{1F4B6}|\u{1F4B4}|\u{1F3E6}|\u{1FA99}/u;
/** what makes an ape an animal: a zoo, a safari, a forest, the zodiac, a class or a toy */
const ANIMALS =
  /(?:^|[^\p{L}])(?:zoo|safari|wildlife|rainforest|forest|monkey world|longleat|wild place|animals?|monkeys|apes|gorillas|chimps|apes? (?:park|centre)|chinese new year|lunar new year|year of the monkey|zodiac|cheeky|class|soft toy|teddy|cuddly|mascot|banana bread|smoothie)(?![\p{L}])/iu;
/** what makes a star and money a Jewish community's own news: a synagogue's appeal, a festival's gifts */
const COMMUNITY =
  /(?:^|[^\p{L}])(?:synagogues?|shul|jewish|hanukk?ah|chanukk?ah|menorah|bar mitzvah|bat mitzvah|passover|seder|rosh hashanah|yom kippur|purim|shabbat|donat\w*|raised|fundrais\w*|charity|appeal|sponsor\w*)(?![\p{L}])/iu;

/** The sentences of a comment or personal post whose emoji are a racist or antisemitic taunt. */
export function emojiHate(text: string): EmojiHit[] {
  const found = emojiSentences(text, KEY, (emoji, sentence) =>
    APE.test(emoji)
      ? (sentence.matches(BANANA) || sentence.matches(BLACK)) && !sentence.matches(ANIMALS)
      : PIG.test(emoji)
        ? sentence.matches(MUSLIM)
        : FOOD_TAUNT.test(emoji)
          ? sentence.matches(BLACK) && !sentence.matches(FOOD)
          : MOSQUE_OR_PRIDE.test(emoji)
            ? sentence.matches(BARRED)
            : sentence.matches(MONEY) && !sentence.matches(COMMUNITY),
  );
  // emoji standing after a full stop or a question mark are said of the sentence before: "Picked again?? 🐒🍌"
  return found.map(({ start, end, sentence }) => ({ start: /\p{L}/u.test(sentence.words) ? start : sentenceBefore(text, start), end }));
}

/** The start of the sentence that ends just before `at`, on the same line; `at` when there is none. */
function sentenceBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && /[ \t.!?]/.test(text[k]!)) k--;
  if (k < 0 || text[k] === '\n') return at;
  while (k > 0 && !/[.!?\n]/.test(text[k - 1]!)) k--;
  while (/\s/.test(text[k]!)) k++;
  return k;
}
