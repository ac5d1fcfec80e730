// Whose words a sentence of an official post carries. Staff write an official post in the school's own voice, and in
// that voice it does not threaten or hate; where an official post holds a threat or hate, it is someone else's, quoted
// or reported ("a parent told one of our team that her partner would 'sort you out'", "graffiti reading 'NEXT TIME WE
// BURN IT'"). The reading of meaning, asked about the school's own sentences, warned on the way schools write about
// safety and respect: a lockdown drill ("children will move away from the windows and wait for the all-clear"),
// "Racism has no place here", a Holocaust Memorial Day lesson (docs/checker-learned-reading.md).

/** Words that report what someone said, wrote, sent or threatened. */
const REPORTED =
  /(?<![\p{L}\p{N}])(?:told|said|says|saying|shouted|shouting|yelled|screamed|threatened|threatening|wrote|written|posted|sent|messaged|texted|emailed|called|calling|claimed|claiming|commented|described|reading|(?:that|which|it|they) read|warned|boasted|bragged)(?![\p{L}\p{N}])/iu;

/**
 * The fewest words a quotation needs to be someone's words, not a word held up to be talked about: a lesson on why
 * "gay" is not an insult, a tag such as "sh1tlord99", carrying a knife "for protection".
 */
const QUOTED_WORDS = 3;

const OPENING = /["“«„]|(?<=^|[\s([:;,–—-])['‘](?=\p{L})/gu;
const CLOSING: Record<string, RegExp> = { '"': /"/, '“': /[”"]/, '«': /»/, '„': /[“"]/ };
const SINGLE_CLOSING = /['’](?![\p{L}])/u;

/** Whether a sentence quotes someone at some length: a quotation of QUOTED_WORDS words or more (or cut off by the sentence's end). */
function quotes(sentence: string): boolean {
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(sentence); m; m = OPENING.exec(sentence)) {
    const from = m.index + m[0].length;
    const rest = sentence.slice(from);
    const close = (CLOSING[m[0]] ?? SINGLE_CLOSING).exec(rest);
    const quoted = close ? rest.slice(0, close.index) : rest;
    if (quoted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= QUOTED_WORDS) return true;
    OPENING.lastIndex = from + (close ? close.index + 1 : rest.length);
  }
  return false;
}

/** Whether a sentence quotes or reports someone else's words, as against the school speaking for itself. */
export function carriesOthersWords(sentence: string): boolean {
  return REPORTED.test(sentence) || quotes(sentence);
}
