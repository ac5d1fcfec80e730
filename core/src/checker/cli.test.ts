import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerLine, answerLineWithMeaning, formatLine } from '../../cli/check-line.js';
import { parseRoster, RosterInvalid } from '../../cli/roster-schema.js';
import { ALL_BUILDERS } from './builders.js';
import { compileChecker, type CategoryBuilder } from './check.js';
import { withClauses } from './clauses.js';
import { originalSpan } from './normalise.js';
import type { Finding, Roster } from './types.js';

const aRoster = (): Roster => ({
  school: { name: 'Oakfield Primary School', short: 'Oakfield', town: 'Thornbury', postcode: 'BS35 4HJ' },
  pupils: [{ given: 'May', family: 'Chen', dob: '2018-05-04', year: 'Year 2', photoConsent: true }],
  staff: [{ given: 'Helen', family: 'Marsh', role: 'dsl' }],
});

// A stand-in category that finds the word "oak" in the folded text, so these tests depend on the
// command line alone, not on how far the real categories have got.
const findsOak: CategoryBuilder = {
  categories: ['school_identification'],
  build: () => (p) => {
    const found = [];
    for (let at = p.folded.indexOf('oak'); at >= 0; at = p.folded.indexOf('oak', at + 1)) {
      found.push({ category: 'school_identification' as const, ...originalSpan(p, at, at + 3), severity: 'warning' as const, reason: 'names the school', internal: 'not for output' });
    }
    return found;
  },
};
const checker = compileChecker(aRoster(), [findsOak]);
const answer = (line: string, n = 1) => answerLine(checker, line, n);

describe('the checker command line, one line at a time', () => {
  it('answers a well-formed line with its findings', () => {
    expect(answer(JSON.stringify({ text: 'I teach at Oak Lane', kind: 'personal_post' }))).toEqual({
      findings: [{ category: 'school_identification', start: 11, end: 14, severity: 'warning', reason: 'names the school' }],
    });
  });

  it('answers a fine text with an empty list of findings', () => {
    expect(answer(JSON.stringify({ text: 'Lovely day', kind: 'comment' }))).toEqual({ findings: [] });
  });

  it('answers an empty text with an empty list of findings', () => {
    expect(answer(JSON.stringify({ text: '', kind: 'comment' }))).toEqual({ findings: [] });
  });

  it('skips categories that do not apply to the kind of text', () => {
    expect(answer(JSON.stringify({ text: 'Oak', kind: 'official_post' }))).toEqual({ findings: [] });
  });

  it('names the line number when a line is not JSON', () => {
    expect(answer('{"text": "hi", "kind": ', 7)).toEqual({ error: expect.stringMatching(/^line 7: not JSON/) });
  });

  it('refuses a kind the checker does not know, saying which field is wrong', () => {
    expect(answer(JSON.stringify({ text: 'hi', kind: 'tweet' }), 3)).toEqual({ error: expect.stringMatching(/^line 3: kind: /) });
  });

  it('refuses a line without a text', () => {
    expect(answer(JSON.stringify({ kind: 'comment' }), 2)).toEqual({ error: expect.stringMatching(/^line 2: text: /) });
  });

  it('refuses a JSON value that is not an object', () => {
    expect(answer('[1, 2]', 4)).toEqual({ error: expect.stringMatching(/^line 4: /) });
  });

  it('refuses an empty line rather than skipping it, so output lines stay in step with input lines', () => {
    expect(answer('   ', 5)).toEqual({ error: expect.stringMatching(/^line 5: empty line/) });
  });

  it('refuses a text over 50,000 characters with a clear message, without checking it', () => {
    const started = performance.now();
    const out = answer(JSON.stringify({ text: 'oak '.repeat(20_000), kind: 'personal_post' }), 9);
    expect(out).toEqual({ error: expect.stringMatching(/^line 9: The text is 80,000 characters long; the checker reads at most 50,000/) });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a line far too long to hold an allowed text before parsing it', () => {
    expect(answer('x'.repeat(400_000), 1)).toEqual({ error: expect.stringMatching(/^line 1: the line is 400,000 characters long/) });
  });

  it('ignores fields it does not know, so a corpus line can be piped in as it is', () => {
    expect(answer(JSON.stringify({ id: 'com-001', text: 'oak', kind: 'personal_post', labels: [] }))).toMatchObject({ findings: [{ start: 0, end: 3 }] });
  });

  it('accepts images with tagged pupils and refuses images of the wrong shape', () => {
    expect(answer(JSON.stringify({ text: 'Trip', kind: 'official_post', images: [{ tagged: ['May Chen'] }] }))).toEqual({ findings: [] });
    expect(answer(JSON.stringify({ text: 'Trip', kind: 'official_post', images: [{ tagged: 'May Chen' }] }))).toEqual({ error: expect.stringMatching(/images/) });
  });

  it('gives offsets into the original text across emoji, full-width letters and zero-width spaces', () => {
    const text = '🎉🎉 we love Ｏ\u200bａｋ 👩‍👩‍👧';
    const out = answer(JSON.stringify({ text, kind: 'personal_post' }));
    expect('findings' in out && out.findings.map((f) => text.slice(f.start, f.end))).toEqual(['Ｏ\u200bａｋ']);
  });

  it('reads right-to-left text and combining marks without error', () => {
    expect(answer(JSON.stringify({ text: 'שלום O\u0301ak مرحبا', kind: 'personal_post' }))).toMatchObject({ findings: [{ start: 5, end: 9 }] });
  });

  it('writes a finding\u2019s clause, its suggestion with the range it replaces, and advice, and nothing else', () => {
    const full: CategoryBuilder = {
      categories: ['pupil_name'],
      build: () => () => [{ category: 'pupil_name', start: 10, end: 18, severity: 'block', reason: 'names a pupil', suggestion: 'Well done to a pupil!', replaces: { start: 0, end: 19 }, advice: 'Or leave the name out.', internal: 'no' } as Finding],
    };
    const withPack = withClauses(compileChecker(aRoster(), [full]), { pupil_name: [{ clause: 'terms-of-use', quote: 'References should not be made to any pupil' }] });
    expect(answerLine(withPack, JSON.stringify({ text: 'Well done May Chen!', kind: 'comment' }), 1)).toEqual({
      findings: [
        {
          category: 'pupil_name', start: 10, end: 18, severity: 'block', reason: 'names a pupil',
          clause: 'terms-of-use: References should not be made to any pupil',
          suggestion: 'Well done to a pupil!', replaces: { start: 0, end: 19 }, advice: 'Or leave the name out.',
        },
      ],
    });
  });

  it('writes every answer on exactly one line', () => {
    const line = formatLine({ error: 'line 1: a\nb \u2028 c \u2029 d' });
    expect(line.split(/\r?\n|\r|\u2028|\u2029/)).toHaveLength(1);
    expect(JSON.parse(line)).toEqual({ error: 'line 1: a\nb \u2028 c \u2029 d' });
  });
});

describe('the roster file', () => {
  it('reads a roster in the shape the app exports', () => {
    expect(parseRoster(JSON.stringify(aRoster()), 'roster.json').pupils[0]!.given).toBe('May');
  });

  it('reads the other names people are known by, as the app exports them', () => {
    const withAka = { ...aRoster(), staff: [{ given: 'Helen', family: 'Marsh', role: 'dsl', aka: ['Mrs M'] }] };
    expect(parseRoster(JSON.stringify(withAka), 'roster.json').staff[0]!.aka).toEqual(['Mrs M']);
  });

  it('names the file when it is not JSON', () => {
    expect(() => parseRoster('{school', 'r.json')).toThrow(/^r\.json is not JSON/);
  });

  it('names the missing or wrong field', () => {
    const { school: _school, ...noSchool } = aRoster();
    expect(() => parseRoster(JSON.stringify(noSchool), 'r.json')).toThrow(RosterInvalid);
    expect(() => parseRoster(JSON.stringify(noSchool), 'r.json')).toThrow(/school/);
    const badDob = { ...aRoster(), pupils: [{ ...aRoster().pupils[0], dob: '4 May 2018' }] };
    expect(() => parseRoster(JSON.stringify(badDob), 'r.json')).toThrow(/pupils\.0\.dob: must be a date as YYYY-MM-DD/);
  });
});

describe('the checker command line as a program', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const tsx = `${root}node_modules/.bin/tsx`;
  const run = (args: string[], input: string) => spawnSync(tsx, ['core/cli/checker.ts', ...args], { cwd: root, input, encoding: 'utf8' });

  it('writes one answer per input line, in order, and goes on past a bad line', () => {
    const input = [JSON.stringify({ text: 'Lovely day', kind: 'comment' }), '{oops', '', JSON.stringify({ text: 'Fine', kind: 'personal_post' })].join('\n');
    const out = execFileSync(tsx, ['core/cli/checker.ts', '--roster', 'core/eval/roster.json'], { cwd: root, input, encoding: 'utf8' });
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as object);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('findings');
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^line 2: not JSON/) });
    expect(lines[2]).toEqual({ error: expect.stringMatching(/^line 3: empty line/) });
    expect(lines[3]).toHaveProperty('findings');
  });

  it('stops quietly when its reader closes the pipe early, as "… | head -1" does', () => {
    const input = Array.from({ length: 3000 }, () => JSON.stringify({ text: 'Well done everyone, you legends', kind: 'comment' })).join('\n');
    const r = spawnSync('sh', ['-c', `"${tsx}" core/cli/checker.ts --roster core/eval/roster.json | head -1`], { cwd: root, input, encoding: 'utf8' });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('exits 2 naming the problem when the roster file is missing', () => {
    const r = run(['--roster', 'no-such-roster.json'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read the roster no-such-roster\.json: ENOENT/);
  });

  it('exits 2 with the usage when no roster is given', () => {
    const r = run([], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no roster given\nusage: /);
  });

  it('with --pack and a built-in pack\u2019s id, gives each finding the clause the pack names for it', () => {
    const input = JSON.stringify({ text: 'Proud to work at Oakfield Primary School', kind: 'personal_post' });
    const out = execFileSync(tsx, ['core/cli/checker.ts', '--roster', 'core/eval/roster.json', '--pack', 'belsteads'], { cwd: root, input, encoding: 'utf8' });
    const { findings } = JSON.parse(out) as { findings: { category: string; clause?: string }[] };
    expect(findings.find((f) => f.category === 'school_identification')?.clause).toBe('terms-of-use: Employees should not identify themselves as a representative of the school');
  });

  it('with --pack and a pack file, reads its checker section; without --pack, findings have no clause', () => {
    const input = JSON.stringify({ text: 'Well done Grace Okafor!', kind: 'official_post' });
    const withPack = execFileSync(tsx, ['core/cli/checker.ts', '--roster', 'core/eval/roster.json', '--pack=core/src/packs/builtin/st-bartholomews.yaml'], { cwd: root, input, encoding: 'utf8' });
    expect(JSON.parse(withPack).findings[0]).toMatchObject({ category: 'pupil_name', clause: 'official-school-accounts: speak generally about the achievements of students.' });
    const without = execFileSync(tsx, ['core/cli/checker.ts', '--roster', 'core/eval/roster.json'], { cwd: root, input, encoding: 'utf8' });
    expect(JSON.parse(without).findings[0]).not.toHaveProperty('clause');
  });

  it('with --words, finds the school\u2019s own words and spares its allowed ones (a Dorset village)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-words-'));
    const words = path.join(dir, 'words.json');
    writeFileSync(words, JSON.stringify({ add: [{ term: 'grockle', category: 'hate' }], allow: ['Shitterton'], nicknames: [] }));
    const input = [JSON.stringify({ text: 'Go home you gr0ckle', kind: 'comment' }), JSON.stringify({ text: 'Our walk to Shitterton was lovely', kind: 'comment' })].join('\n');
    const out = execFileSync(tsx, ['core/cli/checker.ts', '--roster', 'core/eval/roster.json', '--words', words], { cwd: root, input, encoding: 'utf8' });
    const [first, second] = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { findings: { category: string }[] });
    expect(first!.findings.map((f) => f.category)).toEqual(['bullying', 'hate']);
    expect(second!.findings).toEqual([]);
  });

  it('with --meaning, adds the reading of meaning\u2019s findings, spares sentences with an allowed phrase, and still answers bad lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-words-'));
    const words = path.join(dir, 'words.json');
    writeFileSync(words, JSON.stringify({ add: [], allow: ['with her in it'], nicknames: [] }));
    const menace = 'Lovely photos. Her house would look better in flames with her in it.';
    const input = [JSON.stringify({ text: menace, kind: 'comment' }), 'oops', JSON.stringify({ text: 'See you at the fair.', kind: 'comment' })].join('\n');
    const lines = (args: string[]) => execFileSync(tsx, ['core/cli/checker.ts', '--roster', 'core/eval/roster.json', ...args], { cwd: root, input, encoding: 'utf8' }).trimEnd().split('\n').map((l) => JSON.parse(l) as { findings?: { category: string; start: number; reason: string }[]; error?: string });
    const [threat, bad, clean] = lines(['--meaning']);
    expect(threat!.findings).toEqual([expect.objectContaining({ category: 'threat', start: 15, reason: expect.stringMatching(/sense of this sentence/) })]);
    expect(bad!.error).toMatch(/^line 2: not JSON/);
    expect(clean!.findings).toEqual([]);
    // without --meaning the rules alone miss it; with the phrase allowed the reading leaves it alone
    expect(lines([])[0]!.findings).toEqual([]);
    expect(lines(['--meaning', '--words', words])[0]!.findings).toEqual([]);
  });

  it('with --meaning, says whether every sentence was read for its sense or, in a very long text, the first of them', async () => {
    const checker = compileChecker(parseRoster(readFileSync(path.join(root, 'core/eval/roster.json'), 'utf8'), 'roster.json'), ALL_BUILDERS);
    let asked = 0;
    const encode = async (sentences: string[]) => {
      asked += sentences.join('').length;
      return sentences.map(() => new Array<number>(512).fill(0));
    };
    const line = (text: string) => JSON.stringify({ text, kind: 'comment' });
    expect(await answerLineWithMeaning(checker, line('See you at the fair.'), 1, encode, [])).toEqual({ findings: [], meaning: 'read' });
    const long = Array.from({ length: 1_000 }, (_, i) => `Sentence number ${i} is fine.`).join(' ');
    expect(await answerLineWithMeaning(checker, line(long), 2, encode, [])).toMatchObject({ meaning: 'partial' });
    expect(asked).toBeLessThanOrEqual(20_000 + 'See you at the fair'.length);
  });

  it('exits 2 naming the field when the words file is not a list of school words', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-words-'));
    writeFileSync(path.join(dir, 'words.json'), JSON.stringify({ add: [{ term: 'grockle', category: 'rude' }], allow: [], nicknames: [] }));
    const r = run(['--roster', 'core/eval/roster.json', '--words', path.join(dir, 'words.json')], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/words\.json is not a list of school words: add\.0\.category: /);
  });

  it('exits 2 naming the pack when it is neither a file nor a built-in pack', () => {
    const r = run(['--roster', 'core/eval/roster.json', '--pack', 'no-such-pack'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read the pack no-such-pack: ENOENT/);
  });

  it('exits 2 when --pack is given nothing', () => {
    const r = run(['--roster', 'core/eval/roster.json', '--pack'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no pack given after --pack/);
  });

  it('exits 2 naming the line when the pack is not a pack, and the quote when its text beside it does not hold it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lanyard-pack-'));
    const yaml = readFileSync(`${root}core/src/packs/builtin/belsteads.yaml`, 'utf8');
    writeFileSync(path.join(dir, 'broken.yaml'), yaml.replace('  pupil_name:\n    - clause: terms-of-use', '  pupil_names:\n    - clause: terms-of-use'));
    const broken = run(['--roster', 'core/eval/roster.json', '--pack', path.join(dir, 'broken.yaml')], '');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml is not a policy pack: line \d+: checker: pupil_names: not a checker category/);
    writeFileSync(path.join(dir, 'school.yaml'), yaml.replace('Must not be used in an abusive or hateful manner', 'Must never be used in an abusive or hateful manner'));
    writeFileSync(path.join(dir, 'school.md'), readFileSync(`${root}core/src/packs/builtin/belsteads.md`, 'utf8'));
    const misquoted = run(['--roster', 'core/eval/roster.json', '--pack', path.join(dir, 'school.yaml')], '');
    expect(misquoted.status).toBe(2);
    expect(misquoted.stderr).toMatch(/checker hate: clause terms-of-use does not contain "Must never be used/);
    rmSync(dir, { recursive: true });
  });

  it('exits 2 naming the field when the roster is not a roster', () => {
    const r = run(['--roster', 'package.json'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/package\.json is not a roster: school: /);
  });
});
