import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { CHANNELS, type Procedure } from '../../shared/catalog/procedure';
import { catalogText } from '../../shared/i18n/vi/catalog';
import { api } from '../api/client';
import { useSubmit } from '../state/use-submit';
import { blankCells, cellsOf, procedureFromCells, type Cells } from './procedure-cells';

interface ProcedureFormProps {
  /** Null adds a new procedure. */
  procedure: Procedure | null;
  today: string;
  onDone: (saved: boolean) => void;
}

type Kind = 'text' | 'confidence' | 'lines' | 'date';

const GROUPS: { title: string; columns: [string, Kind, string?][] }[] = [
  {
    title: catalogText.form.groups.identity,
    columns: [
      ['national_code', 'text'],
      ['national_code_confidence', 'confidence'],
      ['national_code_source', 'text'],
      ['name', 'text'],
      ['field', 'text'],
      ['receiving_unit', 'text'],
      ['competent_unit', 'text'],
      ['publication_decision', 'text'],
      ['effective_from', 'date'],
    ],
  },
  {
    title: catalogText.form.groups.deadline,
    columns: [
      ['deadline', 'text', catalogText.form.ruleHint],
      ['deadline_in_person', 'text', catalogText.form.channelRuleHint],
      ['deadline_online', 'text', catalogText.form.channelRuleHint],
      ['deadline_postal', 'text', catalogText.form.channelRuleHint],
      ['deadline_confidence', 'confidence'],
      ['deadline_source', 'text'],
    ],
  },
  {
    title: catalogText.form.groups.fee,
    columns: [
      ['fee', 'text', catalogText.form.feeHint],
      ['fee_exemptions', 'lines', catalogText.form.listHint],
      ['fee_confidence', 'confidence'],
      ['fee_source', 'text'],
    ],
  },
  {
    title: catalogText.form.groups.documents,
    columns: [
      ['documents', 'lines', catalogText.form.documentsHint],
      ['documents_confidence', 'confidence'],
      ['documents_source', 'text'],
    ],
  },
  {
    title: catalogText.form.groups.result,
    columns: [
      ['result_document', 'text'],
      ['result_document_confidence', 'confidence'],
      ['result_document_source', 'text'],
    ],
  },
  {
    title: catalogText.form.groups.legalBasis,
    columns: [
      ['legal_basis', 'lines', catalogText.form.listHint],
      ['legal_basis_confidence', 'confidence'],
      ['legal_basis_source', 'text'],
    ],
  },
];

/** One procedure, every fact with its confidence and source; checked by the import's own rules before it is sent. */
export function ProcedureForm({ procedure, today, onDone }: ProcedureFormProps) {
  const [cells, setCells] = useState<Cells>(() => (procedure ? cellsOf(procedure) : blankCells(uuidv7(), today)));
  const [problems, setProblems] = useState<{ field: string | null; reason: string }[]>([]);
  const submit = useSubmit();
  const set = (name: string, value: string) => setCells((current) => ({ ...current, [name]: value }));
  const channels = (cells.channels ?? '').split('\n').filter(Boolean);

  const save = async () => {
    const result = procedureFromCells(cells);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    if (await submit.run(() => api('saveProcedure', { procedure: result.procedure }))) onDone(true);
  };

  const inputFor = (name: string, kind: Kind, hint: string | undefined, first: boolean) => {
    const id = `procedure-${name}`;
    const problem = problems.find((p) => p.field === name);
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      name,
      value: cells[name] ?? '',
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy,
      'data-testid': id,
      autoFocus: first,
    };
    return (
      <div key={name}>
        <label htmlFor={id}>{catalogText.columnLabels[name] ?? name}</label>
        {kind === 'confidence' ? (
          <select {...common} onChange={(e) => set(name, e.target.value)}>
            {(['C', 'S', 'U'] as const).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : kind === 'lines' ? (
          <textarea {...common} rows={4} onChange={(e) => set(name, e.target.value)} />
        ) : (
          <input {...common} type={kind === 'date' ? 'date' : 'text'} onChange={(e) => set(name, e.target.value)} />
        )}
        {hint && (
          <div className="hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {problem && (
          <div className="alert" role="alert" id={`${id}-problem`}>
            {problem.reason}
          </div>
        )}
      </div>
    );
  };

  return (
    <form
      className="settings-form catalogue-form"
      data-testid="procedure-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(false);
      }}
    >
      <h3>{procedure ? catalogText.form.title(procedure.name) : catalogText.form.newTitle}</h3>
      {problems.length > 0 && (
        <div className="alert" role="alert" data-testid="procedure-problems">
          {catalogText.form.problems}
          <ul>
            {problems.map((p, index) => (
              <li key={index}>{`${p.field ? `${catalogText.columnLabels[p.field] ?? p.field}: ` : ''}${p.reason}`}</li>
            ))}
          </ul>
        </div>
      )}
      {GROUPS.map((group, groupIndex) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          {group.columns.map(([name, kind, hint], index) => inputFor(name, kind, hint, groupIndex === 0 && index === 0))}
          {groupIndex === 0 && (
            <div role="group" aria-label={catalogText.columnLabels.channels}>
              {catalogText.columnLabels.channels}
              {CHANNELS.map((channel) => (
                <label key={channel} className="check">
                  <input
                    type="checkbox"
                    checked={channels.includes(channel)}
                    onChange={(e) =>
                      set('channels', (e.target.checked ? [...channels, channel] : channels.filter((c) => c !== channel)).join('\n'))
                    }
                    data-testid={`procedure-channel-${channel}`}
                  />
                  {catalogText.channelNames[channel]}
                </label>
              ))}
            </div>
          )}
        </fieldset>
      ))}
      <div className="row">
        <button type="submit" className="primary" disabled={submit.busy} data-testid="procedure-save">
          {catalogText.form.save}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {catalogText.form.cancel}
        </button>
      </div>
      <div className="alert" role="alert" data-testid="procedure-form-error">
        {submit.error}
      </div>
    </form>
  );
}
