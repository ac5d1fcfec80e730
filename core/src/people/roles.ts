// The shared words of DESIGN.md: role names and the kinds of people a policy can apply to.

/** Roles a person holds in one school. */
export const SCHOOL_ROLES = [
  'headteacher',
  'slt',
  'head_of_department',
  'dsl',
  'deputy_dsl',
  'chair_of_governors',
  'governor',
  'staff',
  'volunteer',
  'contractor',
  'tech_support',
  'social_team',
  'hr',
] as const;

/** Roles a person holds across a whole trust (all its schools at once). */
export const TRUST_ROLES = ['trust_admin', 'trust_board'] as const;

export const ROLES = [...SCHOOL_ROLES, ...TRUST_ROLES] as const;

export type SchoolRole = (typeof SCHOOL_ROLES)[number];
export type TrustRole = (typeof TRUST_ROLES)[number];
export type Role = (typeof ROLES)[number];

export function isTrustRole(role: Role): role is TrustRole {
  return (TRUST_ROLES as readonly string[]).includes(role);
}

/**
 * Who a person is to the school. The seeds' scope sections name these groups
 * (employees, governors, volunteers, contractors, students on placement, agency and casual
 * workers, pupils, parents); a pack later decides which of them a policy applies to.
 */
export const PERSON_KINDS = [
  'employee',
  'governor',
  'volunteer',
  'contractor',
  'placement_student',
  'agency_staff',
  'pupil',
  'parent',
] as const;

export type PersonKind = (typeof PERSON_KINDS)[number];

/** Pupils and parents never sign in: they reach the school through public forms (DESIGN.md). */
export function kindCanSignIn(kind: PersonKind): boolean {
  return kind !== 'pupil' && kind !== 'parent';
}

/** Plain-English labels, so every page names a role the same way. */
export const ROLE_LABELS: Record<Role, string> = {
  headteacher: 'Headteacher',
  slt: 'Senior leadership',
  head_of_department: 'Head of department',
  dsl: 'Designated safeguarding lead',
  deputy_dsl: 'Deputy safeguarding lead',
  chair_of_governors: 'Chair of governors',
  governor: 'Governor',
  staff: 'Staff',
  volunteer: 'Volunteer',
  contractor: 'Contractor',
  tech_support: 'Technical support',
  social_team: 'Social team',
  hr: 'HR / office',
  trust_admin: 'Trust administrator',
  trust_board: 'Trust board',
};

export const KIND_LABELS: Record<PersonKind, string> = {
  employee: 'Employee',
  governor: 'Governor',
  volunteer: 'Volunteer',
  contractor: 'Contractor',
  placement_student: 'Student on placement',
  agency_staff: 'Agency or casual worker',
  pupil: 'Pupil',
  parent: 'Parent or carer',
};
