import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { MAX_TEXT_LENGTH, type CheckFinding, type TextKind } from '@lanyard/core';
import { checkerWordsPath } from '../shell/navigation';
import { useSchool } from '../shell/scope';
import { RadioGroup, TextAreaField, TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { Page } from '../ui/Page';
import { checkText, type CheckRequest } from './api';
import { CheckResults, type CheckResult } from './CheckResults';
import { replacementFor, withReplacement } from './suggestion';
import { characterCount, KIND_OPTIONS, namesFrom } from './words';

/** Over this many characters, the page says a check takes a few seconds (the reading of meaning: about 0.3 s per 2,000). */
const LONG_TEXT = 5_000;

// Server field names, so a refusal (a text over the limit) is shown beside its own field.
const LABELS = { kind: 'What are you writing?', text: 'Your text', images: 'Pupils tagged in photos' };

/** Check before you post: the school's checker reads a text and says what to change, and why. */
export function CheckPage() {
  const school = useSchool();
  // Each school has its own pupils and staff to look for: start again rather than show another school's findings.
  return <CheckForm key={school.id} />;
}

/** What was sent, so the page can tell when the results no longer match the form. */
type Checked = CheckResult & { tagged: string };

function CheckForm() {
  const school = useSchool();
  const form = useFormState('check', LABELS);
  const [kind, setKind] = useState<TextKind | ''>('');
  const [text, setText] = useState('');
  const [tagged, setTagged] = useState('');
  const [result, setResult] = useState<Checked | null>(null);
  // Tagged pupils belong to the photos of an official post; other kinds have none.
  const taggedNames = kind === 'official_post' ? namesFrom(tagged) : [];
  const stale = result !== null && (result.text !== text || result.kind !== kind || result.tagged !== taggedNames.join(', '));

  function check(toCheck: string) {
    if (form.busy) return;
    const missing: Record<string, string> = {};
    if (!kind) missing.kind = 'Choose what you are writing';
    if (!toCheck.trim()) missing.text = 'Enter the text you want to check';
    if (!kind || Object.keys(missing).length > 0) {
      form.setErrors({ summary: null, fields: missing });
      return;
    }
    const request: CheckRequest = { text: toCheck, kind, ...(taggedNames.length > 0 ? { images: [{ tagged: taggedNames }] } : {}) };
    void form.submit(async () => {
      try {
        const { findings, policyVersionId, meaning } = await checkText(school.id, request);
        setResult({ text: toCheck, kind, tagged: taggedNames.join(', '), findings, meaning, policy: policyVersionId ? { schoolId: school.id, versionId: policyVersionId } : null });
      } catch (error) {
        // Results beside a refusal would look like the answer to the text just refused.
        setResult(null);
        throw error;
      }
    });
  }

  function applySuggestion(finding: CheckFinding) {
    const replacement = result && !stale ? replacementFor(result.text, finding) : null;
    if (!result || !replacement) return;
    const next = withReplacement(result.text, replacement);
    setText(next);
    check(next);
  }

  return (
    <Page title="Check before you post" context={school.name} caption={school.name}>
      <p>
        Paste or type what you are about to publish. The checker looks for pupils&rsquo; names, personal details and other things {school.name}&rsquo;s
        policy rules out, and says what to change. Checking does not publish anything.
      </p>
      <p>
        <Link to={checkerWordsPath(school.id)}>Words the checker knows</Link>: the local words, allowed phrases and nicknames {school.name} has added to it.
      </p>
      <FormWithSummary form={form} onSubmit={() => check(text)} aria-label="The post to check">
        <RadioGroup id={form.idOf('kind')} legend={LABELS.kind} options={KIND_OPTIONS} value={kind} onChange={(k) => setKind(k as TextKind)} error={form.errorOf('kind')} />
        <TextAreaField
          id={form.idOf('text')}
          label={LABELS.text}
          hint={`As you would post it. Up to ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters.`}
          value={text}
          onChange={setText}
          rows={8}
          error={form.errorOf('text')}
          after={<CharacterCount id={`${form.idOf('text')}-count`} length={text.length} />}
        />
        {kind === 'official_post' ? (
          <TextField
            id={form.idOf('images')}
            label={LABELS.images}
            hint="Optional. If the post has photos, the names of the pupils tagged in them, separated by commas."
            value={tagged}
            onChange={setTagged}
            autoComplete="off"
            error={form.errorOf('images')}
          />
        ) : null}
        <div className="actions">
          <button type="submit" className="button-large" aria-disabled={form.busy}>Check it</button>
        </div>
        {/* always in the page, so a screen reader hears it fill: each sentence is read for its sense too, seconds for a long
            text (an official post only where it quotes or reports someone, which is quick) */}
        <p role="status" className="muted">
          {form.busy ? `Checking your text\u2026${text.length > LONG_TEXT && kind !== 'official_post' ? ' A long text takes a few seconds: each sentence is read for its sense as well as its words.' : ''}` : ''}
        </p>
      </FormWithSummary>
      {result ? <CheckResults result={result} stale={stale} busy={form.busy} onUseSuggestion={applySuggestion} /> : null}
    </Page>
  );
}

/**
 * The count under the box changes with every key; a screen reader hears it only once typing
 * pauses, from a polite region that is always in the page, so it never talks over the typing.
 */
function CharacterCount({ id, length }: { id: string; length: number }) {
  const [announced, setAnnounced] = useState('');
  // Nothing is said until the text first changes: "0 of 50,000" on arrival would only be noise.
  const typed = useRef({ initial: length, yet: false });
  useEffect(() => {
    if (!typed.current.yet && length === typed.current.initial) return;
    typed.current.yet = true;
    const timer = setTimeout(() => setAnnounced(characterCount(length)), 1000);
    return () => clearTimeout(timer);
  }, [length]);

  return (
    <>
      <p id={id} className={length > MAX_TEXT_LENGTH ? 'char-count char-count-over' : 'char-count'} aria-hidden="true">
        {characterCount(length)}
      </p>
      <div role="status" className="visually-hidden">{announced}</div>
    </>
  );
}
