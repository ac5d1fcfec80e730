// The labelled sets by number, as the trainers and eval:groups name them: set 0 is corpus.jsonl, set 1 heldout.jsonl,
// set N heldout-N.jsonl, and set tN the training set training-N.jsonl.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusEntry } from './generate-corpus.js';

/** the file of a set, as an absolute path */
export const setFile = (n: string): string =>
  fileURLToPath(new URL(n === '0' ? './corpus.jsonl' : n === '1' ? './heldout.jsonl' : n.startsWith('t') ? `./training-${n.slice(1)}.jsonl` : `./heldout-${n}.jsonl`, import.meta.url));

/** a set's texts with their labels */
export const readSet = (n: string): CorpusEntry[] => readFileSync(setFile(n), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CorpusEntry);
