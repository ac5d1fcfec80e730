import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { kindCanSignIn, type CheckerWordsView } from '@lanyard/core';
import { messageOf } from '../api/client';
import { listPeople } from '../people/api';
import { schoolPath } from '../shell/navigation';
import { schoolCan, useSchool } from '../shell/scope';
import { formatDay } from '../ui/dates';
import { Disclosure } from '../ui/Disclosure';
import { Page } from '../ui/Page';
import { LoadError, StatusMessage } from '../ui/StatusMessage';
import { Table } from '../ui/Table';
import { useLoad } from '../ui/useLoad';
import { AddNicknameForm, AddWordForm, AllowPhraseForm } from './WordForms';
import { checkerWordsOf, removeCheckerWord } from './words-api';
import { CATEGORY_WORDS, SEVERITY_WORDS } from './words';

/** Words the checker knows: the school's own words to find, phrases it allows, and nicknames. */
export function WordsPage() {
  const school = useSchool();
  // Another school has its own words: start again with closed forms.
  return <SchoolWords key={school.id} />;
}

type Open = 'word' | 'phrase' | 'nickname' | null;
type Added = { addedAt: string; addedBy: string | null };
const addedText = (a: Added) => `${formatDay(a.addedAt)}${a.addedBy ? ` by ${a.addedBy}` : ''}`;

function SchoolWords() {
  const school = useSchool();
  const canManage = schoolCan(school, 'checker.words.manage');
  const words = useLoad(`checker-words:${school.id}`, () => checkerWordsOf(school.id));
  // The nickname form lists the school's pupils and staff, for those who may see them.
  const people = useLoad(`checker-people:${school.id}`, async () => {
    if (!canManage || !schoolCan(school, 'people.read')) return [];
    const all = await listPeople(school.id, { kind: '', q: '', includeLeft: false });
    return all
      .filter((p) => p.kind === 'pupil' || kindCanSignIn(p.kind))
      .map((p) => ({ id: p.id, label: `${p.givenName} ${p.familyName} (${p.kind === 'pupil' ? `pupil${p.yearGroup ? `, ${p.yearGroup}` : ''}` : 'staff'})` }));
  });
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const buttons = { word: useRef<HTMLButtonElement>(null), phrase: useRef<HTMLButtonElement>(null), nickname: useRef<HTMLButtonElement>(null) };
  const headings = { word: useRef<HTMLHeadingElement>(null), phrase: useRef<HTMLHeadingElement>(null), nickname: useRef<HTMLHeadingElement>(null) };
  const w = words.data;

  function toggle(which: Exclude<Open, null>) {
    setStatus(null);
    setRemoveError(null);
    setOpen(open === which ? null : which);
  }
  function close(which: Exclude<Open, null>) {
    setOpen(null);
    buttons[which].current?.focus();
  }
  function added(which: Exclude<Open, null>, message: string) {
    setStatus(message);
    words.reload();
    close(which);
  }
  async function remove(which: Exclude<Open, null>, id: string, text: string) {
    setStatus(null);
    setRemoveError(null);
    try {
      await removeCheckerWord(school.id, id);
      setStatus(`\u201c${text}\u201d removed.`);
    } catch (e) {
      setRemoveError(messageOf(e));
    }
    words.reload();
    // the button pressed has gone: the list's heading is the nearest place to carry on from
    headings[which].current?.focus();
  }
  const removeButton = (which: Exclude<Open, null>, id: string, text: string) => (
    <button type="button" className="secondary" onClick={() => void remove(which, id, text)}>
      Remove<span className="visually-hidden"> {`\u201c${text}\u201d`}</span>
    </button>
  );
  const forms = (which: Exclude<Open, null>, label: string, form: ReactNode) =>
    canManage && w ? (
      <Disclosure label={label} panelId={`${which}-panel`} open={open === which} buttonRef={buttons[which]} onToggle={() => toggle(which)}>
        {form}
      </Disclosure>
    ) : null;

  return (
    <Page title="Words the checker knows" context={school.name} caption={school.name}>
      <p>
        The checker has its own lists of offensive words, and knows the names of {school.name}&rsquo;s pupils and staff. Here the school adds what only it
        knows: a local word to look for, a phrase that is fine here, and the nicknames people use.{' '}
        Try them on the <Link to={schoolPath(school.id, 'check')}>Check before you post</Link> page.
      </p>
      {!canManage ? <p>Your school&rsquo;s leadership and safeguarding leads keep these lists. Ask them to add a word or nickname.</p> : null}
      <StatusMessage message={status} />
      {removeError ? <LoadError message={removeError} /> : null}
      {words.error ? <LoadError message={words.error} /> : null}
      {words.loading && !w ? <p role="status">Loading…</p> : null}
      {w ? (
        <>
          <Section id="words" title="Words to find" headingRef={headings.word}>
            <p>Found in every kind of post, however they are disguised.</p>
            {forms('word', 'Add a word', <AddWordForm schoolId={school.id} onAdded={(m) => added('word', m)} onCancel={() => close('word')} />)}
            {w.words.length > 0 ? (
              <Table caption="Words to find" columns={['Word or phrase', 'Kind', 'What the checker says', 'Added', ...(canManage ? ['Change'] : [])]} hideCaption>
                {w.words.map((x) => (
                  <tr key={x.id}>
                    <td>{x.term}</td>
                    <td>{CATEGORY_WORDS[x.category]}</td>
                    <td>{SEVERITY_WORDS[x.severity]}</td>
                    <td>{addedText(x)}</td>
                    {canManage ? <td>{removeButton('word', x.id, x.term)}</td> : null}
                  </tr>
                ))}
              </Table>
            ) : (
              <p className="muted">{school.name} has not added any words yet.</p>
            )}
          </Section>

          <Section id="allowed" title="Allowed phrases" headingRef={headings.phrase}>
            <p>Fine at {school.name} though they hold a word the checker looks for, such as the name of a local place, or a name that is not a person here, such as Holly the class hamster.</p>
            {forms('phrase', 'Allow a phrase', <AllowPhraseForm schoolId={school.id} onAdded={(m) => added('phrase', m)} onCancel={() => close('phrase')} />)}
            {w.allowed.length > 0 ? (
              <Table caption="Allowed phrases" columns={['Phrase', 'Added', ...(canManage ? ['Change'] : [])]} hideCaption>
                {w.allowed.map((x) => (
                  <tr key={x.id}>
                    <td>{x.phrase}</td>
                    <td>{addedText(x)}</td>
                    {canManage ? <td>{removeButton('phrase', x.id, x.phrase)}</td> : null}
                  </tr>
                ))}
              </Table>
            ) : (
              <p className="muted">No phrases allowed yet.</p>
            )}
          </Section>

          <Section id="nicknames" title="Nicknames" headingRef={headings.nickname}>
            <p>Found as the person they belong to, or as the school in a post on a personal account.</p>
            {forms(
              'nickname',
              'Add a nickname',
              <AddNicknameForm schoolId={school.id} schoolName={school.name} people={people.data ?? []} onAdded={(m) => added('nickname', m)} onCancel={() => close('nickname')} />,
            )}
            <NicknameTable words={w} schoolName={school.name} removeButton={canManage ? (id, text) => removeButton('nickname', id, text) : null} />
            {!w.pupilNicknamesShown ? <p className="hint">Pupils&rsquo; nicknames are listed only for those who can see the school&rsquo;s people; the checker uses them all the same.</p> : null}
          </Section>
        </>
      ) : null}
    </Page>
  );
}

function Section({ id, title, headingRef, children }: { id: string; title: string; headingRef: RefObject<HTMLHeadingElement | null>; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>{title}</h2>
      {children}
    </section>
  );
}

interface NicknameTableProps {
  words: CheckerWordsView;
  schoolName: string;
  removeButton: ((id: string, text: string) => ReactNode) | null;
}

function NicknameTable({ words, schoolName, removeButton }: NicknameTableProps) {
  if (words.nicknames.length === 0) return <p className="muted">No nicknames added yet.</p>;
  return (
    <Table caption="Nicknames" columns={['Nickname', 'Of', 'Added', ...(removeButton ? ['Change'] : [])]} hideCaption>
      {words.nicknames.map((x) => (
        <tr key={x.id}>
          <td>{x.nickname}</td>
          <td>{x.person ? `${x.person.name} (${x.person.kind === 'pupil' ? 'pupil' : 'staff'})` : `${schoolName} itself`}</td>
          <td>{addedText(x)}</td>
          {removeButton ? <td>{removeButton(x.id, x.nickname)}</td> : null}
        </tr>
      ))}
    </Table>
  );
}
