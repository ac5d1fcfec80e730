// Self-harm dared rather than named: "go and lick a pylon", "go roll urself off the top of the quarry", "there's a
// bridge over the M4 with her name on it", "the reservoir's deep enough, go test it", "see how long u can hold ur
// breath in the bath". The lexicon knows "kys" and "jump off a bridge"; writers who never say either dare someone
// into a place that kills ("someone show her which way the footbridge over the m5 is", "the Severn's deep enough for
// one more, off you pop"). Blind sets by different writers (14, 21, 24, 31) each had their own places and their own
// verbs, so this reads the shape: a place or thing that kills, and a dare aimed at someone, in one sentence. Safety
// talk about the same places ("stay away from the quarry", "the dangers of the railway") is no dare.
//
// It reads the text as written (the canonical stream reads "M4" as letters), a sentence at a time, in comments and
// personal posts only. A warning, for a person to read: threat, and bullying of the one it is aimed at.

import type { EmojiHit } from './emoji-innuendo.js';
import { gated } from '../first-word-gate.js';

/** a place or thing that kills */
const PLACE =
  '(?:m\\d{1,2}|motorway|dual carriageway|railway|rail ?line|train tracks|tracks|level crossing|pylons?|electric fence|substation|plug socket|toaster|quarry|cliffs?|reservoir|canal|weir|river|sea|bridge|foot ?bridge|flyover|viaduct|car park|multi ?storey|roof|tower block|oncoming traffic|traffic|severn|thames|avon|trent|tyne|mersey|clyde|taff|wye|ouse|humber|tees|irwell)';
/**
 * How far on from a place its "off the top" or "with her name on it" is looked for. Read to a sentence's end from each
 * place, a sentence of nothing but places (no full stop, 50,000 characters) took time that grew with its square.
 */
const REACH = 300;
/** the place as somewhere to fall, drown or be hit, not somewhere to go: "off the top of the quarry", "into the sea",
 * "on the motorway", "lick a pylon", "the reservoir's deep enough", "a bridge … with her name on it" */
const INTO_DANGER = gated(new RegExp(
  `\\b(?:(?:off|(?:off|of) the (?:top|edge) of|into|in front of|under|lick|hug|touch|jump in|fall in|over the edge of|(?:play|seek|lie down|lie|sleep|nap|stand|dance|walk|picnic)(?:\\s+[a-z]+){0,2}?\\s+(?:on|in|across))\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:top|edge) of\\s+(?:the\\s+)?)?(?:(?:tallest|highest|nearest|deepest|busiest|big|local)\\s+)?${PLACE}|${PLACE}'?s?\\s+(?:is\\s+)?(?:deep|high|fast|busy) enough)\\b|\\bwhich way\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}${PLACE}\\b|\\b${PLACE}\\b.{0,${REACH}}\\boff the top\\b|\\b${PLACE}\\b.{0,${REACH}}\\bwith (?:your|ur|her|his|their) name on it\\b|\\bhold (?:your|ur|yer) breath\\b.{0,${REACH}}\\b(?:bath|water|pool|pond|under)\\b`,
  'i',
));
/** any of the places (with an 's: "the river's deep enough"), or a held breath: every sentence INTO_DANGER can match
 * holds one, so one scan of the text for them says which sentences are worth reading */
const ANY_PLACE = gated(new RegExp(`\\b${PLACE}(?:'?s)?\\b|\\bbreath\\b`, 'gi'));
/** a dare aimed at someone: an order, a wish, "with her name on it", "save us the bother" */
const DARE =
  /(?:^\s*|[,:;"“'‘]\s*|\b(?:but|just|now|pls|please|plz)\s+)(?:go|walk|roll|jump|lie|lick|hug|touch|play|stand|try|take a(?: long)? walk|have a(?: little)? (?:lie down|lick|nap))\b|\b(?:do (?:us|everyone|everybody|the world) a favou?r|save (?:us|everyone) the (?:bother|trouble)|with (?:your|ur|her|his|their) name on it|go test it|see how long (?:you|u|ya) can|why don'?t (?:you|u)|(?:you|u|ya) should (?:go|try|walk|jump|lick|play|roll)|show (?:him|her|you|u|ya) which way|(?:nobody|no one|no1) (?:would|wud|will|wil|'d) (?:stop|miss|notice) (?:you|u|ya)|off (?:you|u|ya) pop|for one more)\b/i;
const WHY_NOT = gated(/\bwhy don'?t (?:you|u|ya)\b/i);
/** what makes the place a topic: a warning, a lesson, a trip, a day out ("don't bother ringing, just walk into the
 * Severn" is a dismissal, not a warning) */
const SAFETY =
  gated(/\b(?:stay away|keep away|keep (?:off|clear|out)|don'?t(?! bother)|do not(?! bother)|never|dangers?|dangerous|safety|safe|careful|warning|warn|police|lifeguards?|charity|sponsored|ball|kite|frisbee|raising|fundraising|dip|assembly|lesson|project|trip|visit|walk(?:ed|ing)? (?:along|by|over) the|fishing|picnic|sunset|views?|photos?|lovely|beautiful|gorgeous|weather|closed|roadworks|traffic jam|stuck|delays?|queue|late|diversion)\b/i);
/** a sentence's end: a stop, a line, or a new reply */
const SENTENCE_BREAK = /[.!?]+(?=\s|$)|\n|(?:^|\s)>\s/g;

/** The sentences of a comment or personal post that dare someone into a place or thing that kills. */
export function dangerDares(text: string): EmojiHit[] {
  const out: EmojiHit[] = [];
  // most texts name no such place at all, and most sentences of those that do name none: one scan for the places, and
  // only a sentence that holds one is read (INTO_DANGER is a wide pattern, slow to run where it cannot match)
  ANY_PLACE.lastIndex = 0;
  const places: number[] = [];
  for (let p = ANY_PLACE.exec(text); p; p = ANY_PLACE.exec(text)) places.push(p.index);
  if (places.length === 0) return out;
  let next = 0;
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (;;) {
    const m = SENTENCE_BREAK.exec(text);
    const to = m ? m.index + (m[0].startsWith('.') || m[0].startsWith('!') || m[0].startsWith('?') ? m[0].length : 0) : text.length;
    while (next < places.length && places[next]! < from) next++;
    if (next === places.length) break;
    if (places[next]! >= to) {
      if (!m) break;
      from = m.index + m[0].length;
      continue;
    }
    const sentence = text.slice(from, to);
    // a question is no dare unless it asks why they don't: "play on the tracks?" is asked of a child, not told
    const question = sentence.trimEnd().endsWith('?') && !WHY_NOT.test(sentence);
    if (!question && INTO_DANGER.test(sentence) && DARE.test(sentence) && !SAFETY.test(sentence)) {
      let start = from;
      while (start < to && /\s/.test(text[start]!)) start++;
      out.push({ start, end: to });
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}
