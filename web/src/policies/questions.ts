import { CONTACT_WHO, POST_SUBJECTS, TEACHING_USES, WORK_TIMES, type SituationInput, type Topic } from '@lanyard/core';

// The guided form of Ask the policy: a topic, then only the questions that matter for it,
// each answered in a tap or two. Answers are kept as strings, as the form holds them.

export type AnswerName =
  | 'topic' | 'who' | 'age' | 'family' | 'initiatedBy' | 'preExisting'
  | 'when' | 'device' | 'onSite' | 'about' | 'use' | 'pupilAccounts' | 'youngestAge'
  | 'pupilAge' | 'inSchool' | 'ownDevice' | 'schoolProject';

export type Answers = Record<AnswerName, string>;

export const NO_ANSWERS: Answers = {
  topic: '', who: '', age: '', family: '', initiatedBy: '', preExisting: '', when: '', device: '', onSite: '',
  about: '', use: '', pupilAccounts: '', youngestAge: '', pupilAge: '', inSchool: '', ownDevice: '', schoolProject: '',
};

export interface Question {
  name: AnswerName;
  /** the question, as the legend of its choices or the label of its box */
  text: string;
  hint?: string;
  /** choices; none means a number (an age) typed in */
  options?: readonly { value: string; label: string }[];
  /** said when it is left unanswered */
  missing: string;
}

type Of<T extends readonly string[]> = T[number];

// Labels keyed by the core's own value lists, so a new value cannot go unasked.
const WHO: Record<Of<typeof CONTACT_WHO>, string> = {
  current_pupil: 'Current pupil',
  former_pupil: 'Former pupil',
  parent: 'A pupil\u2019s parent',
  colleague: 'A colleague',
  other_young_person: 'Another young person',
};
const WHEN: Record<Of<typeof WORK_TIMES>, string> = {
  lesson_time: 'During a lesson',
  working_time: 'At work, outside lessons (planning time, for example)',
  break: 'At break or lunchtime',
  outside_hours: 'Outside working hours',
};
const ABOUT: Record<Of<typeof POST_SUBJECTS>, string> = {
  pupils: 'Pupils',
  staff: 'Colleagues',
  parents: 'Parents',
  school_event: 'A school event, such as sports day or a trip',
  photos_of_pupils: 'Photos or videos of pupils',
  school_logo: 'The school\u2019s logo or badge',
  the_school: 'The school in general',
  my_job: 'My job',
};
const USE: Record<Of<typeof TEACHING_USES>, string> = {
  learning_project: 'A learning project with a class',
  official_account: 'An official account for the school',
  professional_network: 'A professional network, such as LinkedIn or a teachers\u2019 group',
};
const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] as const;
const age = (name: AnswerName, text: string, hint = 'In years. Your best guess will do.'): Question => ({ name, text, hint, missing: 'Enter an age in years, as a number, such as 15' });
const yesNo = (name: AnswerName, text: string, missing: string, hint?: string): Question => ({ name, text, options: YES_NO, missing, ...(hint ? { hint } : {}) });

export const TOPIC_QUESTION: Question = {
  name: 'topic',
  text: 'What is it about?',
  options: [
    { value: 'contact', label: 'A friend request or message on my own account' },
    { value: 'personal_use', label: 'Using social media for myself at work' },
    { value: 'posting', label: 'Posting about school on my own account' },
    { value: 'teaching', label: 'Social media for teaching or an official account' },
    { value: 'pupil_use', label: 'A pupil\u2019s own use of social media' },
  ],
  missing: 'Choose what it is about',
};

/** The follow-up questions for the answers given so far, in the order they are asked. */
export function questionsFor(a: Answers): Question[] {
  switch (a.topic as Topic) {
    case 'contact': {
      const who: Question = {
        name: 'who',
        text: 'Who is it with?',
        options: choices(CONTACT_WHO, WHO),
        missing: 'Choose who it is with',
      };
      const young = a.who === 'former_pupil' || a.who === 'other_young_person';
      const notColleague = a.who !== '' && a.who !== 'colleague';
      const first: Question = {
        name: 'initiatedBy',
        text: 'Who made the first move?',
        options: [{ value: 'them', label: 'They contacted me' }, { value: 'me', label: 'I want to contact them' }],
        missing: 'Choose who made the first move',
      };
      return [
        who,
        ...(young ? [age('age', 'How old are they?')] : []),
        ...(notColleague ? [yesNo('family', 'Are you related to them?', 'Say whether you are related to them')] : []),
        ...(notColleague && a.family === 'no' ? [yesNo('preExisting', 'Did you know them before, outside school?', 'Say whether you knew them before, outside school', 'For example, a neighbour or a family friend.')] : []),
        first,
      ];
    }
    case 'personal_use':
      return [
        {
          name: 'when',
          text: 'When would you use it?',
          options: choices(WORK_TIMES, WHEN),
          missing: 'Choose when you would use it',
        },
        { name: 'device', text: 'On which device?', options: [{ value: 'own', label: 'My own phone or computer' }, { value: 'school', label: 'A school device' }], missing: 'Choose which device' },
        { name: 'onSite', text: 'Where would you be?', options: [{ value: 'yes', label: 'At school' }, { value: 'no', label: 'Away from school' }], missing: 'Choose where you would be' },
      ];
    case 'posting':
      return [
        {
          name: 'about',
          text: 'What is the post about?',
          options: choices(POST_SUBJECTS, ABOUT),
          missing: 'Choose what the post is about',
        },
      ];
    case 'teaching': {
      const use: Question = {
        name: 'use',
        text: 'What do you have in mind?',
        options: choices(TEACHING_USES, USE),
        missing: 'Choose what you have in mind',
      };
      const withPupils = a.use !== '' && a.use !== 'professional_network';
      return [
        use,
        ...(withPupils ? [yesNo('pupilAccounts', 'Would pupils need their own accounts?', 'Say whether pupils would need their own accounts')] : []),
        ...(withPupils && a.pupilAccounts === 'yes' ? [age('youngestAge', 'How old is the youngest pupil involved?', 'In years.')] : []),
      ];
    }
    case 'pupil_use':
      return [
        age('pupilAge', 'How old is the pupil?', 'In years.'),
        yesNo('inSchool', 'Is it in school, during the school day?', 'Say whether it is in school'),
        yesNo('ownDevice', 'Is it on the pupil\u2019s own phone or device?', 'Say whether it is on the pupil\u2019s own device'),
        yesNo('schoolProject', 'Is it part of a school project?', 'Say whether it is part of a school project'),
      ];
    default:
      return [];
  }
}

/** What is still to answer, as "field -> message"; ages must be whole numbers. */
export function unanswered(a: Answers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of [TOPIC_QUESTION, ...questionsFor(a)]) {
    const value = a[q.name].trim();
    if (!value || (!q.options && !/^\d{1,3}$/.test(value))) out[q.name] = q.missing;
  }
  return out;
}

/** The situation to send, once every question shown has an answer. */
export function situationOf(a: Answers): SituationInput {
  const yes = (v: string) => v === 'yes';
  const n = (v: string) => Number(v.trim());
  switch (a.topic as Topic) {
    case 'contact': {
      const young = a.who === 'former_pupil' || a.who === 'other_young_person';
      return {
        topic: 'contact',
        who: a.who as Of<typeof CONTACT_WHO>,
        ...(young ? { age: n(a.age) } : {}),
        family: yes(a.family),
        initiatedBy: a.initiatedBy === 'me' ? 'me' : 'them',
        preExisting: yes(a.preExisting) && !yes(a.family),
      };
    }
    case 'personal_use':
      return { topic: 'personal_use', when: a.when as Of<typeof WORK_TIMES>, device: a.device === 'school' ? 'school' : 'own', onSite: yes(a.onSite) };
    case 'posting':
      return { topic: 'posting', about: a.about as Of<typeof POST_SUBJECTS> };
    case 'teaching':
      return {
        topic: 'teaching',
        use: a.use as Of<typeof TEACHING_USES>,
        pupilAccounts: yes(a.pupilAccounts) && a.use !== 'professional_network',
        ...(yes(a.pupilAccounts) && a.youngestAge ? { youngestAge: n(a.youngestAge) } : {}),
      };
    default:
      return { topic: 'pupil_use', age: n(a.pupilAge), inSchool: yes(a.inSchool), ownDevice: yes(a.ownDevice), schoolProject: yes(a.schoolProject) };
  }
}
