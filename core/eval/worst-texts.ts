// Texts written to make the checker slow, or to break it: one short unit repeated to any length, up to the
// 50,000 characters a text may have. Each shape leans on one way a reader could go over the same text again and again:
// a sentence with no full stop (every phrase that reads "any words up to …" reads to its end), a run of single
// letters (a name spelt out, "k a i"), one emoji or one name a thousand times in one sentence, a starred word a
// thousand stars long. `npm run bench:checker-worst` times each; checker-worst.test.ts checks each is read without an
// error. Before these were read, "1 1 1 …" took 8.6 s at 50,000 characters and "f*f*f* …" threw.

/** name -> the unit repeated */
export const WORST_SHAPES: Readonly<Record<string, string>> = {
  'one long word': 'a',
  'single letters': 'a ',
  'spaced-out swearing': 'f u c k ',
  'spaced-out digits': '1 ',
  'dotted letters': 'a.',
  'hyphened letters': 'a-',
  'starred letters': 'f*',
  'stars': '*',
  'plain words': 'the cat sat on the mat ',
  'an insult opening': 'you are a ',
  'a threat opening': 'i will ',
  'insult words, no full stop': 'you you are are a a thick thick ',
  'kill yourself': 'kill yourself ',
  'a threat': "I'm going to kill you ",
  // each threat is read with the sentences either side for a game or a joke: a text of nothing else was read whole for
  // each of them once (11 seconds at 50,000 characters)
  'a game beside a threat': "we're gonna batter them ⚽ ",
  'a joke beside a menace': 'I know where you live 😂 thanks ',
  'a stock menace': 'watch your back ',
  // a place that kills, read for a dare: "off the top" was looked for to the sentence's end from each place
  'a place that kills': 'by the canal ',
  // an emoji in each of many sentences longer than 300 characters: each sentence was read from the text's start
  'long sentences, a smirk in each': `${'we had a lovely time at the seaside '.repeat(9)}😏. `,
  // goodbyes and ends, and despair, in every sentence: the self-harm reader reads a text for them when one of their words
  // is in it, and "going", "back" and "done" are in most
  'a goodbye and an end, over and over': "Love you all. Can't face another Monday. I won't be at prom. Or any match. ",
  // what will be left of someone described, and days said to be numbered, with no full stop: the readers look several
  // words back for who it is said of
  'what will be left of someone': 'the teacher who keeps shouting at my son will need a lot of stitches and should enjoy his knees while he still can ',
  'a group named': 'the muslims are ',
  'a disclosure': 'my dad hits me ',
  'ordinary-word names': 'Grace May Will Rose ',
  'a name in capitals': 'GRACE ',
  'a name and a year': 'Grace in Year 4 ',
  'a name a sentence': 'Grace. ',
  'a possessive name': "Grace's ",
  'initials': 'G. M. ',
  'a title and a name': 'Mr Smith ',
  'one child, no full stop': 'a boy ',
  'one child ill': 'a boy in Year 2 is ill ',
  'year groups': 'Year 4 Year 5 ',
  'knives': '\u{1F52A}',
  'aubergines and smirks': '\u{1F346}\u{1F60F}',
  'fire and a school': '\u{1F525}\u{1F3EB}',
  'a smiley': '\u{1F600}',
  'phone numbers': '07700 900 455 ',
  'e-mail addresses': 'a@b.co ',
  'at signs': 'a@',
  'web addresses': 'www.shop.com/x ',
  'postcodes': 'SW1A 1AA ',
  'dates': '12/03/2015 ',
  'birthdays': 'born on 12 March 2015 ',
  'street addresses': '12 High Street ',
  'discount codes': 'discount code SAVE10 ',
  'prices': '\u00a35 off ',
  'the school named': 'Oakfield Primary ',
  'leet': 'k1ll ',
  'dotted swearing': 'f.u.c.k ',
  'full-width letters': '\uff46\uff55\uff43\uff4b ',
  'zero-width spaces': 'a\u200b',
  'combining accents': 'a\u0301',
  'right-to-left overrides': '\u202eabc',
  'no-break spaces': 'a\u00a0',
  'new lines': 'a\n',
  'quoted replies': '> ',
  'hashtags': '#a',
  'exclamation marks': '!',
  'Chinese': '\u5b66\u6821\u7684\u5b69\u5b50',
  'Arabic': '\u0645\u062f\u0631\u0633\u0629 \u0627\u0644\u0623\u0637\u0641\u0627\u0644 ',
};

/** The unit repeated to exactly `length` characters (a unit's surrogate pair may be cut at the end, as a paste can). */
export function worstText(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
