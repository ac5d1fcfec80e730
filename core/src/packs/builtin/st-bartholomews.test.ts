// Great Harwood St Bartholomew's Parish C of E Aided Primary School (seed 004): its own situations put to the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../evaluate.js';
import { loadBuiltin } from '../../../test/builtin-packs.js';

const { compiled, pack } = loadBuiltin('st-bartholomews');
const clausesOf = (a: ReturnType<typeof ask>) => a.findings.flatMap((f) => f.cites.map((c) => c.clause));
const ruleIds = (a: ReturnType<typeof ask>) => a.findings.map((f) => f.ruleId);

describe('Great Harwood St Bartholomew\u2019s', () => {
  it('names the Social Team as the first contact, 2 weeks\u2019 notice for technical support, and no invented ages', () => {
    expect(pack.askWhenSilent).toBe('social_team');
    expect(pack.noticeDays).toEqual({ tech_support: 14 });
    expect(pack.thresholds).toEqual({});
  });

  it('forbids connecting to a pupil from a personal account, whoever asks first, citing the staff section', () => {
    for (const initiatedBy of ['me', 'them'] as const) {
      const a = ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy });
      expect(a).toMatchObject({ covered: true, outcome: 'forbidden' });
      expect(clausesOf(a)).toEqual(['social-media-use-by-staff']);
    }
  });

  it('says it does not cover a friend request from a former pupil aged 17, and to ask the Social Team', () => {
    expect(ask(compiled, { topic: 'contact', who: 'former_pupil', age: 17 })).toEqual({ covered: false, outcome: null, role: 'social_team', findings: [] });
  });

  it('allows, with care, staying connected to a parent known before, without harming the school\u2019s standing', () => {
    const a = ask(compiled, { topic: 'contact', who: 'parent', preExisting: true });
    expect(a.outcome).toBe('allowed_with_care');
    expect(ruleIds(a)).toEqual(['parents-you-already-know']);
    expect(clausesOf(a)).toContain('social-media-use-by-staff');
  });

  it('allows, with care, private use on your own device outside work, pointing to the Social Team for privacy settings', () => {
    const a = ask(compiled, { topic: 'personal_use', when: 'outside_hours', device: 'own', onSite: false });
    expect(a).toMatchObject({ outcome: 'allowed_with_care', role: 'social_team' });
    expect(clausesOf(a)).toContain('social-media-use-by-staff');
  });

  it('says it does not cover personal use in lesson time, and to ask the Social Team', () => {
    expect(ask(compiled, { topic: 'personal_use', when: 'lesson_time' })).toEqual({ covered: false, outcome: null, role: 'social_team', findings: [] });
  });

  it('allows, with care, posting about the school so long as it does not harm the school\u2019s standing', () => {
    const a = ask(compiled, { topic: 'posting', about: 'the_school' });
    expect(a.outcome).toBe('allowed_with_care');
    expect(a.findings[0]!.cites.map((c) => c.quote).join(' ')).toMatch(/HR disciplinary policy/);
  });

  it('says it does not cover staff posting photos of pupils on their own accounts', () => {
    expect(ask(compiled, { topic: 'posting', about: 'photos_of_pupils' })).toMatchObject({ covered: false, role: 'social_team' });
  });

  it('needs a Head of Department or SLT to approve learning based on a social media platform, with 2 weeks\u2019 notice to technical support', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'learning_project' });
    expect(a).toMatchObject({ outcome: 'needs_permission', role: 'head_of_department' });
    expect(ruleIds(a)).toEqual(['learning-project-needs-approval']);
    expect(a.findings[0]!.cites.map((c) => c.quote).join(' ')).toMatch(/at least 2 weeks ahead/);
  });

  it('needs SLT approval, and parents told, for a project where pupils use social media', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'learning_project', pupilAccounts: true, youngestAge: 9 });
    expect(a).toMatchObject({ outcome: 'needs_permission', role: 'slt' });
    expect(clausesOf(a)).toContain('social-media-use-by-students');
  });

  it('keeps a professional account to teaching and learning', () => {
    expect(ask(compiled, { topic: 'teaching', use: 'professional_network' }).outcome).toBe('allowed_with_care');
  });

  it('sends staff who want to use the official accounts to the Social Team, under the photograph and permissions policy', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'official_account' });
    expect(a).toMatchObject({ outcome: 'allowed_with_care', role: 'social_team' });
    expect(clausesOf(a)).toContain('official-school-accounts');
  });

  it('forbids pupils social media at school on their own devices, even in a project', () => {
    const a = ask(compiled, { topic: 'pupil_use', age: 10, inSchool: true, ownDevice: true });
    expect(a.outcome).toBe('forbidden');
    expect(ruleIds(a)).toEqual(['no-pupil-social-media-in-school', 'no-personal-devices-in-school']);
    expect(ask(compiled, { topic: 'pupil_use', age: 10, inSchool: true, ownDevice: true, schoolProject: true }).outcome).toBe('forbidden');
  });

  it('allows, with care, pupils on school devices in an approved project, for research and communication only', () => {
    const a = ask(compiled, { topic: 'pupil_use', age: 10, inSchool: true, ownDevice: false, schoolProject: true });
    expect(a.outcome).toBe('allowed_with_care');
    expect(clausesOf(a)).toContain('social-media-use-by-students');
  });

  it('leaves pupils\u2019 use outside school to parents and carers, and the Anti-Bullying policy to online bullying', () => {
    const a = ask(compiled, { topic: 'pupil_use', age: 10, inSchool: false });
    expect(a.outcome).toBe('allowed_with_care');
    expect(clausesOf(a)).toEqual(['social-media-use-by-students', 'out-of-school-behaviour-related-incidents']);
  });
});
