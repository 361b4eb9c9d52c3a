import { useEffect, useRef, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput } from '../../shared/api/contract';
import type { Dossier } from '../../shared/api/dossiers';
import { STEPS_WITH_REASON, type DossierStep } from '../../shared/dossier/dossier-state';
import { dossierErrors, dossierPanelText, dossierStepText } from '../../shared/i18n/vi/dossiers';
import { callWithRetries } from '../api/retrying';
import { FormError } from '../components/FormError';
import { failureMessage } from '../state/failure';
import type { StepNotices } from './dossier-prints';
import { checkRefusal, checkSupplement, newSupplementDraft, rememberContactPhone, type Checked } from './notice-draft';
import { RefusalFields, SupplementFields } from './NoticeFields';
import { DateInput } from '../components/DateInput';

const text = dossierPanelText;

interface StepFormProps {
  dossier: Dossier;
  step: DossierStep;
  onDone: (result: MethodOutput<'recordDossierStep'>, notices: StepNotices) => void;
  onCancel: () => void;
}

interface StepRequest {
  reason?: string;
  newDue?: { date: string; time: string };
  notices: StepNotices;
}

/**
 * One step of the dossier, confirmed by the clerk: the fields the step requires, then Enter (or
 * Ctrl+Enter in a text box). The form keeps one request id from opening to success, so a retry after a
 * lost answer, automatic or by pressing Enter again, never records the step twice.
 */
export function StepForm({ dossier, step, onDone, onCancel }: StepFormProps) {
  const [requestId] = useState(() => uuidv7());
  const [reason, setReason] = useState('');
  const [supplement, setSupplement] = useState(newSupplementDraft);
  const [refusal, setRefusal] = useState({ reason: '', legalBasis: '' });
  const [dueDate, setDueDate] = useState(dossier.due.date);
  const [dueTime, setDueTime] = useState(dossier.due.time);
  const [saving, setSaving] = useState<{ retry: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firstText = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const reasonRequired = STEPS_WITH_REASON.has(step);

  useEffect(() => {
    (firstText.current ?? confirmRef.current)?.focus();
  }, []);

  const request = (): Checked<StepRequest> => {
    if (step === 'request_supplement') {
      const checked = checkSupplement(supplement);
      if (!checked.ok) return checked;
      rememberContactPhone(checked.value.contactPhone);
      return { ok: true, value: { reason: checked.value.reason, notices: { supplement: checked.value } } };
    }
    if (step === 'refuse') {
      const checked = checkRefusal(refusal);
      if (!checked.ok) return checked;
      return { ok: true, value: { reason: checked.value.recorded, notices: { refusal: checked.value } } };
    }
    const written = reason.trim();
    if (reasonRequired && !written) return { ok: false, error: dossierErrors.dossier_reason_required };
    if (step === 'extend' && (!dueDate || !dueTime)) return { ok: false, error: text.needNewDue };
    return {
      ok: true,
      value: {
        ...(written ? { reason: written } : {}),
        ...(step === 'extend' ? { newDue: { date: dueDate, time: dueTime } } : {}),
        notices: {},
      },
    };
  };

  const submit = async (): Promise<void> => {
    if (saving) return;
    setError(null);
    const checked = request();
    if (!checked.ok) return setError(checked.error);
    const { notices, ...fields } = checked.value;
    setSaving({ retry: null });
    try {
      const result = await callWithRetries('recordDossierStep', { requestId, dossierId: dossier.id, step, ...fields }, (attempt) =>
        setSaving({ retry: attempt }),
      );
      onDone(result, notices);
    } catch (failure) {
      setSaving(null);
      setError(failureMessage(failure));
    }
  };

  return (
    <form
      className="dossier-step-form"
      data-testid="dossier-step-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        // The view's own keys (digits, Esc) stop here: while a step is being confirmed they are text.
        event.stopPropagation();
        if (event.key === 'Escape' && !saving) {
          event.preventDefault();
          onCancel();
        } else if (event.key === 'Enter' && event.ctrlKey) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <h3>{dossierStepText[step]}</h3>
      {step === 'request_supplement' && <SupplementFields draft={supplement} onChange={setSupplement} firstRef={firstText} />}
      {step === 'refuse' && <RefusalFields draft={refusal} onChange={setRefusal} firstRef={firstText} />}
      {step !== 'request_supplement' && step !== 'refuse' && (
        <label>
          {reasonRequired ? text.reason : text.reasonOptional}
          <textarea
            ref={reasonRequired ? firstText : undefined}
            data-testid="dossier-step-reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
      )}
      {step === 'extend' && (
        <div className="dossier-new-due">
          <label>
            {text.newDueDate}
            <DateInput data-testid="dossier-new-due-date" value={dueDate} onChange={setDueDate} />
          </label>
          <label>
            {text.newDueTime}
            <input type="time" data-testid="dossier-new-due-time" value={dueTime} onChange={(event) => setDueTime(event.target.value)} />
          </label>
        </div>
      )}
      <FormError error={error} testId="dossier-step-error" />
      <div role="status" data-testid="dossier-step-status">
        {saving && (saving.retry ? text.retrying(saving.retry) : text.saving)}
      </div>
      <div className="form-actions">
        <button ref={confirmRef} type="submit" className="primary" data-testid="dossier-step-confirm" disabled={saving !== null}>
          {text.confirm(dossierStepText[step])}
        </button>
        <button type="button" data-testid="dossier-step-cancel" disabled={saving !== null} onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
