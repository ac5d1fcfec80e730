// Whose words a sentence of an official post carries. Staff write an official post in the school's own voice, and in
// that voice it does not threaten or hate; where an official post holds a threat or hate, it is someone else's, quoted
// or reported ("a parent told one of our team that her partner would 'sort you out'", "graffiti reading 'NEXT TIME WE
// BURN IT'"). The reading of meaning, asked about the school's own sentences, warned on the way schools write about
// safety and respect: a lockdown drill ("children will move away from the windows and wait for the all-clear"),
// "Racism has no place here", a Holocaust Memorial Day lesson (docs/checker-learned-reading.md).

import { quotedPassages } from './quotations.js';

/** Words that report what someone said, wrote, sent or threatened, or did at someone ("made monkey noises", "aimed at"). */
const REPORTED =
  /(?<![\p{L}\p{N}])(?:told|said|says|saying|shouted|shouting|yelled|screamed|threatened|threatening|wrote|written|posted|sent|messaged|texted|emailed|called|calling|claimed|claiming|commented|described|reading|(?:that|which|it|they) read|warned|boasted|bragged|chanted|chanting|noises|gestures?|(?:aimed|directed) at)(?![\p{L}\p{N}])/iu;

/** Whether a sentence quotes or reports someone else's words, as against the school speaking for itself. */
export function carriesOthersWords(sentence: string): boolean {
  // a quotation of a few words or more (quotations.ts), or one cut off by the sentence's end
  return REPORTED.test(sentence) || quotedPassages(sentence).length > 0;
}
