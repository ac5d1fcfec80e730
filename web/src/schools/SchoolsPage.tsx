import { useRef, useState } from 'react';
import { Disclosure } from '../ui/Disclosure';
import { Link } from 'react-router-dom';
import type { School } from '../api/types';
import { useSession, useSessionState } from '../auth/session';
import { Page } from '../ui/Page';
import { Banner, LoadError, StatusMessage } from '../ui/StatusMessage';
import { Table } from '../ui/Table';
import { useLoad } from '../ui/useLoad';
import { addSchool, changeSchool, listSchools } from './api';
import { SchoolForm } from './SchoolForm';

/** The trust's schools: trust administrators add them here and correct their details. */
export function SchoolsPage() {
  const session = useSession();
  const { refresh } = useSessionState();
  const schools = useLoad('schools', listSchools);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<School | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const none = schools.data?.length === 0;

  async function saved(school: School, message: string) {
    setAdding(false);
    setEditing(null);
    setStatus(message);
    schools.reload();
    // The school switcher and menu come from the session, so they learn of the change here.
    await refresh();
    addButton.current?.focus();
  }

  return (
    <Page title="Schools" context={session.trust.name} caption={session.trust.name}>
      <StatusMessage message={status} />
      {none && !adding ? (
        <Banner>
          <p>Your trust has no schools yet. Add your first school to start: people, mail and the audit log all belong to a school.</p>
        </Banner>
      ) : null}
      <Disclosure
        label="Add a school"
        panelId="add-school-panel"
        open={adding}
        buttonRef={addButton}
        onToggle={() => {
          setStatus(null);
          setEditing(null);
          setAdding(!adding);
        }}
      >
        <SchoolForm
          idPrefix="add-school"
          heading="Add a school"
          submitLabel="Save school"
          save={addSchool}
          onSaved={(s) => void saved(s, `${s.name} has been added.`)}
          onCancel={() => setAdding(false)}
        />
      </Disclosure>
      {schools.error ? <LoadError message={schools.error} /> : null}
      {schools.loading && !schools.data ? <p role="status">Loading…</p> : null}
      {schools.data && schools.data.length > 0 ? (
        <>
          <h2>Schools in {session.trust.name}</h2>
          <Table caption={`Schools in ${session.trust.name}`} columns={['Name', 'Short name', 'Town', 'Postcode', 'Change']} hideCaption>
            {schools.data.map((s) => (
              <tr key={s.id}>
                <td>{session.schools.some((x) => x.id === s.id) ? <Link to={`/schools/${s.id}`}>{s.name}</Link> : s.name}</td>
                <td>{s.shortName}</td>
                <td>{s.town}</td>
                <td>{s.postcode}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setAdding(false);
                      setStatus(null);
                      setEditing(s);
                    }}
                  >
                    Change<span className="visually-hidden"> {s.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </Table>
        </>
      ) : null}
      {editing ? (
        <SchoolForm
          key={editing.id}
          school={editing}
          idPrefix="change-school"
          heading={`Change ${editing.name}`}
          submitLabel="Save changes"
          focusOnOpen
          save={(input) => changeSchool(editing.id, input)}
          onSaved={(s) => void saved(s, `${s.name} has been saved.`)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </Page>
  );
}
