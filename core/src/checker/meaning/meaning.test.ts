import { describe, expect, it, vi } from 'vitest';
import { allowedBy, senseHeadsFor, meaningScore, meaningSentences, readMeaning, readMeaningOf, senseVetoes, startingFindings, withMeaning, AT_RISK_MEANING_REASON, VETO_HEADS, MAX_MEANING_CHARACTERS, MEANING_CATEGORIES, MEANING_DIMENSIONS, type SenseHead, type MeaningHead } from './meaning.js';
import { AT_RISK_HEAD } from './at-risk-head.js';
import { SIDEWAYS_THREAT_HEAD } from './sideways-threat-head.js';
import { SIDEWAYS_HATE_HEAD } from './sideways-hate-head.js';
import { MEANING_HEADS, VETO_ONLY_HEADS } from './heads.js';
import { wordsLogOdds } from './words.js';
import { LEARNED_REASONS } from '../categories/learned.js';

// Heads that read one dimension each, so a test can say which sentence "means" what.
const dims = (...at: number[]) => Array.from({ length: 4 }, (_, i) => (at.includes(i) ? 1 : 0));
const head = (dimension: number): MeaningHead => ({ weights: dims(dimension).map((x) => x * 10), bias: -5, blend: { meaning: 1, words: 0, bias: 0 }, threshold: 0.5, veto: 0.05 });
const heads = { threat: head(0), hate: head(1), bullying: head(2) };

describe('the shipped heads', () => {
  it('read threats, hate and bullying from the encoder\'s 512 values and the words, with a threshold between 0 and 1', () => {
    expect(MEANING_CATEGORIES).toEqual(['threat', 'hate', 'bullying']);
    for (const c of MEANING_CATEGORIES) {
      expect(MEANING_HEADS[c].weights).toHaveLength(MEANING_DIMENSIONS);
      // both readings count
      expect(MEANING_HEADS[c].blend.meaning).toBeGreaterThan(0);
      expect(MEANING_HEADS[c].blend.words).toBeGreaterThan(0);
      expect(MEANING_HEADS[c].threshold).toBeGreaterThan(0);
      expect(MEANING_HEADS[c].threshold).toBeLessThan(1);
    }
  });

  it('read a writer at risk from the encoder\'s 512 values, with a bar in log-odds', () => {
    expect(AT_RISK_HEAD.weights).toHaveLength(MEANING_DIMENSIONS);
    expect(Number.isFinite(AT_RISK_HEAD.threshold)).toBe(true);
    // a bar above even odds: its warnings are few, and each says to tell the DSL
    expect(AT_RISK_HEAD.threshold).toBeGreaterThan(0);
  });

  it('each overrule the words reading below a low probability, sexual content\'s sense among them', () => {
    expect(Object.keys(VETO_HEADS).sort()).toEqual(['bullying', 'hate', 'sexual', 'threat']);
    expect(VETO_ONLY_HEADS.sexual.weights).toHaveLength(MEANING_DIMENSIONS);
    for (const c of ['threat', 'bullying', 'sexual'] as const) {
      expect(VETO_HEADS[c]!.veto).toBeGreaterThan(0);
      // a veto is for the plainly harmless, far below any threshold that warns
      expect(VETO_HEADS[c]!.veto).toBeLessThan(0.2);
    }
    // hate's words are not overruled: it lost as many labels as false alarms (train-meaning.ts)
    expect(VETO_HEADS.hate!.veto).toBe(0);
  });
});

describe('meaningScore', () => {
  it('is the logistic of the weighted sum', () => {
    expect(meaningScore(head(0), [1, 0, 0, 0], 0)).toBeCloseTo(1 / (1 + Math.exp(-5)));
    expect(meaningScore(head(0), [0, 1, 0, 0], 0)).toBeCloseTo(1 / (1 + Math.exp(5)));
  });

  it('blends the sense\'s log-odds with the words\'', () => {
    const blended: MeaningHead = { ...head(0), blend: { meaning: 0.5, words: 0.25, bias: 1 } };
    // sense log-odds 5 (dimension 0 on), words log-odds -4: 0.5 × 5 + 0.25 × -4 + 1 = 2.5
    expect(meaningScore(blended, [1, 0, 0, 0], -4)).toBeCloseTo(1 / (1 + Math.exp(-2.5)));
  });
});

describe('wordsLogOdds', () => {
  it('gives the learned words reading\'s log-odds for each category, finite for a sentence of no known words', () => {
    const hateful = wordsLogOdds('Muslims are ruining this country');
    const everyday = wordsLogOdds('See you at the fair');
    expect(hateful.hate).toBeGreaterThan(0);
    expect(everyday.hate).toBeLessThan(0);
    expect(hateful.hate).toBeGreaterThan(everyday.hate);
    const none = wordsLogOdds('🎉');
    for (const c of ['threat', 'hate', 'bullying', 'sexual'] as const) {
      expect(Number.isFinite(none[c])).toBe(true);
      expect(none[c]).toBeLessThanOrEqual(everyday[c]);
    }
  });
});

describe('meaningSentences', () => {
  it('gives each sentence\'s span in the original text, emoji and accents included', () => {
    const text = 'Café open 🎉 at 3pm. I know where you live!\nSee you soon';
    const spans = meaningSentences(text, 'comment').map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Café open 🎉 at 3pm', 'I know where you live', 'See you soon']);
  });

  it('gives none for a text with no words', () => {
    expect(meaningSentences('  🎉 … ', 'comment')).toEqual([]);
  });
});

describe('readMeaning', () => {
  const text = 'See you at the fair. Have a nice day.';
  const sentences = [{ start: 0, end: 10 }, { start: 11, end: 20 }];

  it('finds each sentence whose head scores over its threshold, as a warning over the sentence', () => {
    const found = readMeaning({ text, sentences, encodings: [dims(0), dims(1)], found: [], heads });
    expect(found.map((f) => [f.category, f.start, f.end, f.severity])).toEqual([['threat', 0, 10, 'warning'], ['hate', 11, 20, 'warning']]);
    expect(found[0]!.reason).toMatch(/reads like a threat.*read it before it goes out/);
  });

  it('adds nothing to a sentence the rules found half or more of in the same category, and still reads it for the others', () => {
    const found = readMeaning({ text, sentences, encodings: [dims(0, 1), dims()], found: [{ category: 'threat', start: 2, end: 7 }], heads });
    expect(found.map((f) => [f.category, f.start])).toEqual([['hate', 0]]);
  });

  it('still reads a sentence the rules found only a short phrase of: the rest of it may say more', () => {
    // a phrase of 2 characters of the 10: the sentence is read for the category as well
    const found = readMeaning({ text, sentences, encodings: [dims(0, 1), dims()], found: [{ category: 'threat', start: 3, end: 5 }], heads });
    expect(found.map((f) => [f.category, f.start])).toEqual([['threat', 0], ['hate', 0]]);
    // two findings that together cover half of it are as one
    const halves = readMeaning({ text, sentences, encodings: [dims(0), dims()], found: [{ category: 'threat', start: 0, end: 3 }, { category: 'threat', start: 2, end: 5 }], heads });
    expect(halves.filter((f) => f.category === 'threat')).toEqual([]);
  });

  it('calls no everyday hyperbole a threat: "I\'m gonna kill my son, he lost his PE kit again"', () => {
    const saying = "I'm gonna kill my son, he lost his PE kit again";
    const found = readMeaning({ text: saying, sentences: [{ start: 0, end: saying.length }], encodings: [dims(0)], found: [], heads });
    expect(found).toEqual([]);
  });

  it('flags nothing in a sentence the school allowed', () => {
    const found = readMeaning({ text, sentences, encodings: [dims(0), dims(0)], found: [], allowed: (s) => s.start === 0, heads });
    expect(found.map((f) => f.start)).toEqual([11]);
  });

  it('weighs the words of each sentence as its head\'s blend says', () => {
    const words = 'Muslims are ruining this country. See you at the fair.';
    const spans = [{ start: 0, end: 32 }, { start: 34, end: 53 }];
    // a hate head that reads only the words: the encodings say nothing
    const wordsOnly = { threat: head(0), hate: { ...head(1), blend: { meaning: 0, words: 1, bias: 0 } }, bullying: head(2) };
    const found = readMeaning({ text: words, sentences: spans, encodings: [dims(), dims()], found: [], heads: wordsOnly });
    expect(found.map((f) => [f.category, words.slice(f.start, f.end)])).toEqual([['hate', 'Muslims are ruining this country']]);
  });

  it('does not call a warning of an accident a threat, and still reads it for the others', () => {
    const warning = 'The car park is a death trap. Someone is going to get hurt.';
    const spans = [{ start: 0, end: 28 }, { start: 30, end: 58 }];
    const found = readMeaning({ text: warning, sentences: spans, encodings: [dims(), dims(0, 1)], found: [], heads });
    expect(found.map((f) => [f.category, warning.slice(f.start, f.end)])).toEqual([['hate', 'Someone is going to get hurt']]);
  });

  describe('a writer at risk', () => {
    // a head that reads the fourth dimension: log-odds 5 where it is set, -5 where not
    const atRisk: SenseHead = { weights: dims(3).map((x) => x * 10), bias: -5, threshold: 0 };
    const said = "I won't need my blazer after Friday. The bus was late again.";
    const spans = [{ start: 0, end: 35 }, { start: 37, end: 59 }];

    it('warns of a sentence in the first person whose sense reads as someone at risk, as a threat that says to tell the DSL', () => {
      const found = readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads, atRisk });
      expect(found.map((f) => [f.category, said.slice(f.start, f.end), f.severity, f.reason])).toEqual([['threat', "I won't need my blazer after Friday", 'warning', AT_RISK_MEANING_REASON]]);
      expect(AT_RISK_MEANING_REASON).toMatch(/safeguarding lead \(DSL\) today/);
    });

    it('reads only a sentence with the writer in it: "I", "me", "my"', () => {
      const found = readMeaning({ text: said, sentences: spans, encodings: [dims(), dims(3)], found: [], heads, atRisk });
      expect(found).toEqual([]);
    });

    it('gives one warning where the threat head reads the sentence too, the one that says to tell the DSL', () => {
      const found = readMeaning({ text: said, sentences: spans, encodings: [dims(0, 3), dims()], found: [], heads, atRisk });
      expect(found.map((f) => [f.category, f.start, f.reason])).toEqual([['threat', 0, AT_RISK_MEANING_REASON]]);
    });

    it('adds nothing where the rules found a threat, nor to everyday hyperbole, nor to a sentence the school allowed', () => {
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [{ category: 'threat', start: 0, end: 30 }], heads, atRisk })).toEqual([]);
      const saying = "I'm gonna kill my son, he lost his PE kit again";
      expect(readMeaning({ text: saying, sentences: [{ start: 0, end: saying.length }], encodings: [dims(3)], found: [], heads, atRisk })).toEqual([]);
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], allowed: () => true, heads, atRisk })).toEqual([]);
    });

    it('asks each sentence of a long text to be surer, as the other heads do', () => {
      const bar = { ...atRisk, threshold: 4 };
      // log-odds 5 passes a bar of 4 in a short text; in one of 40 sentences the bar is raised by log(10)
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads, atRisk: bar })).toHaveLength(1);
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads, atRisk: bar, textSentences: 40 })).toEqual([]);
    });

    it('is not read where other heads are given and it is not', () => {
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads })).toEqual([]);
    });
  });

  describe('a threat said sideways', () => {
    // a head that reads the fourth dimension, and an at-risk head that reads the third (as the bullying head does)
    const sideways: SenseHead = { weights: dims(3).map((x) => x * 10), bias: -5, threshold: 0 };
    const atRisk: SenseHead = { weights: dims(2).map((x) => x * 10), bias: -5, threshold: 0 };
    const threats = <F extends { category: string }>(found: readonly F[]) => found.filter((f) => f.category === 'threat');
    const said = 'How would Mr Dean feel if his girls did not come home one day? The bus was late again.';
    const spans = [{ start: 0, end: 61 }, { start: 63, end: 86 }];

    it('warns of a sentence the threat head passed whose sense reads as a threat said sideways, as a threat', () => {
      const found = readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads, sideways });
      expect(found.map((f) => [f.category, said.slice(f.start, f.end), f.severity])).toEqual([['threat', 'How would Mr Dean feel if his girls did not come home one day', 'warning']]);
      expect(found[0]!.reason).toMatch(/reads like a threat/);
    });

    it('gives no second warning where the threat head or the at-risk head warned, or the rules found a threat', () => {
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(0, 3), dims()], found: [], heads, sideways }).map((f) => f.start)).toEqual([0]);
      const mine = "I won't need my blazer after Friday, sir, and you won't either.";
      expect(threats(readMeaning({ text: mine, sentences: [{ start: 0, end: mine.length }], encodings: [dims(2, 3)], found: [], heads, atRisk, sideways })).map((f) => f.reason)).toEqual([AT_RISK_MEANING_REASON]);
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [{ category: 'threat', start: 0, end: 61 }], heads, sideways })).toEqual([]);
    });

    it('adds nothing to everyday hyperbole, a short sentence, or a sentence the school allowed, and asks a long text to be surer', () => {
      const saying = "I'm gonna kill my son, he lost his PE kit again";
      expect(readMeaning({ text: saying, sentences: [{ start: 0, end: saying.length }], encodings: [dims(3)], found: [], heads, sideways })).toEqual([]);
      expect(readMeaning({ text: 'See you Monday.', sentences: [{ start: 0, end: 14 }], encodings: [dims(3)], found: [], heads, sideways })).toEqual([]);
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], allowed: () => true, heads, sideways })).toEqual([]);
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads, sideways: { ...sideways, threshold: 4 }, textSentences: 40 })).toEqual([]);
    });

    it('is not read where other heads are given and it is not', () => {
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads })).toEqual([]);
    });
  });

  it('refuses encodings that do not match the sentences', () => {
    expect(() => readMeaning({ text, sentences, encodings: [dims(0)], found: [], heads })).toThrow(/2 sentences but 1 encodings/);
  });
});

describe('allowedBy', () => {
  const text = 'We offer interpreters in Polish and Urdu. Polishing the trophies today.';
  it('matches an allowed phrase as whole words, whatever its case and spacing', () => {
    const allowed = allowedBy(text, ['interpreters in  POLISH']);
    expect(allowed({ start: 0, end: 40 })).toBe(true);
    expect(allowed({ start: 42, end: text.length })).toBe(false);
  });
  it('does not match inside a longer word', () => {
    expect(allowedBy(text, ['polish'])({ start: 42, end: text.length })).toBe(false);
  });
  it('allows nothing when the school has allowed nothing', () => {
    expect(allowedBy(text, [])({ start: 0, end: 40 })).toBe(false);
    expect(allowedBy(text, ['  '])({ start: 0, end: 40 })).toBe(false);
  });
});

describe('startingFindings', () => {
  const learnedHate = { category: 'hate' as const, start: 0, end: 40, severity: 'warning' as const, reason: LEARNED_REASONS.hate };
  const learnedThreat = { ...learnedHate, category: 'threat' as const, reason: LEARNED_REASONS.threat };
  const learnedBullying = { ...learnedHate, category: 'bullying' as const, reason: LEARNED_REASONS.bullying };
  const ruleHate = { ...learnedHate, severity: 'block' as const, reason: 'Hate speech against a group of people.' };

  it('leaves the learned words reading\'s threat and hate warnings in an official post to the reading of meaning', () => {
    expect(startingFindings([learnedHate, learnedThreat, learnedBullying, ruleHate], 'official_post')).toEqual([learnedBullying, ruleHate]);
  });

  it('keeps every finding in a comment or a personal post', () => {
    for (const kind of ['comment', 'personal_post'] as const) expect(startingFindings([learnedHate, learnedThreat, ruleHate], kind)).toEqual([learnedHate, learnedThreat, ruleHate]);
  });
});

describe('senseVetoes', () => {
  const text = 'Zorp one here. Zorp two here.';
  const sentences = [{ start: 0, end: 13 }, { start: 15, end: 28 }];
  const learned = (category: 'threat' | 'hate', start: number, end: number) => ({ category, start, end, severity: 'warning' as const, reason: LEARNED_REASONS[category] });
  // dimension 0 on: sense log-odds +5 for threat (probability 0.99); all off: -5 (0.007, under the veto of 0.05)
  const harmless = [0, 0, 0, 0];
  const threatening = [1, 0, 0, 0];

  it('drops a learned words warning whose every sentence\'s sense is under the veto', () => {
    const f = learned('threat', 0, 13);
    expect([...senseVetoes([f], sentences, [harmless, threatening], heads)]).toEqual([f]);
    expect([...senseVetoes([f], sentences, [threatening, harmless], heads)]).toEqual([]);
    // over both sentences: one that reads as a threat keeps it
    expect([...senseVetoes([learned('threat', 0, 28)], sentences, [harmless, threatening], heads)]).toEqual([]);
    expect(senseVetoes([learned('threat', 0, 28)], sentences, [harmless, harmless], heads).size).toBe(1);
    expect(text.slice(0, 13)).toBe('Zorp one here');
  });

  it('never drops a rule\'s finding, nor one with no encoded sentence under it, nor a category with no head', () => {
    const rule = { ...learned('threat', 0, 13), severity: 'block' as const, reason: 'A threat of violence.' };
    expect(senseVetoes([rule], sentences, [harmless, harmless], heads).size).toBe(0);
    expect(senseVetoes([learned('threat', 30, 40)], sentences, [harmless, harmless], heads).size).toBe(0);
    expect(senseVetoes([learned('hate', 0, 13)], sentences, [harmless, harmless], { threat: heads.threat }).size).toBe(0);
  });
});

describe('withMeaning', () => {
  // a stand-in encoder: shipped heads, and an encoding that is the threat head's own direction for one sentence
  const threatLike = MEANING_HEADS.threat.weights.map((w) => w * 10);
  const encode = vi.fn(async (sentences: string[]) => sentences.map((s) => (s.includes('One morning') ? threatLike : new Array<number>(MEANING_DIMENSIONS).fill(0))));

  it('encodes the sentences, adds what the heads find and keeps the text order', async () => {
    const text = 'Mr Smith thinks he is safe. One morning it will not be. Have a nice day.';
    const rules = [{ category: 'staff_name' as const, start: 0, end: 8, severity: 'warning' as const, reason: 'named' }];
    const all = await withMeaning(text, 'comment', rules, encode);
    expect(encode).toHaveBeenCalledWith(['Mr Smith thinks he is safe', 'One morning it will not be', 'Have a nice day']);
    // (the threat head's direction may read as hate or bullying too: the heads are alike)
    const others = (f: { category: string }) => f.category === 'hate' || f.category === 'bullying';
    expect(all.filter((f) => !others(f)).map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([['staff_name', 'Mr Smith'], ['threat', 'One morning it will not be']]);
    expect(all.every((f) => !others(f) || text.slice(f.start, f.end) === 'One morning it will not be')).toBe(true);
  });

  it('drops a learned words warning the sentence\'s sense overrules, and does not warn on that sentence again', async () => {
    const text = 'The stock cupboard is finally organised. Glue sticks by colour.';
    const sentence = { start: 0, end: text.indexOf('.') };
    // an encoding giving a head's sense the log-odds wanted, from the sense alone
    const aimedAt = (h: { weights: readonly number[]; bias: number }, logOdds: number) => {
      const norm = h.weights.reduce((s, w) => s + w * w, 0);
      return h.weights.map((w) => (w * (logOdds - h.bias)) / norm);
    };
    const logit = (p: number) => Math.log(p / (1 - p));
    for (const category of ['sexual', 'threat'] as const) {
      const found = [{ category, ...sentence, severity: 'warning' as const, reason: LEARNED_REASONS[category] }];
      const h = VETO_HEADS[category]!;
      const saying = (p: number) => async (sentences: string[]) => sentences.map((s) => (s.startsWith('The stock') ? aimedAt(h, logit(p)) : new Array<number>(MEANING_DIMENSIONS).fill(0)));
      const overruled = await withMeaning(text, 'comment', found, saying(h.veto / 4));
      expect(overruled.filter((f) => f.category === category)).toEqual([]);
      const kept = await withMeaning(text, 'comment', found, saying(Math.min(0.9, h.veto * 4)));
      expect(kept.filter((f) => f.category === category)).toEqual(found);
    }
  });

  it('reads a comment for a writer at risk with the shipped head, and never an official post', async () => {
    const text = 'A parent told us: "I won\'t need my blazer after Friday."';
    const atRiskLike = async (sentences: string[]) => sentences.map(() => AT_RISK_HEAD.weights.map((w) => w * 10));
    const inComment = await withMeaning(text, 'comment', [], atRiskLike);
    expect(inComment.some((f) => f.reason === AT_RISK_MEANING_REASON)).toBe(true);
    const inPost = await withMeaning(text, 'official_post', [], atRiskLike);
    expect(inPost.some((f) => f.reason === AT_RISK_MEANING_REASON)).toBe(false);
  });

  describe('hate said without the words the checker knows', () => {
    // a head that reads the fourth dimension
    const hateSideways: SenseHead = { weights: dims(3).map((x) => x * 10), bias: -5, threshold: 0 };
    const said = 'Count the faces in that class photo and tell me this is still our town. The bus was late again.';
    const spans = [{ start: 0, end: 72 }, { start: 74, end: 97 }];

    it('warns of a sentence the hate head passed whose sense reads as hate, as hate', () => {
      const found = readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads, hateSideways });
      expect(found.map((f) => [f.category, said.slice(f.start, f.end), f.severity])).toEqual([['hate', said.slice(0, 72), 'warning']]);
    });

    it('gives no second warning where the hate head warned or the rules found hate, nor in a short or an allowed sentence', () => {
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(1, 3), dims()], found: [], heads, hateSideways }).map((f) => [f.category, f.start])).toEqual([['hate', 0]]);
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [{ category: 'hate', start: 0, end: 72 }], heads, hateSideways })).toEqual([]);
      expect(readMeaning({ text: 'Not our town.', sentences: [{ start: 0, end: 12 }], encodings: [dims(3)], found: [], heads, hateSideways })).toEqual([]);
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], allowed: () => true, heads, hateSideways })).toEqual([]);
    });

    it('is not read where other heads are given and it is not', () => {
      expect(readMeaning({ text: said, sentences: spans, encodings: [dims(3), dims()], found: [], heads })).toEqual([]);
    });
  });

  it('reads the sense heads of their own in comments and personal posts, never in an official post', () => {
    expect(senseHeadsFor('comment')).toEqual({ atRisk: undefined, sideways: undefined, hateSideways: undefined });
    expect(senseHeadsFor('personal_post')).toEqual({ atRisk: undefined, sideways: undefined, hateSideways: undefined });
    expect(senseHeadsFor('official_post')).toEqual({ atRisk: null, sideways: null, hateSideways: null });
  });

  it.each([
    ['threat', 'Things are going to get very unpleasant for Mrs Hale.', SIDEWAYS_THREAT_HEAD, { sideways: null }],
    ['hate', 'Count the faces in that class photo and tell me this is still our town.', SIDEWAYS_HATE_HEAD, { hateSideways: null }],
  ] as const)('reads the shipped sideways head for %s by default, where the blended head alone finds nothing', (category, text, head, without) => {
    const sentences = [{ start: 0, end: text.length - 1 }];
    // an encoding along the sideways head's weights less what the blended head reads: its own bar passed, the other's sense nought
    const blended = MEANING_HEADS[category].weights;
    const dot = (a: readonly number[], b: readonly number[]) => a.reduce((n, x, i) => n + x * b[i]!, 0);
    const apart = head.weights.map((w, i) => w - (dot(head.weights, blended) / dot(blended, blended)) * blended[i]!);
    const encodings = [apart.map((x) => (x * (head.threshold - head.bias + 1)) / dot(apart, head.weights))];
    const alone = readMeaning({ text, sentences, encodings, found: [], heads: MEANING_HEADS, ...without });
    expect(alone.filter((f) => f.category === category)).toEqual([]);
    const read = readMeaning({ text, sentences, encodings, found: [], heads: MEANING_HEADS });
    expect(read.filter((f) => f.category === category)).toHaveLength(1);
  });

  it('reads an official post only where it quotes or reports someone, and counts the rest as read', async () => {
    const text = 'One morning it will not be safe here, so we practise our lockdown. A parent told us: "One morning it will not be safe for you".';
    encode.mockClear();
    const read = await readMeaningOf(text, 'official_post', [], encode);
    // the school's own sentence is not encoded at all; the reported one is (and what it quotes), and is found once
    expect(encode.mock.calls.flatMap(([batch]) => batch)).toEqual([text.slice(text.indexOf('A parent'), -2), 'One morning it will not be safe for you']);
    expect(read.findings.filter((f) => f.category === 'threat').map((f) => text.slice(f.start, f.end))).toEqual([text.slice(text.indexOf('A parent'), -2)]);
    expect([read.sentences, read.read]).toEqual([2, 2]);
    // the same own-voice sentence in a comment is read for its sense
    encode.mockClear();
    const comment = await withMeaning('One morning it will not be safe here.', 'comment', [], encode);
    expect(encode).toHaveBeenCalledTimes(1);
    expect(comment.some((f) => f.category === 'threat')).toBe(true);
  });

  it('reads what an official post quotes on its own too, without the school\'s framing', async () => {
    const text = 'We removed a comment on our Pride post that said "they should all be sent back where they came from". Every family is welcome here.';
    const passage = 'they should all be sent back where they came from';
    // an encoder under which only the quotation alone reads as a threat, not the sentence around it
    const quoteOnly = vi.fn(async (sentences: string[]) => sentences.map((s) => (s === passage ? threatLike : new Array<number>(MEANING_DIMENSIONS).fill(0))));
    const found = await withMeaning(text, 'official_post', [], quoteOnly);
    expect(quoteOnly.mock.calls.flatMap(([batch]) => batch)).toEqual([text.slice(0, text.indexOf('". Every')), passage]);
    expect(found.filter((f) => f.category === 'threat').map((f) => text.slice(f.start, f.end))).toEqual([passage]);
    // a comment is read sentence by sentence, as before
    quoteOnly.mockClear();
    await withMeaning(text, 'comment', [], quoteOnly);
    expect(quoteOnly.mock.calls.flatMap(([batch]) => batch)).not.toContain(passage);
  });

  it('reads an official post\'s quotations within the same budget as its sentences', async () => {
    // 400 sentences of 36 characters, each reporting someone and quoting 27 of them: more than the budget in all
    const text = Array.from({ length: 400 }, (_, i) => `He said "number ${String(i).padStart(3, '0')} is fine by me".`).join(' ');
    encode.mockClear();
    await readMeaningOf(text, 'official_post', [], encode);
    const asked = encode.mock.calls.flatMap(([batch]) => batch);
    expect(asked.join('').length).toBeLessThanOrEqual(MAX_MEANING_CHARACTERS);
    const quotations = asked.filter((s) => s.startsWith('number')).length;
    expect(quotations).toBeGreaterThan(0);
    expect(quotations).toBeLessThan(400);
  });

  it('skips a sentence holding a phrase the school allowed', async () => {
    const text = 'One morning it will not be.';
    expect(await withMeaning(text, 'comment', [], encode, ['one morning'])).toEqual([]);
  });

  it('reads a sentence stored backwards behind a right-to-left override as a screen shows it', async () => {
    const shown = 'One morning it will not be';
    // a name first, then the sentence stored reversed: a screen shows it forwards
    const text = `Dear Mr Smith. \u202e${[...shown].reverse().join('')}\u202c`;
    encode.mockClear();
    const all = await withMeaning(text, 'comment', [], encode);
    const [sentences] = encode.mock.calls[0]!;
    expect(sentences[0]).toBe('Dear Mr Smith');
    expect(sentences[1]!.startsWith(shown)).toBe(true);
    const threat = all.find((f) => f.category === 'threat');
    // the span is of the characters as stored: the whole reversed run (and the mark that ends it)
    expect(threat?.start).toBe(text.indexOf('\u202e') + 1);
    expect(threat && text.slice(threat.start, threat.end).replace('\u202c', '')).toBe([...shown].reverse().join(''));
  });

  it('reads the sense of a very long text up to MAX_MEANING_CHARACTERS, and says how much it read', async () => {
    encode.mockClear();
    // 1,000 sentences of 30 characters, a threat among the first and among the last
    const sentences = Array.from({ length: 1_000 }, (_, i) => (i === 10 || i === 990 ? 'One morning it will not be ok' : `Sentence number ${String(i).padStart(4, '0')} is fine`));
    const text = sentences.map((s) => `${s}.`).join(' ');
    const read = await readMeaningOf(text, 'comment', [], encode);
    const asked = encode.mock.calls.flatMap(([batch]) => batch);
    expect(asked.join('').length).toBeLessThanOrEqual(MAX_MEANING_CHARACTERS);
    expect(asked.length).toBe(read.read);
    expect(read.sentences).toBe(1_000);
    expect(read.read).toBeGreaterThan(500);
    expect(read.read).toBeLessThan(1_000);
    // the threat among the first is read for its sense; the one among the last only for its words
    const threats = read.findings.filter((f) => f.category === 'threat').map((f) => f.start);
    expect(threats).toEqual([text.indexOf('One morning')]);
  });

  it('asks each sentence of a long text to be surer, as the learned words reading does', async () => {
    // an encoding that sets the threat head's log-odds from the sense alone: just over its threshold's
    const head = MEANING_HEADS.threat;
    const norm = head.weights.reduce((s, w) => s + w * w, 0);
    const logit = (p: number) => Math.log(p / (1 - p));
    // the blend's final log-odds = meaning * sense + words * wordsLogOdds + bias; aim the sense so the total is 0.3 over
    const senseFor = (target: number, words: number) => (target - head.blend.bias - head.blend.words * words) / head.blend.meaning;
    const aimed = (words: number) => {
      const sense = senseFor(logit(head.threshold) + 0.3, words);
      return head.weights.map((w) => (w * (sense - head.bias)) / norm);
    };
    const text = (n: number) => ['Zorp zorp zorp.', ...Array.from({ length: n - 1 }, (_, i) => `Line ${i} is here.`)].join(' ');
    const only = (found: { category: string; start: number }[]) => found.filter((f) => f.category === 'threat' && f.start === 0);
    const words = wordsLogOdds('Zorp zorp zorp').threat;
    const encode = async (sentences: string[]) => sentences.map((s) => (s.startsWith('Zorp') ? aimed(words) : new Array<number>(MEANING_DIMENSIONS).fill(0)));
    expect(only((await readMeaningOf(text(2), 'comment', [], encode)).findings)).toHaveLength(1);
    expect(only((await readMeaningOf(text(40), 'comment', [], encode)).findings)).toHaveLength(0);
  });

  it('reads the whole of a text within MAX_MEANING_CHARACTERS', async () => {
    const read = await readMeaningOf('See you all at the fair. One morning it will not be.', 'comment', [], encode);
    expect(read).toMatchObject({ sentences: 2, read: 2 });
  });

  it('does not call the encoder for a text with no sentences', async () => {
    encode.mockClear();
    expect(await withMeaning('🎉', 'comment', [], encode)).toEqual([]);
    expect(encode).not.toHaveBeenCalled();
  });
});

describe('meaningSentences on long sentences', () => {
  it('cuts a sentence longer than MAX_SENTENCE into pieces at spaces, each within it, covering its words', async () => {
    const { MAX_SENTENCE } = await import('./meaning.js');
    const text = `${'word '.repeat(300)}end`;
    const spans = meaningSentences(text, 'comment');
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toMatch(/^word( word)*( end)?$|^(word )*end$/);
    }
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('cuts a run with no spaces anywhere, but never inside a character', async () => {
    // fancy-text letters, two UTF-16 units each, after one plain letter so a cut at 400 would split one
    const text = `b${'𝐚'.repeat(300)}`;
    const spans = meaningSentences(text, 'comment');
    expect(spans.length).toBe(2);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).toMatch(/^b?(𝐚)+$/u);
  });
});
