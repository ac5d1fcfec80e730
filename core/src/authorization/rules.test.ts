import { describe, expect, it } from 'vitest';
import { decide, schoolsWhere, type Actor } from './rules.js';

const trust = 't1';
function anActor(over: Partial<Actor> = {}): Actor {
  return { personId: 'p1', trustId: trust, trustRoles: [], schoolRoles: {}, ...over };
}

describe('decide', () => {
  it('lets a headteacher read the audit log of their own school', () => {
    const head = anActor({ schoolRoles: { a: ['headteacher'] } });
    expect(decide(head, 'audit.read', { trustId: trust, schoolId: 'a' }).allowed).toBe(true);
  });

  it('refuses a headteacher the audit log of another school in the same trust', () => {
    const head = anActor({ schoolRoles: { a: ['headteacher'] } });
    expect(decide(head, 'audit.read', { trustId: trust, schoolId: 'b' }).allowed).toBe(false);
  });

  it('refuses a teacher the people list', () => {
    const teacher = anActor({ schoolRoles: { a: ['staff'] } });
    expect(decide(teacher, 'people.read', { trustId: trust, schoolId: 'a' }).allowed).toBe(false);
  });

  it('lets a trust admin act in every school of their trust and at trust level', () => {
    const admin = anActor({ trustRoles: ['trust_admin'] });
    expect(decide(admin, 'people.manage', { trustId: trust, schoolId: 'z' }).allowed).toBe(true);
    expect(decide(admin, 'school.create', { trustId: trust, schoolId: null }).allowed).toBe(true);
  });

  it('refuses a trust admin anything in another trust', () => {
    const admin = anActor({ trustRoles: ['trust_admin'] });
    const d = decide(admin, 'school.read', { trustId: 'other', schoolId: 'a' });
    expect(d).toEqual({ allowed: false, reason: 'This belongs to another trust.' });
  });

  it('refuses school roles any trust-level resource', () => {
    const head = anActor({ schoolRoles: { a: ['headteacher'] } });
    expect(decide(head, 'audit.read', { trustId: trust, schoolId: null }).allowed).toBe(false);
  });

  it('keeps the trust board out of pupils\u2019 personal data', () => {
    const board = anActor({ trustRoles: ['trust_board'] });
    expect(decide(board, 'people.read', { trustId: trust, schoolId: 'a' }).allowed).toBe(false);
    expect(decide(board, 'school.read', { trustId: trust, schoolId: 'a' }).allowed).toBe(true);
  });
});

describe('the checker\u2019s own words', () => {
  it('are kept by leadership and safeguarding, not by every teacher', () => {
    for (const role of ['headteacher', 'slt', 'dsl', 'deputy_dsl'] as const) {
      expect(decide(anActor({ schoolRoles: { a: [role] } }), 'checker.words.manage', { trustId: trust, schoolId: 'a' }).allowed).toBe(true);
    }
    expect(decide(anActor({ schoolRoles: { a: ['staff'] } }), 'checker.words.manage', { trustId: trust, schoolId: 'a' }).allowed).toBe(false);
    expect(decide(anActor({ trustRoles: ['trust_admin'] }), 'checker.words.manage', { trustId: trust, schoolId: 'a' }).allowed).toBe(true);
    expect(decide(anActor({ trustRoles: ['trust_board'] }), 'checker.words.manage', { trustId: trust, schoolId: 'a' }).allowed).toBe(false);
  });
});

describe('schoolsWhere', () => {
  it('lists only the schools where a role allows the action', () => {
    const person = anActor({ schoolRoles: { a: ['headteacher'], b: ['staff'] } });
    expect(schoolsWhere(person, 'people.read', ['a', 'b', 'c'])).toEqual(['a']);
    expect(schoolsWhere(person, 'school.read', ['a', 'b', 'c']).sort()).toEqual(['a', 'b']);
  });
});
