// The reading of meaning in the server (core/src/checker/meaning): the sentence encoder runs on a worker thread, so a
// check waits for it but no other request does. One worker for the process, started on the first check that asks for
// it; if it fails or is too slow, the check answers with the rules' findings and says the reading did not run.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Encode } from '@lanyard/core';

/**
 * How a check's reading of meaning went: read; read for the first sentences of a very long text (MAX_MEANING_CHARACTERS);
 * switched off (LANYARD_MEANING=off); or could not run this time.
 */
export type MeaningStatus = 'read' | 'partial' | 'off' | 'unavailable';

/** Longest a text's encoding may take, loading the model included, before the check goes on without it. */
const TIMEOUT_MS = 30_000;

interface Pending { resolve: (e: Float32Array[]) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }

export class MeaningWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(private readonly timeoutMs = TIMEOUT_MS) {}

  readonly encode: Encode = (sentences) =>
    new Promise<Float32Array[]>((resolve, reject) => {
      const worker = this.started();
      const id = this.next++;
      const timer = setTimeout(() => this.settle(id, new Error(`the reading of meaning took over ${this.timeoutMs / 1000} s`)), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, sentences });
    });

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(createRequire(import.meta.url).resolve('@lanyard/core/encoder-worker'));
    worker.on('message', (m: { id: number; encodings?: Float32Array[]; error?: string }) => this.settle(m.id, m.error === undefined ? m.encodings! : new Error(m.error)));
    // a worker that dies takes its pending texts with it; the next check starts a new one
    const lost = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const id of [...this.pending.keys()]) this.settle(id, new Error(why));
    };
    worker.on('error', (e) => lost(`the reading of meaning failed: ${e.message}`));
    worker.on('exit', (code) => lost(`the reading of meaning stopped (exit ${code})`));
    // an idle worker does not keep the process alive
    worker.unref();
    return (this.worker = worker);
  }

  private settle(id: number, result: Float32Array[] | Error): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    if (result instanceof Error) p.reject(result);
    else p.resolve(result);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    for (const id of [...this.pending.keys()]) this.settle(id, new Error('the server is stopping'));
    if (worker) await worker.terminate();
  }
}
