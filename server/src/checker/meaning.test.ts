// The check endpoint with the reading of meaning: on, off, failing; and the worker that runs the encoder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, testApp, twoTrusts, type Client } from '../../test/helper.js';
import type { Encode } from '@lanyard/core';
import { MeaningWorker } from './meaning.js';

// No phrase the checker lists and no word weight of its learned reading says this is a threat (core/encoder tests it).
const MENACE = 'Her house would look better in flames with her in it.';

async function schoolWith(meaning?: Encode) {
  const t = await testApp(meaning ? { meaning } : {});
  const w = await twoTrusts(t.db);
  const head = (await signedIn(t, { trustId: w.trust, schoolId: w.school, roles: ['headteacher'] })).client;
  return { t, w, head };
}
const checkAs = (client: Client, school: string, text: string, kind = 'comment') => client.post(`/api/schools/${school}/check`, { text, kind });
// An everyday official post whose words alone the learned reading misreads as hate ("in town", "moment"): core/encoder
// tests it.
const EVERYDAY = "The supermarket in town has good ones at the moment, we got two cozzies there last week and they've lasted so far.";

describe('with the reading of meaning on', () => {
  const worker = new MeaningWorker();
  let s: Awaited<ReturnType<typeof schoolWith>>;
  beforeAll(async () => {
    s = await schoolWith(worker.encode);
  });
  afterAll(async () => {
    await s.t.close();
    await worker.close();
  });

  it('finds the threat the rules miss, as a warning over its sentence, and says the reading ran', async () => {
    const res = await checkAs(s.head, s.w.school, `Lovely photos. ${MENACE}`);
    expect(res.status).toBe(200);
    expect(res.body.meaning).toBe('read');
    expect(res.body.findings).toEqual([expect.objectContaining({ category: 'threat', severity: 'warning', start: 15, end: 15 + MENACE.length - 1, reason: expect.stringMatching(/sense of this sentence/) })]);
  });

  it('leaves a clean comment clean', async () => {
    const res = await checkAs(s.head, s.w.school, 'What a brilliant nativity, the children were wonderful.');
    expect(res.body).toMatchObject({ findings: [], meaning: 'read' });
  });

  it('leaves an everyday official post clean where its words alone would draw a warning', async () => {
    const res = await checkAs(s.head, s.w.school, EVERYDAY, 'official_post');
    expect(res.body).toMatchObject({ findings: [], meaning: 'read' });
  });

  it('is silenced on a sentence holding a phrase the school allowed', async () => {
    expect((await s.head.post(`/api/schools/${s.w.school}/checker-words/allowed`, { phrase: 'in flames' })).status).toBe(201);
    const res = await checkAs(s.head, s.w.school, MENACE);
    expect(res.body).toMatchObject({ findings: [], meaning: 'read' });
  });
});

describe('with the reading of meaning off', () => {
  let s: Awaited<ReturnType<typeof schoolWith>>;
  beforeAll(async () => {
    s = await schoolWith();
  });
  afterAll(() => s.t.close());

  it('checks the words alone and says the reading is off', async () => {
    const res = await checkAs(s.head, s.w.school, MENACE);
    expect(res.body).toMatchObject({ findings: [], meaning: 'off' });
  });

  it('keeps the words reading\'s warning on an official post, there being no reading of meaning to weigh it', async () => {
    const res = await checkAs(s.head, s.w.school, EVERYDAY, 'official_post');
    expect(res.body.meaning).toBe('off');
    expect(res.body.findings).toEqual([expect.objectContaining({ category: 'hate', severity: 'warning' })]);
  });
});

describe('when the reading of meaning fails', () => {
  let s: Awaited<ReturnType<typeof schoolWith>>;
  beforeAll(async () => {
    s = await schoolWith(async () => {
      throw new Error('the encoder is gone');
    });
  });
  afterAll(() => s.t.close());

  it('still answers with what the rules found, and says the reading could not run', async () => {
    const res = await checkAs(s.head, s.w.school, 'You are a fucking disgrace.');
    expect(res.status).toBe(200);
    expect(res.body.meaning).toBe('unavailable');
    expect(res.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'profanity' })]));
  });
});

describe('a very long text', () => {
  const asked: string[] = [];
  let s: Awaited<ReturnType<typeof schoolWith>>;
  beforeAll(async () => {
    s = await schoolWith(async (sentences) => {
      asked.push(...sentences);
      return sentences.map(() => new Array<number>(512).fill(0));
    });
  });
  afterAll(() => s.t.close());

  it('has its first 20,000 characters read for their sense, the rest for their words, and says so', async () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `Sentence number ${i} is fine.`).join(' ');
    const res = await checkAs(s.head, s.w.school, `${text} You are a fucking disgrace.`);
    expect(res.status).toBe(200);
    expect(res.body.meaning).toBe('partial');
    expect(asked.join('').length).toBeLessThanOrEqual(20_000);
    expect(asked.length).toBeGreaterThan(0);
    // the words are read to the end
    expect(res.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'profanity' })]));
  });
});

describe('a draft checked again', () => {
  const worker = new MeaningWorker();
  const asked: string[][] = [];
  let s: Awaited<ReturnType<typeof schoolWith>>;
  beforeAll(async () => {
    s = await schoolWith(async (sentences) => {
      asked.push([...sentences]);
      return worker.encode(sentences);
    });
  });
  afterAll(async () => {
    await s.t.close();
    await worker.close();
  });

  it('is read again only where it changed, with the same findings', async () => {
    const first = await checkAs(s.head, s.w.school, `Lovely photos of the fair. ${MENACE}`);
    const again = await checkAs(s.head, s.w.school, `Lovely photos of the fair. ${MENACE}`);
    const edited = await checkAs(s.head, s.w.school, `Lovely photos of the fete. ${MENACE}`);
    // sentences are read without their full stops
    expect(asked).toEqual([['Lovely photos of the fair', MENACE.slice(0, -1)], ['Lovely photos of the fete']]);
    expect(again.body).toEqual(first.body);
    expect(edited.body.findings).toEqual(first.body.findings);
    expect(edited.body.findings).toEqual([expect.objectContaining({ category: 'threat', reason: expect.stringMatching(/sense of this sentence/) })]);
  });
});

describe('MeaningWorker', () => {
  it('encodes sentences on its thread, and starts a new thread after close', async () => {
    const worker = new MeaningWorker();
    try {
      const [a] = await worker.encode(['See you at the gate.']);
      expect(a).toHaveLength(512);
      await worker.close();
      const [b] = await worker.encode(['See you at the gate.']);
      expect(Array.from(b!)).toEqual(Array.from(a!));
    } finally {
      await worker.close();
    }
  });

  it('gives up on a text that takes too long, rather than hold the check', async () => {
    const worker = new MeaningWorker(1);
    try {
      await expect(worker.encode(['See you at the gate.'])).rejects.toThrow(/took over/);
    } finally {
      await worker.close();
    }
  });

  it('answers every text still waiting when it is closed', async () => {
    const worker = new MeaningWorker();
    const answered = expect(worker.encode(['One.', 'Two.'])).rejects.toThrow(/stopping/);
    await worker.close();
    await answered;
  });
});
