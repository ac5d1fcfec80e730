// All Saints Multi Academy Trust (seed 003): its own situations put to the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../evaluate.js';
import { loadBuiltin } from '../../../test/builtin-packs.js';

const { pack, compiled } = loadBuiltin('all-saints');
const clausesOf = (a: ReturnType<typeof ask>) => a.findings.flatMap((f) => f.cites.map((c) => c.clause));
const ruleIds = (a: ReturnType<typeof ask>) => a.findings.map((f) => f.ruleId);

describe('All Saints Multi Academy Trust', () => {
  it('applies to employees, governors and volunteers, and sends concerns about online conduct to the DSL', () => {
    expect(pack.appliesTo).toEqual(['employee', 'governor', 'volunteer']);
    expect(pack.routing.staff_conduct).toEqual(['dsl', 'deputy_dsl']);
    expect(pack.routing.abuse_of_staff?.[0]).toBe('headteacher');
    expect(pack.routing.abuse_of_staff).toContain('police');
  });

  it('forbids social networking with a current student, with headteacher approval as the only way to contact them', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy: 'me' });
    expect(a).toMatchObject({ outcome: 'forbidden', role: 'headteacher' });
    expect(a.findings.map((f) => f.outcome)).toEqual(['forbidden', 'needs_permission', 'allowed_with_care']);
    expect(clausesOf(a)).toContain('5-expectations');
  });

  it('tells a teacher a student has messaged to report it to the DSL', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy: 'them' });
    expect(a).toMatchObject({ outcome: 'must_report', role: 'dsl' });
    expect(ruleIds(a)).toContain('no-social-networking-with-students');
    expect(clausesOf(a)).toContain('communicating-with-students-and-parents-and-carers');
  });

  it('needs the headteacher\u2019s prior approval to contact a parent from a personal account', () => {
    const a = ask(compiled, { topic: 'contact', who: 'parent', initiatedBy: 'me' });
    expect(a).toMatchObject({ outcome: 'needs_permission', role: 'headteacher' });
  });

  it('advises against friending a former student, pointing to alumni networks instead', () => {
    const a = ask(compiled, { topic: 'contact', who: 'former_pupil', age: 19 });
    expect(a).toMatchObject({ covered: true, outcome: 'allowed_with_care' });
    expect(ruleIds(a)).toEqual(['advised-not-to-friend-students-or-families', 'former-students-through-alumni-networks']);
  });

  it('asks for family links and pre-existing relationships to be discussed with the DSL', () => {
    expect(ask(compiled, { topic: 'contact', who: 'current_pupil', family: true })).toMatchObject({ outcome: 'must_declare', role: 'dsl' });
    const neighbour = ask(compiled, { topic: 'contact', who: 'current_pupil', preExisting: true, initiatedBy: 'me' });
    expect(neighbour).toMatchObject({ outcome: 'must_declare', role: 'dsl' });
    expect(ruleIds(neighbour)).toEqual(['declare-pre-existing-relationships']);
  });

  it('says it does not cover contact with a colleague, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'contact', who: 'colleague' })).toEqual({ covered: false, outcome: null, role: 'headteacher', findings: [] });
  });

  it('forbids personal use of social media during setting hours, breaks included', () => {
    for (const when of ['lesson_time', 'working_time', 'break'] as const) {
      const a = ask(compiled, { topic: 'personal_use', when });
      expect(a.outcome).toBe('forbidden');
      expect(clausesOf(a)).toContain('5-expectations');
    }
  });

  it('allows, with care, personal use outside setting hours, citing the breaches clause', () => {
    const a = ask(compiled, { topic: 'personal_use', when: 'outside_hours', onSite: false });
    expect(a.outcome).toBe('allowed_with_care');
    expect(clausesOf(a)).toContain('9-breaches-of-the-policy');
  });

  it('forbids sharing photos of students and encourages staff not to name the Trust as their employer', () => {
    const photos = ask(compiled, { topic: 'posting', about: 'photos_of_pupils' });
    expect(photos.outcome).toBe('forbidden');
    expect(clausesOf(photos)).toContain('reputation');
    expect(ask(compiled, { topic: 'posting', about: 'my_job' }).outcome).toBe('allowed_with_care');
  });

  it('needs the headteacher\u2019s approval for an official channel, and a second colleague to agree its posts', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'official_account' });
    expect(a).toMatchObject({ outcome: 'needs_permission', role: 'headteacher' });
    const agreed = a.findings.find((f) => f.ruleId === 'official-posts-agreed-by-a-colleague');
    expect(agreed).toMatchObject({ outcome: 'needs_permission', role: 'staff' });
    expect(clausesOf(a)).toEqual(expect.arrayContaining(['8-official-use-of-social-media', 'staff-expectations']));
  });

  it('forbids creating accounts for students under 13 in a learning project', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'learning_project', pupilAccounts: true, youngestAge: 11 });
    expect(a.outcome).toBe('forbidden');
    expect(clausesOf(a)).toContain('7-students-personal-use-of-social-media');
    expect(ask(compiled, { topic: 'teaching', use: 'learning_project', pupilAccounts: true, youngestAge: 13 }).outcome).toBe('needs_permission');
  });

  it('sends a concern about a student under 13 on social media to the DSL', () => {
    expect(ask(compiled, { topic: 'pupil_use', age: 11 })).toMatchObject({ outcome: 'must_report', role: 'dsl' });
  });

  it('forbids students\u2019 personal use in setting hours, and advises older students on safe use outside', () => {
    const inSchool = ask(compiled, { topic: 'pupil_use', age: 14, inSchool: true });
    expect(inSchool.outcome).toBe('forbidden');
    expect(ruleIds(inSchool)).toContain('no-personal-use-by-students-in-setting-hours');
    expect(ask(compiled, { topic: 'pupil_use', age: 14 }).outcome).toBe('allowed_with_care');
  });
});
