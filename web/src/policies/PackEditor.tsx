import { useState } from 'react';
import { ApiError } from '../api/client';
import type { PolicyVersion } from '../api/types';
import { TextAreaField } from '../ui/fields';
import { useFormState } from '../ui/form';
import { FormWithSummary } from '../ui/FormWithSummary';

const LABEL = 'Policy pack (YAML)';

interface Props {
  version: PolicyVersion;
  save(yaml: string): Promise<PolicyVersion>;
  onSaved(version: PolicyVersion): void;
}

/**
 * The rules of a draft, as YAML. The server checks them against the schema and against this
 * version's text (every quote must be in the clause it cites) and names the line of each error;
 * all of them are listed beside the box, so one save shows everything to fix.
 */
export function PackEditor({ version, save, onSaved }: Props) {
  const form = useFormState('pack', { pack: LABEL });
  const [yaml, setYaml] = useState(version.packYaml ?? '');
  const [lineErrors, setLineErrors] = useState<string[]>([]);

  function submit() {
    if (form.busy) return;
    setLineErrors([]);
    if (!yaml.trim()) {
      form.setErrors({ summary: null, fields: { pack: `${LABEL} is required` } });
      return;
    }
    void form.submit(async () => {
      try {
        onSaved(await save(yaml));
      } catch (error) {
        if (!(error instanceof ApiError) || error.problem.code !== 'invalid_pack') throw error;
        const messages = (error.problem.errors ?? []).map((e) => e.message);
        setLineErrors(messages);
        const count = messages.length === 1 ? '1 error' : `${messages.length} errors`;
        form.setErrors({ summary: error.problem.detail, fields: { pack: `${LABEL}: ${count}, listed beside the box` } });
      }
    });
  }

  return (
    <FormWithSummary form={form} onSubmit={submit} heading={{ id: 'pack-heading', text: 'Policy pack' }}>
      <p>
        The pack turns clauses into rules that Ask the policy can answer with. Each rule names the outcome, who to go to,
        and the clause it comes from, quoted word for word.
      </p>
      <TextAreaField
        id={form.idOf('pack')}
        label={LABEL}
        hint="Errors are listed with their line number."
        value={yaml}
        onChange={setYaml}
        rows={18}
        code
        error={lineErrors.length > 0 ? lineErrors : form.errorOf('pack')}
      />
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>Save pack</button>
      </div>
    </FormWithSummary>
  );
}
