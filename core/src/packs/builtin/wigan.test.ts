// A Wigan Council school (seed 001, the council's model policy): its own situations put to the engine.
import { describe, expect, it } from 'vitest';
import { ask } from '../evaluate.js';
import { loadBuiltin } from '../../../test/builtin-packs.js';

const { compiled } = loadBuiltin('wigan');
const clausesOf = (a: ReturnType<typeof ask>) => a.findings.flatMap((f) => f.cites.map((c) => c.clause));

const CONTACT = 'bookmark-toc12496-online-contact-with-children-and-young-people';
const PERSONAL = 'bookmark-toc12495-personal-use-of-social-media';
const SUMMARY = 'bookmark-toc12498-summary';
const SCOPE = 'bookmark-toc12492-scope';
const OFFICIAL = 'bookmark-toc12494-official-use-of-social-media-for-the-school';

describe('A Wigan Council school', () => {
  it('tells an employee to report a pupil\u2019s friend request to the headteacher immediately, and to decline it', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy: 'them' });
    expect(a).toMatchObject({ outcome: 'must_report', role: 'headteacher' });
    expect(a.findings.map((f) => f.outcome)).toEqual(['must_report', 'forbidden']);
    expect(clausesOf(a)).toContain(CONTACT);
  });

  it('forbids an employee from contacting a pupil, even one they knew before', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', initiatedBy: 'me', preExisting: true });
    expect(a.outcome).toBe('forbidden');
    expect(a.findings.map((f) => f.ruleId)).toEqual(['no-contact-with-pupils']);
    expect(clausesOf(a)).toContain(CONTACT);
  });

  it('does not expect an employee to drop a relative who becomes a pupil, with care over work information', () => {
    const a = ask(compiled, { topic: 'contact', who: 'current_pupil', family: true });
    expect(a).toMatchObject({ covered: true, outcome: 'allowed_with_care', role: null });
    expect(clausesOf(a)).toContain(PERSONAL);
  });

  it('forbids a friend request from an ex-pupil aged 17, citing the Summary', () => {
    const a = ask(compiled, { topic: 'contact', who: 'former_pupil', age: 17 });
    expect(a.outcome).toBe('forbidden');
    expect(clausesOf(a)).toContain(SUMMARY);
  });

  it('allows, with care, an ex-pupil aged 18, and says to block ex-pupils from updates', () => {
    const a = ask(compiled, { topic: 'contact', who: 'former_pupil', age: 18 });
    expect(a.outcome).toBe('allowed_with_care');
    expect(a.findings.map((f) => f.ruleId)).toEqual(['former-pupils-18-and-over']);
  });

  it('allows contact with a pupil\u2019s parent only with care over conflicts of interest', () => {
    const a = ask(compiled, { topic: 'contact', who: 'parent' });
    expect(a.outcome).toBe('allowed_with_care');
    expect(clausesOf(a)).toContain(PERSONAL);
  });

  it('advises caution when friending a colleague', () => {
    expect(ask(compiled, { topic: 'contact', who: 'colleague', initiatedBy: 'me' }).outcome).toBe('allowed_with_care');
  });

  it('forbids personal use of social networking sites during working hours', () => {
    const a = ask(compiled, { topic: 'personal_use', when: 'lesson_time' });
    expect(a.outcome).toBe('forbidden');
    expect(clausesOf(a)).toEqual([SUMMARY]);
  });

  it('leaves personal use on the premises at lunchtime to the headteacher and governors', () => {
    const a = ask(compiled, { topic: 'personal_use', when: 'break', onSite: true });
    expect(a).toMatchObject({ outcome: 'needs_permission', role: 'headteacher' });
    expect(clausesOf(a)).toContain(SCOPE);
  });

  it('does not deter use in the employee\u2019s own time away from school', () => {
    expect(ask(compiled, { topic: 'personal_use', when: 'outside_hours', onSite: false }).outcome).toBe('allowed_with_care');
  });

  it('forbids publishing photos of pupils or the school logo, and information about colleagues', () => {
    expect(ask(compiled, { topic: 'posting', about: 'photos_of_pupils' }).outcome).toBe('forbidden');
    expect(ask(compiled, { topic: 'posting', about: 'school_logo' }).outcome).toBe('forbidden');
    const staff = ask(compiled, { topic: 'posting', about: 'staff' });
    expect(staff.outcome).toBe('forbidden');
    expect(clausesOf(staff)).toContain('disclosure-of-confidential-information');
  });

  it('forbids referring to the school, and needs written permission for any photo taken at school', () => {
    const a = ask(compiled, { topic: 'posting', about: 'school_event' });
    expect(a.outcome).toBe('forbidden');
    expect(a.findings.map((f) => f.outcome)).toEqual(['forbidden', 'needs_permission']);
    expect(a.role).toBe('headteacher');
  });

  it('asks for caution, not silence, when identifying as an employee, as on LinkedIn', () => {
    const a = ask(compiled, { topic: 'posting', about: 'my_job' });
    expect(a.outcome).toBe('allowed_with_care');
    expect(clausesOf(a)).toContain(PERSONAL);
  });

  it('needs the headteacher\u2019s authorisation to run an official school account', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'official_account' });
    expect(a).toMatchObject({ outcome: 'needs_permission', role: 'headteacher' });
    expect(clausesOf(a)).toContain(OFFICIAL);
  });

  it('says it does not cover pupils\u2019 own use of social media, and to ask the headteacher', () => {
    expect(ask(compiled, { topic: 'pupil_use', age: 11 })).toEqual({ covered: false, outcome: null, role: 'headteacher', findings: [] });
  });

  it('says it does not cover a young person who is not a pupil, nor an ex-pupil whose age is not given', () => {
    expect(ask(compiled, { topic: 'contact', who: 'other_young_person', age: 15 })).toMatchObject({ covered: false, role: 'headteacher' });
    expect(ask(compiled, { topic: 'contact', who: 'former_pupil' })).toMatchObject({ covered: false, role: 'headteacher' });
  });

  it('sets no minimum age for pupil accounts in a learning project, but needs the headteacher\u2019s authorisation', () => {
    const a = ask(compiled, { topic: 'teaching', use: 'learning_project', pupilAccounts: true, youngestAge: 10 });
    expect(a).toMatchObject({ outcome: 'needs_permission', role: 'headteacher' });
    expect(a.findings.map((f) => f.ruleId)).toEqual(['official-use-authorised-by-head']);
  });
});
