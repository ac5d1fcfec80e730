import { z } from 'zod';

/**
 * A situation a person puts to their school's policy, in the words of a guided form. One shape
 * per topic; every field is something a teacher can answer in a tap.
 */
export const CONTACT_WHO = ['current_pupil', 'former_pupil', 'parent', 'colleague', 'other_young_person'] as const;
export const WORK_TIMES = ['lesson_time', 'working_time', 'break', 'outside_hours'] as const;
export const POST_SUBJECTS = ['pupils', 'staff', 'parents', 'school_event', 'photos_of_pupils', 'school_logo', 'the_school', 'my_job'] as const;
export const TEACHING_USES = ['learning_project', 'official_account', 'professional_network'] as const;

const Age = z.number().int().min(0).max(120);

export const ContactSituation = z.object({
  topic: z.literal('contact'),
  /** who the contact is with */
  who: z.enum(CONTACT_WHO),
  /** their age, where it matters (a former pupil, a young person) */
  age: Age.optional(),
  /** they are a relative of the person asking */
  family: z.boolean().default(false),
  /** 'them': a request or message arrived; 'me': the person wants to send one */
  initiatedBy: z.enum(['me', 'them']).default('them'),
  /** they knew each other before the school connection (a neighbour, a family friend) */
  preExisting: z.boolean().default(false),
});

export const PersonalUseSituation = z.object({
  topic: z.literal('personal_use'),
  when: z.enum(WORK_TIMES),
  device: z.enum(['own', 'school']).default('own'),
  onSite: z.boolean().default(true),
});

export const PostingSituation = z.object({
  topic: z.literal('posting'),
  /** what a post on the person's own account is about */
  about: z.enum(POST_SUBJECTS),
});

export const TeachingSituation = z.object({
  topic: z.literal('teaching'),
  use: z.enum(TEACHING_USES),
  /** pupils would need their own accounts */
  pupilAccounts: z.boolean().default(false),
  /** the youngest pupil involved */
  youngestAge: Age.optional(),
});

export const PupilUseSituation = z.object({
  topic: z.literal('pupil_use'),
  age: Age,
  inSchool: z.boolean().default(false),
  ownDevice: z.boolean().default(true),
  schoolProject: z.boolean().default(false),
});

export const SituationSchema = z
  .discriminatedUnion('topic', [ContactSituation, PersonalUseSituation, PostingSituation, TeachingSituation, PupilUseSituation])
  .meta({ id: 'Situation', description: 'A situation put to the school\u2019s social media policy.' });

export type Situation = z.infer<typeof SituationSchema>;
export type SituationInput = z.input<typeof SituationSchema>;
export const TOPICS = ['contact', 'personal_use', 'posting', 'teaching', 'pupil_use'] as const;
export type Topic = (typeof TOPICS)[number];
