import { useRef, useState } from 'react';
import { Disclosure } from '../ui/Disclosure';
import type { TrainingCoverageView } from '../api/types';
import { roleLabel } from '../people/words';
import { schoolCan, useSchool } from '../shell/scope';
import { Page } from '../ui/Page';
import { LoadError, StatusMessage } from '../ui/StatusMessage';
import { Table } from '../ui/Table';
import { useLoad } from '../ui/useLoad';
import { trainingAt } from './api';
import { RecordTrainingForm } from './RecordTrainingForm';
import { latestByCourse, recordText } from './words';

/** Courses completed by the people of a school: who is up to date, whose has run out, who has none. */
export function TrainingPage() {
  const school = useSchool();
  // A different school starts with its own records and a closed form.
  return <SchoolTraining key={school.id} />;
}

function SchoolTraining() {
  const school = useSchool();
  const training = useLoad(`training:${school.id}`, () => trainingAt(school.id));
  const [recording, setRecording] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const t = training.data;

  function closeForm() {
    setRecording(false);
    recordButton.current?.focus();
  }

  return (
    <Page title="Training" context={school.name} caption={school.name}>
      <p>Courses completed by the staff, governors and volunteers of {school.name}. A course counts until its expiry date.</p>
      <StatusMessage message={status} />
      {t && schoolCan(school, 'training.manage') ? (
        <>
          <Disclosure
            label="Record training"
            panelId="record-training-panel"
            open={recording}
            buttonRef={recordButton}
            onToggle={() => {
              setStatus(null);
              setRecording(!recording);
            }}
          >
            <RecordTrainingForm
              schoolId={school.id}
              training={t}
              onRecorded={(message) => {
                setStatus(message);
                training.reload();
                closeForm();
              }}
              onCancel={closeForm}
            />
          </Disclosure>
        </>
      ) : null}
      {training.error ? <LoadError message={training.error} /> : null}
      {training.loading && !t ? <p role="status">Loading…</p> : null}
      {t ? <TrainingTables training={t} schoolName={school.name} /> : null}
    </Page>
  );
}

function TrainingTables({ training: t, schoolName }: { training: TrainingCoverageView; schoolName: string }) {
  return (
    <>
      <h2>By course</h2>
      {t.byCourse.length > 0 ? (
        <Table caption="Training by course" columns={['Course', 'Current', 'Expired', 'No record']} hideCaption>
          {t.byCourse.map((c) => (
            <tr key={c.course}>
              <td>{c.course}</td>
              <td>{c.current}</td>
              <td>{c.expired}</td>
              <td>{c.missing}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <p>No training has been recorded at {schoolName} yet.</p>
      )}

      <h2>By person</h2>
      {t.people.length > 0 ? (
        <Table caption="Training by person" columns={['Name', 'Roles', 'Courses']} hideCaption>
          {t.people.map((p) => {
            const records = latestByCourse(p.records);
            return (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{p.roles.length > 0 ? p.roles.map((r) => <span key={r} className="tag">{roleLabel(r)}</span>) : <span className="muted">No role</span>}</td>
                <td>
                  {records.length > 0 ? (
                    <ul className="plain">
                      {records.map((r) => (
                        <li key={r.course} className={r.current ? undefined : 'review-overdue'}>
                          {r.course}: {recordText(r)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">None recorded</span>
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
      ) : (
        <p>Nobody at {schoolName} who signs in to Lanyard is on record yet.</p>
      )}
    </>
  );
}
