import { useState } from 'react';
import { ApiError } from '../api/client';
import { useSchool } from '../shell/scope';
import { RadioGroup, TextField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';
import { Page } from '../ui/Page';
import { askPolicy } from './api';
import { AnswerView, type AskResult } from './AnswerView';
import { NO_ANSWERS, questionsFor, situationOf, TOPIC_QUESTION, unanswered, type AnswerName, type Answers, type Question } from './questions';

/** Ask the policy: a few taps describe a situation; the school's own policy answers, quoting itself. */
export function AskPage() {
  const school = useSchool();
  // Another school has another policy: start again rather than show one school's answer in another.
  return <AskForm key={school.id} />;
}

function AskForm() {
  const school = useSchool();
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS);
  const [result, setResult] = useState<AskResult | null>(null);
  const questions = [TOPIC_QUESTION, ...questionsFor(answers)];
  const form = useFormState('ask', Object.fromEntries(questions.map((q) => [q.name, q.text])));

  function answer(name: AnswerName, value: string) {
    setAnswers({ ...answers, [name]: value });
    // An answer to other questions would be misleading beside the new ones.
    setResult(null);
  }

  function submit() {
    if (form.busy) return;
    const missing = unanswered(answers);
    if (Object.keys(missing).length > 0) {
      form.setErrors({ summary: null, fields: missing });
      return;
    }
    void form.submit(async () => {
      try {
        const situation = situationOf(answers);
        setResult({ kind: 'answer', answer: await askPolicy(school.id, situation), situation });
      } catch (error) {
        if (!(error instanceof ApiError) || error.problem.code !== 'no_policy_in_force') throw error;
        setResult({ kind: 'no_policy', message: error.problem.detail });
      }
    });
  }

  return (
    <Page title="Ask the policy" context={school.name} caption={school.name}>
      <p>Answer a few questions about what is happening. You will get {school.name}&rsquo;s answer, who to go to, and the words of the policy it comes from.</p>
      <FormWithSummary form={form} onSubmit={submit} aria-label="Describe the situation">
        {questions.map((q) => (
          <QuestionField key={q.name} question={q} id={form.idOf(q.name)} value={answers[q.name]} onChange={(v) => answer(q.name, v)} error={form.errorOf(q.name)} />
        ))}
        <div className="actions">
          <button type="submit" className="button-large" aria-disabled={form.busy}>Get the answer</button>
        </div>
      </FormWithSummary>
      {result ? <AnswerView schoolId={school.id} result={result} /> : null}
    </Page>
  );
}

interface QuestionFieldProps {
  question: Question;
  id: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

function QuestionField({ question: q, id, value, onChange, error }: QuestionFieldProps) {
  if (!q.options) {
    return <TextField id={id} label={q.text} hint={q.hint} value={value} onChange={onChange} inputMode="numeric" className="input-short" autoComplete="off" error={error} />;
  }
  const yesNo = q.options.every((o) => o.value === 'yes' || o.value === 'no');
  return <RadioGroup id={id} legend={q.text} hint={q.hint} options={q.options} value={value} onChange={onChange} inline={yesNo} error={error} />;
}
