import { useState } from 'react';
import { CHECKER_WORD_MAX, WORD_CATEGORIES, type Severity, type WordCategory } from '@lanyard/core';
import { RadioGroup, SelectField, TextField } from '../ui/fields';
import { useFormState, type FormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { addCheckerWord, addNickname, allowPhrase } from './words-api';
import { CATEGORY_WORDS, SEVERITY_WORDS } from './words';

// The three forms of the "Words the checker knows" page. Field names are the server's, so a
// refusal (a word already on the list, one too long) is shown beside its own field.

interface FormProps {
  schoolId: string;
  /** says what was added, in a sentence */
  onAdded(message: string): void;
  onCancel(): void;
}

const CATEGORY_OPTIONS = WORD_CATEGORIES.map((value) => ({ value, label: CATEGORY_WORDS[value] }));

const SEVERITY_OPTIONS: { value: Severity; label: string }[] = [
  { value: 'block', label: `${SEVERITY_WORDS.block}: the post must not go out with it` },
  { value: 'warning', label: `${SEVERITY_WORDS.warning}: the writer should look again` },
  { value: 'info', label: `${SEVERITY_WORDS.info}: worth knowing, nothing to change` },
];

/** The problem with a typed word, worded like the server's, or nothing. */
function wordProblem(value: string, label: string, missing: string): string | undefined {
  const v = value.trim();
  if (!v) return missing;
  if (v.length < 2) return `${label} must be at least 2 characters`;
  if (v.length > CHECKER_WORD_MAX) return `${label} must be at most ${CHECKER_WORD_MAX} characters`;
  return undefined;
}

/** Shows the problems found before sending; true when there were none. */
function passes(form: FormState, problems: Record<string, string | undefined>): boolean {
  const fields = Object.fromEntries(Object.entries(problems).filter((e): e is [string, string] => e[1] !== undefined));
  if (Object.keys(fields).length === 0) return true;
  form.setErrors({ summary: null, fields });
  return false;
}

function Buttons({ label, busy, onCancel }: { label: string; busy: boolean; onCancel(): void }) {
  return (
    <div className="actions">
      <button type="submit" aria-disabled={busy}>{label}</button>
      <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
    </div>
  );
}

const WORD_LABELS = { term: 'Word or phrase', category: 'What kind of word is it?', severity: 'What should the checker say?' };

/** A local word or phrase for the checker to find: a slur the built-in lists lack, a phrase used to bully. */
export function AddWordForm({ schoolId, onAdded, onCancel }: FormProps) {
  const form = useFormState('add-word', WORD_LABELS);
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<WordCategory | ''>('');
  const [severity, setSeverity] = useState<Severity>('block');

  function save() {
    if (form.busy) return;
    const ok = passes(form, {
      term: wordProblem(term, WORD_LABELS.term, 'Enter the word or phrase for the checker to find'),
      category: category ? undefined : 'Choose what kind of word it is',
    });
    if (!ok || !category) return;
    void form.submit(async () => {
      await addCheckerWord(schoolId, { term, category, severity });
      onAdded(`\u201c${term.trim()}\u201d added: the checker now finds it as ${CATEGORY_WORDS[category].toLowerCase()}.`);
    });
  }

  return (
    <FormWithSummary form={form} onSubmit={save} heading={{ id: 'add-word-heading', text: 'Add a word' }} className="form-panel">
      <TextField
        id={form.idOf('term')}
        label={WORD_LABELS.term}
        hint="Spell it plainly: the checker also finds it with numbers for letters, symbols, spaces or repeated letters."
        value={term}
        onChange={setTerm}
        autoComplete="off"
        required
        error={form.errorOf('term')}
      />
      <RadioGroup id={form.idOf('category')} legend={WORD_LABELS.category} options={CATEGORY_OPTIONS} value={category} onChange={(c) => setCategory(c as WordCategory)} error={form.errorOf('category')} />
      <RadioGroup id={form.idOf('severity')} legend={WORD_LABELS.severity} options={SEVERITY_OPTIONS} value={severity} onChange={(s) => setSeverity(s as Severity)} error={form.errorOf('severity')} />
      <Buttons label="Add word" busy={form.busy} onCancel={onCancel} />
    </FormWithSummary>
  );
}

const PHRASE_LABELS = { phrase: 'Allowed word or phrase' };

/** A word or phrase that is fine at the school though it holds a word the checker looks for. */
export function AllowPhraseForm({ schoolId, onAdded, onCancel }: FormProps) {
  const form = useFormState('allow-phrase', PHRASE_LABELS);
  const [phrase, setPhrase] = useState('');

  function save() {
    if (form.busy) return;
    if (!passes(form, { phrase: wordProblem(phrase, PHRASE_LABELS.phrase, 'Enter the word or phrase to allow') })) return;
    void form.submit(async () => {
      await allowPhrase(schoolId, { phrase });
      onAdded(`\u201c${phrase.trim()}\u201d is now allowed.`);
    });
  }

  return (
    <FormWithSummary form={form} onSubmit={save} heading={{ id: 'allow-phrase-heading', text: 'Allow a phrase' }} className="form-panel">
      <TextField
        id={form.idOf('phrase')}
        label={PHRASE_LABELS.phrase}
        hint="For example the name of a local place, a pub or a play, or a pet that shares a pupil's name (Holly the class hamster). The checker still finds the word, and the name, anywhere else; a sentence with it in gets no “reads like” warning."
        value={phrase}
        onChange={setPhrase}
        autoComplete="off"
        required
        error={form.errorOf('phrase')}
      />
      <Buttons label="Allow phrase" busy={form.busy} onCancel={onCancel} />
    </FormWithSummary>
  );
}

export const OF_SCHOOL = 'school';
const NICKNAME_LABELS = { personId: 'Whose nickname is it?', nickname: 'Nickname' };

interface NicknameFormProps extends FormProps {
  schoolName: string;
  /** pupils and staff to choose from; empty when the person may not list the school's people */
  people: { id: string; label: string }[];
}

/** A nickname of the school ("the Barts") or of a pupil or member of staff ("Mr T", "Ollie B"). */
export function AddNicknameForm({ schoolId, schoolName, people, onAdded, onCancel }: NicknameFormProps) {
  const form = useFormState('add-nickname', NICKNAME_LABELS);
  const [of, setOf] = useState(people.length > 0 ? '' : OF_SCHOOL);
  const [nickname, setNickname] = useState('');
  const options = [
    ...(people.length > 0 ? [{ value: '', label: 'Choose the school or a person' }] : []),
    { value: OF_SCHOOL, label: `${schoolName} itself` },
    ...people.map((p) => ({ value: p.id, label: p.label })),
  ];

  function save() {
    if (form.busy) return;
    const ok = passes(form, {
      personId: of ? undefined : 'Choose whose nickname it is',
      nickname: wordProblem(nickname, NICKNAME_LABELS.nickname, 'Enter the nickname'),
    });
    if (!ok) return;
    const whose = of === OF_SCHOOL ? schoolName : (people.find((p) => p.id === of)?.label ?? 'them');
    void form.submit(async () => {
      await addNickname(schoolId, { nickname, personId: of === OF_SCHOOL ? null : of });
      onAdded(`\u201c${nickname.trim()}\u201d added as a nickname of ${whose}.`);
    });
  }

  return (
    <FormWithSummary form={form} onSubmit={save} heading={{ id: 'add-nickname-heading', text: 'Add a nickname' }} className="form-panel">
      <SelectField id={form.idOf('personId')} label={NICKNAME_LABELS.personId} value={of} options={options} onChange={setOf} error={form.errorOf('personId')} />
      <TextField
        id={form.idOf('nickname')}
        label={NICKNAME_LABELS.nickname}
        hint="As people write it, for example Mr T or Ollie B. The checker then finds it as that person, or as the school."
        value={nickname}
        onChange={setNickname}
        autoComplete="off"
        required
        error={form.errorOf('nickname')}
      />
      <Buttons label="Add nickname" busy={form.busy} onCancel={onCancel} />
    </FormWithSummary>
  );
}
