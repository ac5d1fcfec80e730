// The Belsteads School (seed 000): its own situations put to the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../evaluate.js';
import { loadBuiltin } from '../../../test/builtin-packs.js';

const { compiled } = loadBuiltin('belsteads');
const clausesOf = (a: ReturnType<typeof ask>) => a.findings.flatMap((f) => f.cites.map((c) => c.clause));

describe('The Belsteads School', () => {
  it('forbids a friend request from a former pupil aged 17, citing the Terms of Use', () => {
    const a = ask(compiled, { topic: 'contact', who: 'former_pupil', age: 17 });
    expect(a.outcome).toBe('forbidden');
    expect(clausesOf(a)).toContain('terms-of-use');
  });

  it('allows, with care, a former pupil aged 18', () => {
    expect(ask(compiled, { topic: 'contact', who: 'former_pupil', age: 18 }).outcome).toBe('allowed_with_care');
  });

  it('tells a teacher to report a pupil who tried to friend them, to the headteacher', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy: 'them' });
    expect(a).toMatchObject({ outcome: 'must_report', role: 'headteacher' });
    expect(a.findings.map((f) => f.outcome)).toEqual(['must_report', 'forbidden']);
  });

  it('asks for a family link with a pupil to be declared to the headteacher in writing', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', family: true });
    expect(a).toMatchObject({ outcome: 'must_declare', role: 'headteacher' });
  });

  it('needs the headteacher\u2019s permission for personal use in work time', () => {
    expect(ask(compiled, { topic: 'personal_use', when: 'working_time' })).toMatchObject({ outcome: 'needs_permission', role: 'headteacher' });
  });

  it('says it does not cover personal use at break, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'personal_use', when: 'break', device: 'own' })).toEqual({ covered: false, outcome: null, role: 'headteacher', findings: [] });
  });

  it('forbids school computers for social networking', () => {
    expect(ask(compiled, { topic: 'personal_use', when: 'break', device: 'school' }).outcome).toBe('forbidden');
  });

  it('needs permission to post about a school event, and forbids identifying as the school\u2019s representative', () => {
    expect(ask(compiled, { topic: 'posting', about: 'school_event' }).outcome).toBe('needs_permission');
    expect(ask(compiled, { topic: 'posting', about: 'my_job' }).outcome).toBe('forbidden');
  });

  it('needs approval from the headteacher or SLT for social media as part of a school service', () => {
    expect(ask(compiled, { topic: 'teaching', use: 'learning_project' })).toMatchObject({ outcome: 'needs_permission', role: 'headteacher' });
  });

  it('forbids pupils under 13 and any pupil use in the school day', () => {
    expect(ask(compiled, { topic: 'pupil_use', age: 11 }).outcome).toBe('forbidden');
    const inSchool = ask(compiled, { topic: 'pupil_use', age: 14, inSchool: true, ownDevice: true });
    expect(inSchool.outcome).toBe('forbidden');
    expect(inSchool.findings.map((f) => f.ruleId)).toContain('phones-handed-in');
  });
});
