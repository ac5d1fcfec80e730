import { describe, expect, it } from 'vitest';
import { parsePack } from './parse.js';
import { compilePack, evaluate } from './evaluate.js';

const minimal = `id: tiny
school: Tiny School
policy: Social Media Policy
appliesTo: [employee]
thresholds:
  friend_age: 16
askWhenSilent: headteacher
rules:
  - id: no-young-friends
    when: { topic: contact, who: former_pupil, age: { lt: friend_age } }
    outcome: forbidden
    say: Former pupils under 16 may not be friends.
    cites:
      - clause: staff
        quote: never add past pupils under 16
`;

describe('parsePack', () => {
  it('reads a valid pack', () => {
    const r = parsePack(minimal);
    expect(r.ok).toBe(true);
  });

  it('names the line of a value that is wrong', () => {
    const r = parsePack(minimal.replace('outcome: forbidden', 'outcome: banned'));
    expect(r).toMatchObject({ ok: false, errors: [{ line: 11, path: 'rules.0.outcome' }] });
  });

  it('names the line of a threshold that does not exist', () => {
    const r = parsePack(minimal.replace('lt: friend_age', 'lt: friends_age'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 10, message: 'no threshold named friends_age; add it under thresholds' });
  });

  it('refuses a rule without a citation', () => {
    const r = parsePack(minimal.replace(/ {4}cites:\n.*\n.*\n/, ''));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/cites/);
  });

  it('reads a checker section: the clause each category of finding comes under, for some kinds of text or all', () => {
    const r = parsePack(`${minimal}checker:
  pupil_name:
    - clause: staff
      quote: never name a pupil in a post
      kinds: [official_post, personal_post]
  hate:
    - clause: staff
      quote: never post anything hateful
`);
    expect(r.ok && r.pack.checker).toEqual({
      pupil_name: [{ clause: 'staff', quote: 'never name a pupil in a post', kinds: ['official_post', 'personal_post'] }],
      hate: [{ clause: 'staff', quote: 'never post anything hateful' }],
    });
  });

  it('gives a pack without a checker section an empty one', () => {
    const r = parsePack(minimal);
    expect(r.ok && r.pack.checker).toEqual({});
  });

  it('refuses a checker category the checker does not have, naming it and its section\u2019s line', () => {
    const r = parsePack(`${minimal}checker:\n  gossip:\n    - clause: staff\n      quote: never gossip about anyone\n`);
    expect(r).toMatchObject({ ok: false, errors: [{ line: 17, path: 'checker', message: expect.stringMatching(/^gossip: not a checker category \(pupil_name, /) }] });
  });

  it('refuses a checker citation without a quote, or with a field it does not know', () => {
    expect(parsePack(`${minimal}checker:\n  hate:\n    - clause: staff\n`).ok).toBe(false);
    expect(parsePack(`${minimal}checker:\n  hate:\n    - clause: staff\n      quote: never post anything hateful\n      page: 4\n`).ok).toBe(false);
  });

  it('refuses a checker citation for a kind of text its category is never checked in', () => {
    const r = parsePack(`${minimal}checker:\n  child_specific:\n    - clause: staff\n      quote: speak generally about year groups\n      kinds: [personal_post]\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'checker.child_specific.0.kinds', message: 'child_specific is checked only in official_post, not in personal_post' });
  });

  it('reports broken YAML with its line', () => {
    const r = parsePack('id: x\nrules: [\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.line).not.toBeNull();
  });
});

describe('evaluate', () => {
  const parsed = parsePack(minimal);
  const compiled = compilePack(parsed.ok ? parsed.pack : (undefined as never));

  it('compares an age against a named threshold', () => {
    expect(evaluate(compiled, { topic: 'contact', who: 'former_pupil', age: 15, family: false, initiatedBy: 'them', preExisting: false }).outcome).toBe('forbidden');
    expect(evaluate(compiled, { topic: 'contact', who: 'former_pupil', age: 16, family: false, initiatedBy: 'them', preExisting: false }).covered).toBe(false);
  });

  it('does not apply an age rule when no age was given', () => {
    expect(evaluate(compiled, { topic: 'contact', who: 'former_pupil', family: false, initiatedBy: 'them', preExisting: false }).covered).toBe(false);
  });
});
