import { useEffect, useState } from 'react';
import type { AuditEntry, Clerk } from '../../shared/api/accounts';
import type { MethodInput } from '../../shared/api/contract';
import { accountText, auditMethodText, auditPageText as text } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { AppNav } from '../components/AppNav';
import { FormError } from '../components/FormError';
import { failureMessage } from '../state/failure';
import { parseDayText } from '../../shared/time/format';
import { AUDIT_ENTITIES } from './audit-format';
import { AuditTable } from './AuditTable';
import { ClerkBar } from './ClerkBar';
import '../sync/sync.css';

type AuditFilter = MethodInput<'exportAudit'>;
type Outcome = NonNullable<AuditFilter['outcome']>;

const PAGE_SIZE = 200;
const OUTCOMES: Outcome[] = ['ok', 'refused', 'read'];

interface Draft {
  clerkId: string;
  method: string;
  entity: string;
  entityId: string;
  outcome: Outcome | '';
  /** As typed: dd/mm/yyyy. */
  day: string;
}

const NO_FILTER: Draft = { clerkId: '', method: '', entity: '', entityId: '', outcome: '', day: '' };

/** The filter the service takes, or the reason the typed day is not one. */
function filterOf(draft: Draft): AuditFilter | string {
  const filter: AuditFilter = {};
  if (draft.clerkId) filter.clerkId = draft.clerkId;
  if (draft.method) filter.method = draft.method;
  if (draft.entity) filter.entity = draft.entity;
  if (draft.entityId.trim()) filter.entityId = draft.entityId.trim();
  if (draft.outcome) filter.outcome = draft.outcome;
  if (draft.day.trim()) {
    const parsed = parseDayText(draft.day);
    if (!parsed.ok) return text.dayInvalid;
    filter.day = parsed.day;
  }
  return filter;
}

/** /audit, "Nhật ký thao tác": who did what, from which device; and who looked at one citizen's data. */
export function AuditPage() {
  const [clerks, setClerks] = useState<Clerk[]>([]);
  const [draft, setDraft] = useState<Draft>(NO_FILTER);
  const [applied, setApplied] = useState<AuditFilter>({});
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (filter: AuditFilter, before?: AuditEntry[]): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const beforeId = before?.at(-1)?.id;
      const page = await api('listAudit', { ...filter, limit: PAGE_SIZE, ...(beforeId === undefined ? {} : { beforeId }) });
      setEntries([...(before ?? []), ...page.entries]);
      setHasMore(page.entries.length === PAGE_SIZE);
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    api('listClerks', {})
      .then((r) => setClerks(r.clerks))
      .catch((failure: unknown) => setError(failureMessage(failure)));
    void load({});
  }, []);

  const apply = (next: Draft): void => {
    const filter = filterOf(next);
    if (typeof filter === 'string') {
      setError(filter);
      return;
    }
    setApplied(filter);
    void load(filter);
  };

  const downloadCsv = async (): Promise<void> => {
    setError(null);
    try {
      const { fileName, csv } = await api('exportAudit', applied);
      // The service's CSV already starts with the byte-order mark spreadsheet programs need.
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <div className="page audit-page">
      <header className="page-header">
        <h1>{text.title}</h1>
        <AppNav />
        <ClerkBar />
      </header>
      <main className="sync-main">
        <section className="sync-section" aria-labelledby="audit-filters-title">
          <h2 id="audit-filters-title">{text.filtersTitle}</h2>
          <form
            className="audit-filters"
            data-testid="audit-filters"
            onSubmit={(event) => {
              event.preventDefault();
              apply(draft);
            }}
          >
            <label>
              {text.clerk}
              <select value={draft.clerkId} onChange={(e) => set('clerkId', e.target.value)} data-testid="audit-filter-clerk">
                <option value="">{text.all}</option>
                {clerks.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.fullName} ({c.username})
                  </option>
                ))}
              </select>
            </label>
            <label>
              {text.method}
              <select value={draft.method} onChange={(e) => set('method', e.target.value)} data-testid="audit-filter-method">
                <option value="">{text.all}</option>
                {Object.entries(auditMethodText).map(([method, label]) => (
                  <option key={method} value={method}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {text.entity}
              <select value={draft.entity} onChange={(e) => set('entity', e.target.value)} data-testid="audit-filter-entity">
                <option value="">{text.all}</option>
                {Object.entries(AUDIT_ENTITIES).map(([entity, label]) => (
                  <option key={entity} value={entity}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {text.entityId}
              <input
                maxLength={80}
                value={draft.entityId}
                onChange={(e) => set('entityId', e.target.value)}
                data-testid="audit-filter-entity-id"
              />
            </label>
            <label>
              {text.outcome}
              <select
                value={draft.outcome}
                onChange={(e) => set('outcome', e.target.value as Outcome | '')}
                data-testid="audit-filter-outcome"
              >
                <option value="">{text.all}</option>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {accountText.auditOutcome[o]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {text.day}
              <input
                inputMode="numeric"
                placeholder={text.dayPlaceholder}
                maxLength={10}
                value={draft.day}
                onChange={(e) => set('day', e.target.value)}
                data-testid="audit-filter-day"
              />
            </label>
            <div className="row">
              <button type="submit" className="primary" disabled={busy} data-testid="audit-apply">
                {text.show}
              </button>
              <button
                type="button"
                onClick={() => {
                  setDraft(NO_FILTER);
                  apply(NO_FILTER);
                }}
                data-testid="audit-clear"
              >
                {text.clear}
              </button>
              <button type="button" onClick={() => void downloadCsv()} data-testid="audit-csv">
                {text.csv}
              </button>
            </div>
          </form>
          <FormError error={error} testId="audit-error" />
        </section>

        <section className="sync-section" aria-labelledby="audit-log-title">
          <h2 id="audit-log-title">{text.title}</h2>
          {entries === null ? (
            <p>{text.loading}</p>
          ) : entries.length === 0 ? (
            <p data-testid="audit-empty">{text.empty}</p>
          ) : (
            <>
              <p role="status" data-testid="audit-count">
                {text.shown(entries.length)}
              </p>
              <AuditTable entries={entries} testId="audit-table" />
              {hasMore && (
                <button type="button" disabled={busy} onClick={() => void load(applied, entries)} data-testid="audit-more">
                  {text.more}
                </button>
              )}
            </>
          )}
        </section>

        <CitizenAccess />
      </main>
    </div>
  );
}

/** "Ai đã xem dữ liệu công dân": every opening, printing or export of one citizen's data, by ID number. */
function CitizenAccess() {
  const [idNumber, setIdNumber] = useState('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lookUp = async (): Promise<void> => {
    const digits = idNumber.replace(/\s/g, '');
    if (!/^(\d{9}|\d{12})$/.test(digits)) {
      setError(text.citizenIdInvalid);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setEntries((await api('listCitizenAccess', { idNumber: digits })).entries);
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sync-section" aria-labelledby="citizen-access-title">
      <h2 id="citizen-access-title">{text.citizenTitle}</h2>
      <p>{text.citizenHint}</p>
      <form
        className="audit-filters"
        onSubmit={(event) => {
          event.preventDefault();
          void lookUp();
        }}
      >
        <label>
          {text.citizenId}
          <input
            required
            inputMode="numeric"
            autoComplete="off"
            maxLength={15}
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value)}
            data-testid="citizen-access-id"
          />
        </label>
        <button type="submit" className="primary" disabled={busy} data-testid="citizen-access-submit">
          {text.citizenSubmit}
        </button>
      </form>
      <FormError error={error} testId="citizen-access-error" />
      {entries !== null &&
        (entries.length === 0 ? (
          <p data-testid="citizen-access-empty">{text.citizenEmpty}</p>
        ) : (
          <AuditTable entries={entries} testId="citizen-access-table" />
        ))}
    </section>
  );
}
