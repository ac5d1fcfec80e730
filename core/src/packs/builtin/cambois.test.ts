// Cambois Primary School (seed 002): its own situations put to the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../evaluate.js';
import { loadBuiltin } from '../../../test/builtin-packs.js';

const { compiled } = loadBuiltin('cambois');
const clausesOf = (a: ReturnType<typeof ask>) => a.findings.flatMap((f) => f.cites.map((c) => c.clause));

const A = 'a-the-use-of-social-networking-sites-by-pupils-within-school';
const B = 'b-use-of-social-networking-by-staff-in-a-personal-capacity';

describe('Cambois Primary School', () => {
  it('forbids accepting a friend request from a current pupil, citing section B', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy: 'them' });
    expect(a).toMatchObject({ covered: true, outcome: 'forbidden', role: null });
    expect(clausesOf(a)).toEqual([B]);
  });

  it('forbids adding a pupil even when the teacher sends the request, as staff must never add pupils', () => {
    expect(ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy: 'me' }).outcome).toBe('forbidden');
  });

  it('forbids a past pupil aged 15 as a friend, because past pupils under 16 count as pupils', () => {
    const a = ask(compiled, { topic: 'contact', who: 'former_pupil', age: 15 });
    expect(a.outcome).toBe('forbidden');
    expect(a.findings.map((f) => f.ruleId)).toEqual(['no-past-pupils-under-16']);
    expect(clausesOf(a)).toEqual([B]);
  });

  it('allows, with care, a past pupil aged 16 or 17 (Belsteads draws the line at 18, Cambois at 16)', () => {
    for (const age of [16, 17]) {
      const a = ask(compiled, { topic: 'contact', who: 'former_pupil', age });
      expect(a.outcome).toBe('allowed_with_care');
      expect(a.findings.map((f) => f.ruleId)).toEqual(['past-pupils-16-and-over']);
    }
    expect(compiled.pack.thresholds.former_pupil_friend_age).toBe(16);
  });

  it('says it does not cover a past pupil whose age is not given, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'contact', who: 'former_pupil' })).toEqual({ covered: false, outcome: null, role: 'headteacher', findings: [] });
  });

  it('encourages staff not to add parents as friends, without forbidding it', () => {
    const a = ask(compiled, { topic: 'contact', who: 'parent', initiatedBy: 'them' });
    expect(a).toMatchObject({ covered: true, outcome: 'allowed_with_care' });
    expect(a.findings[0]!.cites[0]!.quote).toContain('encouraged not to');
    expect(clausesOf(a)).toEqual([B]);
  });

  it('forbids personal social networking within lesson times, on any device', () => {
    for (const device of ['own', 'school'] as const) {
      const a = ask(compiled, { topic: 'personal_use', when: 'lesson_time', device });
      expect(a.outcome).toBe('forbidden');
      expect(clausesOf(a)).toEqual([B]);
    }
  });

  it('allows, with care, personal use on your own device at break, pointing to the Teachers\u2019 Standards', () => {
    const a = ask(compiled, { topic: 'personal_use', when: 'break', device: 'own' });
    expect(a.outcome).toBe('allowed_with_care');
    expect(a.findings[0]!.cites.map((c) => c.quote).join(' ')).toContain("National Teacher's Standards");
  });

  it('says it does not cover personal use on a school device at break, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'personal_use', when: 'break', device: 'school' })).toEqual({ covered: false, outcome: null, role: 'headteacher', findings: [] });
  });

  it('forbids staff posting comments about the school, pupils, parents or colleagues, and names the headteacher for misuse', () => {
    for (const about of ['the_school', 'pupils', 'parents', 'staff', 'school_event', 'photos_of_pupils'] as const) {
      const a = ask(compiled, { topic: 'posting', about });
      expect(a.outcome).toBe('forbidden');
      expect(clausesOf(a)).toEqual([B, B]);
    }
    expect(compiled.pack.routing.staff_conduct).toEqual(['headteacher']);
  });

  it('says it does not cover posting about your job, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'posting', about: 'my_job' })).toMatchObject({ covered: false, role: 'headteacher' });
  });

  it('allows, with care, a learning project a teacher directs for a clear learning objective', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'learning_project' });
    expect(a.outcome).toBe('allowed_with_care');
    expect(clausesOf(a)).toContain(A);
  });

  it('forbids giving pupils under 13 their own accounts in a project', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'learning_project', pupilAccounts: true, youngestAge: 10 });
    expect(a.outcome).toBe('forbidden');
    expect(a.findings.map((f) => f.outcome)).toEqual(['forbidden', 'allowed_with_care']);
  });

  it('says it does not cover an official school account, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'teaching', use: 'official_account' })).toEqual({ covered: false, outcome: null, role: 'headteacher', findings: [] });
  });

  it('forbids pupils using social media in school unless a teacher directs it for a learning objective', () => {
    const own = ask(compiled, { topic: 'pupil_use', age: 10, inSchool: true, schoolProject: false });
    expect(own.outcome).toBe('forbidden');
    expect(own.findings.map((f) => f.ruleId).sort()).toEqual(['no-pupil-use-in-school', 'under-13s-not-registered']);
    const directed = ask(compiled, { topic: 'pupil_use', age: 10, inSchool: true, schoolProject: true });
    expect(directed.outcome).toBe('allowed_with_care');
    expect(clausesOf(directed)).toEqual([A]);
  });

  it('forbids a child under 13 being registered for private use, at home too', () => {
    const a = ask(compiled, { topic: 'pupil_use', age: 9, inSchool: false });
    expect(a.outcome).toBe('forbidden');
    expect(a.findings.map((f) => f.ruleId)).toEqual(['under-13s-not-registered']);
  });

  it('says it does not cover a 13-year-old\u2019s use at home, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'pupil_use', age: 13, inSchool: false })).toEqual({ covered: false, outcome: null, role: 'headteacher', findings: [] });
  });

  it('routes parents\u2019 posts to the Governing Body first and the police second', () => {
    expect(compiled.pack.routing.parent_posting).toEqual(['chair_of_governors', 'police']);
  });
});
