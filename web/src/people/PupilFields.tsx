import { CheckboxGroup, TextField } from '../ui/fields';
import type { FormState } from '../ui/form';
import { PHOTO_CONSENT, YEAR_GROUPS } from './words';

interface Props {
  form: FormState;
  labels: { dateOfBirth: string; yearGroup: string };
  /** id of the year-group suggestions, unique on the page */
  listId: string;
  hints?: boolean;
  dateOfBirth: string;
  setDateOfBirth(v: string): void;
  yearGroup: string;
  setYearGroup(v: string): void;
  photoConsent: boolean;
  setPhotoConsent(v: boolean): void;
}

/** What only pupils have on record: date of birth, year group and photo consent. */
export function PupilFields(p: Props) {
  const { form } = p;
  return (
    <>
      <TextField id={form.idOf('dateOfBirth')} type="date" label={p.labels.dateOfBirth} {...(p.hints ? { hint: "Several policies depend on a pupil's age." } : {})} value={p.dateOfBirth} onChange={p.setDateOfBirth} required error={form.errorOf('dateOfBirth')} />
      <TextField id={form.idOf('yearGroup')} label={p.labels.yearGroup} {...(p.hints ? { hint: 'For example, Year 3 or Reception.' } : {})} value={p.yearGroup} onChange={p.setYearGroup} list={p.listId} required error={form.errorOf('yearGroup')} />
      <datalist id={p.listId}>
        {YEAR_GROUPS.map((y) => <option key={y} value={y} />)}
      </datalist>
      <CheckboxGroup
        id={form.idOf('photoConsent')}
        {...PHOTO_CONSENT}
        values={p.photoConsent ? ['given'] : []}
        onChange={(v) => p.setPhotoConsent(v.includes('given'))}
        error={form.errorOf('photoConsent')}
      />
    </>
  );
}
