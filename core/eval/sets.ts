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
 * How much of each blind writer's list (blind-lists/, eval:blind-lists) has been read, and so may be learned from: the
 * odd lines of a, b and c (their even lines are only measured), all of f, g, j, k, m and o. Lists d, e, h, i, l, n and p
 * are only ever measured, never read or learned from.
 */
export const BLIND_LISTS: Readonly<Record<string, 'half' | 'all' | 'none'>> = { a: 'half', b: 'half', c: 'half', d: 'none', e: 'none', f: 'all', g: 'all', h: 'none', i: 'none', j: 'all', k: 'all', l: 'none', m: 'all', n: 'none', o: 'all', p: 'none' };

/** Every line of a blind writer's list, with its line number (from 1). */
export function blindListLines(name: string): (BlindText & { line: number })[] {
  const lines = readFileSync(fileURLToPath(new URL(`./blind-lists/${name}.tsv`, import.meta.url)), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.map((l, i) => {
    const [kind, label, text] = l.split('\t') as [BlindText['kind'], BlindText['label'], string];
    return { id: `${name}:${i + 1}`, line: i + 1, kind, label, text };
  });
}

/** The part of a blind writer's list that may be learned from; a list never read throws. */
export function readBlindList(name: string): BlindText[] {
  const read = BLIND_LISTS[name];
  if (!read || read === 'none') throw new Error(`blind list ${name} is not one that may be learned from (${Object.keys(BLIND_LISTS).filter((n) => BLIND_LISTS[n] !== 'none').join(', ')})`);
  return blindListLines(name)
    .filter((t) => read === 'all' || t.line % 2 === 1)
    .map(({ id, kind, label, text }) => ({ id, kind, label, text }));
}
