import { useCallback, useEffect, useState } from 'react';
import type { Clerk } from '../../shared/api/accounts';
import type { ClerkRole } from '../../shared/api/schemas';
import { clerkRoleText, clerkSettingsText as text } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { FormStatus } from '../components/FormStatus';
import { FormActions } from '../components/settings/FormActions';
import { failureMessage } from '../state/failure';
import { useSubmit } from '../state/use-submit';
import { useClerkSession } from './clerk-session';
import { PinInput } from './PinInput';
import { newSecretProblem, normaliseUsername, usernameProblem } from './secret-checks';

const ROLES: ClerkRole[] = ['clerk', 'head', 'admin'];

type Editing = { kind: 'new' } | { kind: 'edit'; clerk: Clerk } | { kind: 'reset'; clerk: Clerk } | null;

/** Settings › Tài khoản cán bộ (administrators): the accounts, a new one, changes, a forgotten PIN, the idle lock. */
export function ClerkAccountsSection() {
  const myId = useClerkSession((s) => s.session?.clerk.id);
  const [clerks, setClerks] = useState<Clerk[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(() => {
    api('listClerks', {})
      .then((r) => {
        setClerks(r.clerks);
        setLoadError(null);
      })
      .catch((failure: unknown) => setLoadError(failureMessage(failure)));
  }, []);

  useEffect(reload, [reload]);

  const done = (message: string | null) => {
    setEditing(null);
    setNotice(message);
    reload();
  };
  const open = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-clerks-title" data-testid="clerks-section">
      <h2 id="settings-clerks-title">{text.title}</h2>
      <div className="alert" role="alert">
        {loadError}
      </div>
      {clerks && clerks.length === 0 && <p>{text.none}</p>}
      {clerks && clerks.length > 0 && (
        <table className="settings-table" data-testid="clerks-table">
          <thead>
            <tr>
              <th>{text.username}</th>
              <th>{text.fullName}</th>
              <th>{text.role}</th>
              <th>{text.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {clerks.map((c) => (
              <tr key={c.id} data-testid="clerk-row" className={c.active ? undefined : 'clerk-inactive'}>
                <td>{c.username}</td>
                <td>
                  {c.fullName} {c.id === myId && text.you}
                </td>
                <td data-testid="clerk-row-role">{clerkRoleText[c.role]}</td>
                <td data-testid="clerk-row-status">
                  {c.active ? text.active : text.inactive}
                  {c.mustChangeSecret && <span className="clerk-flag">{text.mustChange}</span>}
                </td>
                <td>
                  <div className="row">
                    <button type="button" onClick={() => open({ kind: 'edit', clerk: c })} data-testid="clerk-edit">
                      {text.edit}
                    </button>
                    <button type="button" onClick={() => open({ kind: 'reset', clerk: c })} data-testid="clerk-reset">
                      {text.resetSecret}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing === null ? (
        <button type="button" onClick={() => open({ kind: 'new' })} data-testid="clerk-add">
          {text.add}
        </button>
      ) : editing.kind === 'new' ? (
        <NewClerkForm onDone={() => done(text.saved)} onCancel={() => setEditing(null)} />
      ) : editing.kind === 'edit' ? (
        <EditClerkForm key={editing.clerk.id} clerk={editing.clerk} onDone={() => done(text.saved)} onCancel={() => setEditing(null)} />
      ) : (
        <ResetSecretForm
          key={editing.clerk.id}
          clerk={editing.clerk}
          onDone={() => done(text.resetDone(editing.clerk.fullName))}
          onCancel={() => setEditing(null)}
        />
      )}
      <div className="notice" role="status" data-testid="clerks-notice">
        {notice}
      </div>
      <IdleLockForm />
    </section>
  );
}

function RoleSelect({ value, onChange }: { value: ClerkRole; onChange: (role: ClerkRole) => void }) {
  return (
    <label>
      {text.role}
      <select value={value} onChange={(e) => onChange(e.target.value as ClerkRole)} data-testid="clerk-role">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {clerkRoleText[r]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** useSubmit with a check first: what the check finds wrong is shown instead of sending, else the service's refusal. */
function useCheckedSubmit() {
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useSubmit();
  const send = (wrong: string | null, work: () => Promise<unknown>, onDone: () => void): void => {
    setProblem(wrong);
    if (wrong) return;
    void submit.run(work).then((ok) => ok && onDone());
  };
  return { busy: submit.busy, error: problem ?? submit.error, send };
}

/** A form's own submit button, and cancel. */
function SaveOrCancel({ label, testId, busy, onCancel }: { label: string; testId: string; busy: boolean; onCancel: () => void }) {
  return (
    <div className="row">
      <button type="submit" className="primary" disabled={busy} data-testid={testId}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        {text.cancel}
      </button>
    </div>
  );
}

function NewClerkForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<ClerkRole>('clerk');
  const [secret, setSecret] = useState('');
  const submit = useCheckedSubmit();
  return (
    <form
      className="settings-form"
      data-testid="clerk-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit.send(
          usernameProblem(username) ?? newSecretProblem(secret, null),
          () => api('createClerk', { username: normaliseUsername(username), fullName, role, secret }),
          onDone,
        );
      }}
    >
      <h3>{text.add}</h3>
      <label>
        {text.username}
        <input
          autoFocus
          required
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          maxLength={32}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          data-testid="clerk-username"
        />
      </label>
      <label>
        {text.fullName}
        <input required maxLength={100} value={fullName} onChange={(e) => setFullName(e.target.value)} data-testid="clerk-full-name" />
      </label>
      <RoleSelect value={role} onChange={setRole} />
      <PinInput label={text.firstSecret} value={secret} onChange={setSecret} autoComplete="new-password" testId="clerk-secret" />
      <p className="field-hint">{text.firstSecretHint}</p>
      <SaveOrCancel label={text.save} testId="clerk-save" busy={submit.busy} onCancel={onCancel} />
      <FormStatus error={submit.error} saved={false} testId="clerk-form" />
    </form>
  );
}

function EditClerkForm({ clerk, onDone, onCancel }: { clerk: Clerk; onDone: () => void; onCancel: () => void }) {
  const [fullName, setFullName] = useState(clerk.fullName);
  const [role, setRole] = useState<ClerkRole>(clerk.role);
  const [active, setActive] = useState(clerk.active);
  const submit = useSubmit();
  return (
    <form
      className="settings-form"
      data-testid="clerk-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit.run(() => api('updateClerk', { id: clerk.id, fullName, role, active })).then((ok) => ok && onDone());
      }}
    >
      <h3>{text.editTitle(`${clerk.fullName} (${clerk.username})`)}</h3>
      <label>
        {text.fullName}
        <input
          autoFocus
          required
          maxLength={100}
          value={fullName}
          onChange={(e) => setFullName(e.target.value)}
          data-testid="clerk-full-name"
        />
      </label>
      <RoleSelect value={role} onChange={setRole} />
      <FormActions item="clerk" active={active} onActive={setActive} busy={submit.busy} error={submit.error} onCancel={onCancel} />
    </form>
  );
}

function ResetSecretForm({ clerk, onDone, onCancel }: { clerk: Clerk; onDone: () => void; onCancel: () => void }) {
  const [secret, setSecret] = useState('');
  const submit = useCheckedSubmit();
  return (
    <form
      className="settings-form"
      data-testid="clerk-reset-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit.send(newSecretProblem(secret, null), () => api('resetClerkSecret', { id: clerk.id, newSecret: secret }), onDone);
      }}
    >
      <h3>{text.resetTitle(`${clerk.fullName} (${clerk.username})`)}</h3>
      <PinInput
        autoFocus
        label={text.newSecret}
        value={secret}
        onChange={setSecret}
        autoComplete="new-password"
        testId="clerk-new-secret"
      />
      <p className="field-hint">{text.resetHint}</p>
      <SaveOrCancel label={text.resetSecret} testId="clerk-reset-save" busy={submit.busy} onCancel={onCancel} />
      <FormStatus error={submit.error} saved={false} testId="clerk-reset" />
    </form>
  );
}

/** How many idle minutes lock a counter, for the whole ward. */
function IdleLockForm() {
  const [minutes, setMinutes] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const submit = useSubmit();

  useEffect(() => {
    api('getAccountSettings', {})
      .then((r) => setMinutes(String(r.idleLockMinutes)))
      .catch((failure: unknown) => setLoadError(failureMessage(failure)));
  }, []);

  return (
    <form
      className="settings-form"
      data-testid="idle-lock-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit.run(async () => {
          const saved = await api('updateAccountSettings', { idleLockMinutes: Number(minutes) });
          setMinutes(String(saved.idleLockMinutes));
          // This page's own session follows at once (the lock screen names the minutes, the idle check uses them).
          const { session, updated } = useClerkSession.getState();
          if (session) updated({ ...session, idleLockMinutes: saved.idleLockMinutes });
        });
      }}
    >
      <h3>{text.idleTitle}</h3>
      <label>
        {text.idleMinutes}
        <input
          type="number"
          required
          min={1}
          max={120}
          step={1}
          disabled={minutes === null}
          value={minutes ?? ''}
          onChange={(e) => setMinutes(e.target.value)}
          data-testid="idle-lock-minutes"
        />
      </label>
      <button type="submit" className="primary" disabled={submit.busy || minutes === null} data-testid="idle-lock-save">
        {text.save}
      </button>
      <p className="field-hint">{text.idleHint}</p>
      <FormStatus error={loadError ?? submit.error} saved={submit.saved} testId="idle-lock" />
    </form>
  );
}
