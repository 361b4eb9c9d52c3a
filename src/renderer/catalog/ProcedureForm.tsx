import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { CHANNELS, type Channel, type Procedure } from '../../shared/catalog/procedure';
import { catalogText } from '../../shared/i18n/vi/catalog';
import { api } from '../api/client';
import { useSubmit } from '../state/use-submit';
import { DocumentTable } from './DocumentTable';
import { AttestationFields, LinesField, ProblemsContext, TextField } from './form-fields';
import { blankDraft, draftOf, procedureFromDraft, type DraftProblem, type ProcedureDraft } from './procedure-draft';
import { labelOf } from './procedure-labels';
import { DeadlineFields, FeeFields } from './RuleFields';

interface ProcedureFormProps {
  /** Null adds a new procedure. */
  procedure: Procedure | null;
  today: string;
  onDone: (saved: boolean) => void;
}

const form = catalogText.form;

/** One procedure, every fact with its confidence and source; checked by the procedure schema before it is sent. */
export function ProcedureForm({ procedure, today, onDone }: ProcedureFormProps) {
  const [draft, setDraft] = useState<ProcedureDraft>(() => (procedure ? draftOf(procedure) : blankDraft(uuidv7(), today)));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const submit = useSubmit();
  const set = <K extends keyof ProcedureDraft>(key: K, value: ProcedureDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const text = (key: 'field' | 'name' | 'receivingUnit' | 'competentUnit' | 'publicationDecision' | 'effectiveFrom') => ({
    path: key,
    value: draft[key],
    onChange: (value: string) => set(key, value),
  });
  const toggleChannel = (channel: Channel, on: boolean) =>
    set('channels', on ? [...draft.channels, channel] : draft.channels.filter((c) => c !== channel));

  const save = async () => {
    const result = procedureFromDraft(draft);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    if (await submit.run(() => api('saveProcedure', { procedure: result.procedure }))) onDone(true);
  };

  const { nationalCode, deadline, fee, requiredDocuments, resultDocument, legalBasis } = draft;
  const channelsProblem = problems.find((p) => p.key === 'channels')?.reason;
  return (
    <ProblemsContext.Provider value={new Map(problems.map((p) => [p.key, p.reason]))}>
      <form
        className="settings-form catalogue-form"
        data-testid="procedure-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone(false);
          // A list box takes Enter as a new line, so Ctrl+Enter saves from anywhere; a closed select
          // would ignore Enter, so there it saves like every one-line input does.
          if (event.key === 'Enter' && (event.ctrlKey || event.target instanceof HTMLSelectElement)) {
            event.preventDefault();
            void save();
          }
        }}
      >
        <h3>{procedure ? form.title(procedure.name) : form.newTitle}</h3>
        <p className="hint">{form.saveHint}</p>
        {problems.length > 0 && (
          <div className="alert" role="alert" data-testid="procedure-problems">
            {form.problems}
            <ul>
              {problems.map((p, index) => (
                <li key={index}>{`${labelOf(p.key)}: ${p.reason}`}</li>
              ))}
            </ul>
          </div>
        )}
        <fieldset>
          <legend>{form.groups.identity}</legend>
          <TextField
            path="nationalCode.code"
            value={nationalCode.code}
            onChange={(code) => set('nationalCode', { ...nationalCode, code })}
            autoFocus
          />
          <AttestationFields path="nationalCode" fact={nationalCode} onChange={(fact) => set('nationalCode', fact)} />
          <TextField {...text('name')} />
          <TextField {...text('field')} />
          <TextField {...text('receivingUnit')} />
          <TextField {...text('competentUnit')} />
          <TextField {...text('publicationDecision')} />
          <TextField {...text('effectiveFrom')} type="date" />
          <div role="group" aria-label={catalogText.fieldLabels.channels}>
            {catalogText.fieldLabels.channels}
            {CHANNELS.map((channel) => (
              <label key={channel} className="check">
                <input
                  type="checkbox"
                  checked={draft.channels.includes(channel)}
                  onChange={(e) => toggleChannel(channel, e.target.checked)}
                  data-testid={`procedure-channel-${channel}`}
                />
                {catalogText.channelNames[channel]}
              </label>
            ))}
            {channelsProblem && (
              <div className="alert" role="alert">
                {channelsProblem}
              </div>
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>{form.groups.deadline}</legend>
          <DeadlineFields
            path="deadline.rule"
            label={catalogText.fieldLabels['deadline.rule']}
            emptyLabel={catalogText.unknown}
            rule={deadline.rule}
            onChange={(rule) => set('deadline', { ...deadline, rule })}
          />
          {CHANNELS.filter((channel) => draft.channels.includes(channel)).map((channel) => (
            <DeadlineFields
              key={channel}
              path={`deadline.byChannel.${channel}`}
              label={form.channelRule[channel]}
              emptyLabel={form.sameAsGeneral}
              rule={deadline.byChannel[channel]}
              onChange={(rule) => set('deadline', { ...deadline, byChannel: { ...deadline.byChannel, [channel]: rule } })}
            />
          ))}
          <p className="hint wide">{form.ruleHint}</p>
          <AttestationFields path="deadline" fact={deadline} onChange={(fact) => set('deadline', fact)} />
        </fieldset>
        <fieldset>
          <legend>{form.groups.fee}</legend>
          <FeeFields rule={fee.rule} onChange={(rule) => set('fee', { ...fee, rule })} />
          <LinesField path="fee.exemptions" value={fee.exemptions} onChange={(exemptions) => set('fee', { ...fee, exemptions })} />
          <AttestationFields path="fee" fact={fee} onChange={(fact) => set('fee', fact)} />
        </fieldset>
        <fieldset>
          <legend>{form.groups.documents}</legend>
          <DocumentTable rows={requiredDocuments.items} onChange={(items) => set('requiredDocuments', { ...requiredDocuments, items })} />
          <AttestationFields path="requiredDocuments" fact={requiredDocuments} onChange={(fact) => set('requiredDocuments', fact)} />
        </fieldset>
        <fieldset>
          <legend>{form.groups.result}</legend>
          <TextField
            path="resultDocument.name"
            value={resultDocument.name}
            onChange={(name) => set('resultDocument', { ...resultDocument, name })}
          />
          <AttestationFields path="resultDocument" fact={resultDocument} onChange={(fact) => set('resultDocument', fact)} />
        </fieldset>
        <fieldset>
          <legend>{form.groups.legalBasis}</legend>
          <LinesField path="legalBasis.items" value={legalBasis.items} onChange={(items) => set('legalBasis', { ...legalBasis, items })} />
          <AttestationFields path="legalBasis" fact={legalBasis} onChange={(fact) => set('legalBasis', fact)} />
        </fieldset>
        <div className="row">
          <button type="submit" className="primary" disabled={submit.busy} data-testid="procedure-save">
            {form.save}
          </button>
          <button type="button" onClick={() => onDone(false)}>
            {form.cancel}
          </button>
        </div>
        <div className="alert" role="alert" data-testid="procedure-form-error">
          {submit.error}
        </div>
      </form>
    </ProblemsContext.Provider>
  );
}
