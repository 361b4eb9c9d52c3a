import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import type { Procedure } from '../../shared/catalog/procedure';
import { catalogText } from '../../shared/i18n/vi/catalog';
import { localDay } from '../../shared/time/local-time';
import { api } from '../api/client';
import { failureMessage } from '../state/failure';
import { useSession } from '../state/session';
import { ConfidenceBadge } from './ConfidenceBadge';
import { ExportButtons } from './ExportButtons';
import { ImportPanel } from './ImportPanel';
import { ProcedureForm } from './ProcedureForm';
import { describeDeadline, describeFee } from './procedure-facts';
import './catalogue.css';

const SHOWN = 200;
const TYPING_PAUSE_MS = 150;

/** Settings › Danh mục thủ tục: find a procedure without accents, check its facts and sources, edit, import, export. */
export function CatalogueSection() {
  const revision = useSession((s) => s.revision);
  const [query, setQuery] = useState('');
  const [field, setField] = useState('');
  const [list, setList] = useState<MethodOutput<'listProcedures'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Procedure | 'new' | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api('listProcedures', { ...(query.trim() ? { query } : {}), ...(field ? { field } : {}), limit: SHOWN })
        .then((result) => {
          if (!current) return;
          setList(result);
          setError(null);
        })
        .catch((failure: unknown) => current && setError(failureMessage(failure)));
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, field, revision, reloads]);

  return (
    <section className="settings-section" aria-labelledby="settings-catalogue-title" data-testid="catalogue-section">
      <h2 id="settings-catalogue-title">{catalogText.title}</h2>
      <div className="catalogue-filters" role="search">
        <label>
          {catalogText.search}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} data-testid="catalogue-search" />
        </label>
        <label>
          {catalogText.fieldFilter}
          <select value={field} onChange={(e) => setField(e.target.value)} data-testid="catalogue-field">
            <option value="">{catalogText.allFields}</option>
            {list?.fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="alert" role="alert">
        {error}
      </div>
      {list && (
        <p role="status" data-testid="catalogue-count">
          {list.total === 0 ? catalogText.none : catalogText.count(list.procedures.length, list.total)}
        </p>
      )}
      <table className="settings-table" data-testid="catalogue-table">
        <thead>
          <tr>
            <th>{catalogText.code}</th>
            <th>{catalogText.name}</th>
            <th>{catalogText.field}</th>
            <th>{catalogText.deadline}</th>
            <th>{catalogText.fee}</th>
            <th>{catalogText.documents}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list?.procedures.map((p) => (
            <tr key={p.id} data-testid="procedure-row">
              <td>
                {p.nationalCode.code ?? catalogText.noCode}
                <ConfidenceBadge confidence={p.nationalCode.confidence} source={p.nationalCode.source} />
              </td>
              <td data-testid="procedure-name">{p.name}</td>
              <td>{p.field}</td>
              <td>
                {describeDeadline(p.deadline.rule)}
                <ConfidenceBadge confidence={p.deadline.confidence} source={p.deadline.source} />
              </td>
              <td>
                {describeFee(p.fee.rule)}
                <ConfidenceBadge confidence={p.fee.confidence} source={p.fee.source} />
              </td>
              <td>
                {p.requiredDocuments.items ? (
                  <details>
                    <summary>{catalogText.documentCount(p.requiredDocuments.items.length)}</summary>
                    <ul>
                      {p.requiredDocuments.items.map((d, index) => (
                        <li key={index}>{d.name}</li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  catalogText.unknown
                )}
                <ConfidenceBadge confidence={p.requiredDocuments.confidence} source={p.requiredDocuments.source} />
              </td>
              <td>
                <button type="button" onClick={() => setEditing(p)} data-testid="procedure-edit">
                  {catalogText.edit}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <ProcedureForm
          key={editing === 'new' ? 'new' : editing.id}
          procedure={editing === 'new' ? null : editing}
          today={localDay(new Date())}
          onDone={(saved) => {
            setEditing(null);
            if (saved) reload();
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')} data-testid="procedure-add">
          {catalogText.add}
        </button>
      )}
      <ImportPanel onApplied={reload} />
      <ExportButtons />
    </section>
  );
}
