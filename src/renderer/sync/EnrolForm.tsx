import { useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../shared/api/sync';
import { pageAccessText } from '../../shared/i18n/vi';
import { syncPageText as text } from '../../shared/i18n/vi/sync';
import { useClerkSession } from '../accounts/clerk-session';
import { api } from '../api/client';
import { failureMessage } from '../state/failure';

/** Enrols this PC with the city: address and the one-time code the city printed. */
export function EnrolForm({ status, onStarted }: { status: SyncStatus; onStarted: () => void }) {
  // A revoked PC enrols again with the same city, most likely: its address is already filled in.
  const [cityUrl, setCityUrl] = useState(status.city?.url ?? '');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mayEnrol = useClerkSession((s) => s.session?.clerk.role === 'admin');

  if (status.city && status.state !== 'revoked')
    return (
      <section className="sync-section" aria-labelledby="enrol-title">
        <h2 id="enrol-title">{text.enrolTitle}</h2>
        <p data-testid="sync-enrolled">{text.enrolled(`${status.city.ward.name} (${status.city.ward.code})`, status.city.slot)}</p>
      </section>
    );

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setError(null);
    api('enrolWithCity', { cityUrl, code })
      .then((result) => {
        if (!result.started) setError(result.message);
        else onStarted();
      })
      .catch((failure: unknown) => setError(failureMessage(failure)));
  };

  return (
    <section className="sync-section" aria-labelledby="enrol-title">
      <h2 id="enrol-title">{text.enrolTitle}</h2>
      {status.city ? (
        <p data-testid="sync-reenrol">
          {text.enrolled(`${status.city.ward.name} (${status.city.ward.code})`, status.city.slot)} {text.reenrolHint}
        </p>
      ) : null}
      {mayEnrol ? (
        <>
          <p>{text.enrolHint}</p>
          <form className="sync-enrol" onSubmit={submit}>
            <label>
              {text.enrolUrl}
              <input
                type="url"
                required
                value={cityUrl}
                onChange={(e) => setCityUrl(e.target.value)}
                placeholder="https://"
                data-testid="enrol-url"
              />
            </label>
            <label>
              {text.enrolCode}
              <input
                required
                value={code}
                onChange={(e) => setCode(e.target.value)}
                pattern="[0-9A-Za-z]{4}-[0-9A-Za-z]{4}"
                autoComplete="off"
                data-testid="enrol-code"
              />
            </label>
            <button type="submit" disabled={status.state === 'enrolling'} data-testid="enrol-submit">
              {text.enrolSubmit}
            </button>
          </form>
        </>
      ) : (
        <p data-testid="enrol-admin-only">{pageAccessText.enrolAdminOnly}</p>
      )}
      <div className="alert" role="alert" data-testid="enrol-error">
        {error ?? (status.enrolment?.state === 'failed' ? status.enrolment.message : null)}
      </div>
      <div className="notice" role="status">
        {status.enrolment?.state === 'running' ? status.enrolment.message : null}
      </div>
    </section>
  );
}
