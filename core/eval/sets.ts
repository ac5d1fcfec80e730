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

/** A line of a blind writer's list: one label for the whole text. */
export interface BlindText {
  id: string;
  kind: CorpusEntry['kind'];
  label: 'threat' | 'self_harm' | 'hate' | 'bullying' | 'clean';
  text: string;
}

/**
 * The blind writers' lists (blind-lists/, eval:blind-lists) that may be learned from, and how much of each: the odd
 * lines of a, b and c (their even lines are only measured), all of f, g and j. Lists d, e, h and i are only ever
 * measured, so never learned from: asking for them throws.
 */
const BLIND_READ: Record<string, 'half' | 'all'> = { a: 'half', b: 'half', c: 'half', f: 'all', g: 'all', j: 'all' };

/** The part of a blind writer's list that may be learned from. */
export function readBlindList(name: string): BlindText[] {
  const read = BLIND_READ[name];
  if (!read) throw new Error(`blind list ${name} is not one that may be learned from (${Object.keys(BLIND_READ).join(', ')})`);
  const lines = readFileSync(fileURLToPath(new URL(`./blind-lists/${name}.tsv`, import.meta.url)), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.flatMap((line, i) => {
    if (read === 'half' && (i + 1) % 2 !== 1) return [];
    const [kind, label, text] = line.split('\t') as [BlindText['kind'], BlindText['label'], string];
    return [{ id: `${name}:${i + 1}`, kind, label, text }];
  });
}
