// The words' side of the reading of meaning: what the learned reading (categories/learned.ts), which weighs a
// sentence's words and word pairs, makes of one sentence, as log-odds. The encoder places a sentence by its sense; the
// words reading knows which words the labelled sets used for harm. Each misses some of what the other finds, and
// weighed together (each head's blend in heads.ts) they found more threats with fewer false alarms than the sense alone.
import { prepare } from '../normalise.js';
import { markDisguisedU, tokenise } from '../categories/offensive-tokens.js';
import { streamWords } from '../categories/stream-words.js';
import { learnedHits, shippedModel, type LearnedCategory } from '../categories/learned.js';

/** thresholds every sentence passes, so learnedHits gives each sentence's probability */
const EVERY: Record<LearnedCategory, number> = { threat: 1e-7, hate: 1e-7, bullying: 1e-7, sexual: 1e-7 };
/**
 * Names are read as ordinary words here, as they were when the blends were fitted: the reading of meaning runs after
 * the checker, without the school's roster, and who is named says nothing of what a sentence means.
 */
const NO_NAMES: ReadonlySet<string> = new Set();
/** a probability is held between these before its log-odds are taken, so a sentence of unknown words scores finitely */
const LOWEST = 1e-5;
const HIGHEST = 1 - 1e-6;

/** The learned words reading's log-odds that a sentence is of each category: those of its surest part. */
export function wordsLogOdds(sentence: string): Record<LearnedCategory, number> {
  const p = prepare(sentence, 'comment');
  const { stream } = tokenise(markDisguisedU(p));
  const best: Record<LearnedCategory, number> = { threat: LOWEST, hate: LOWEST, bullying: LOWEST, sexual: LOWEST };
  for (const h of learnedHits(shippedModel(), streamWords(stream.text), NO_NAMES, EVERY)) best[h.category] = Math.max(best[h.category], h.probability);
  const logOdds = (q: number) => Math.log(Math.min(q, HIGHEST) / (1 - Math.min(q, HIGHEST)));
  return { threat: logOdds(best.threat), hate: logOdds(best.hate), bullying: logOdds(best.bullying), sexual: logOdds(best.sexual) };
}
