import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import type { Dossier, DossierConflict, DossierEvent } from '../../shared/api/dossiers';
import type { DossierStep } from '../../shared/dossier/dossier-state';
import { cityStepText, dossierPanelText, dossierStatusText, dossierStepText, intakeText } from '../../shared/i18n/vi/dossiers';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { failureMessage } from '../state/failure';
import type { PrintOutcome } from '../printing/print-document';
import { DOSSIER_PRINTS, PRINT_AFTER_STEP, type PrintContext, type StepNotices } from './dossier-prints';
import { allowedSteps, STEP_KEYS, stepForKey } from './dossier-steps';
import { formatDateTime as momentVi, formatDay as dayVi } from '../../shared/time/format';
import { StepForm } from './StepForm';

const text = dossierPanelText;

interface DossierDetailProps {
  id: string;
  wardName: string;
  clerkName: string;
  onBack: () => void;
}

interface Printed {
  slipName: string;
  outcome: PrintOutcome;
  again: () => void;
}

/**
 * One dossier: who filed it, for what, with which papers and fee, when it is due, and every step so far.
 * Its steps and prints each have a key (digits for steps, letters for prints); Esc goes back to the list.
 */
export function DossierDetail({ id, wardName, clerkName, onBack }: DossierDetailProps) {
  const [loaded, setLoaded] = useState<{ dossier: Dossier; events: DossierEvent[]; conflicts: DossierConflict[] } | null>(null);
  const [step, setStep] = useState<DossierStep | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [printed, setPrinted] = useState<Printed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    let current = true;
    api('getDossier', { id }).then(
      (answer) => current && setLoaded(answer),
      (failure: unknown) => current && setError(failureMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [id]);

  // The keys act on the view, so it takes the focus as soon as there is something to act on.
  const shown = loaded !== null;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);

  const runPrint = useCallback(async (slipName: string, print: () => Promise<PrintOutcome>): Promise<void> => {
    setPrinted(null);
    let outcome: PrintOutcome;
    try {
      outcome = await print();
    } catch (failure) {
      outcome = { ok: false, message: failureMessage(failure) };
    }
    setPrinted({ slipName, outcome, again: () => void runPrint(slipName, print) });
    // The browser's print dialog takes the focus away; the view's keys must keep working after it.
    if (!ref.current?.contains(document.activeElement)) ref.current?.focus();
  }, []);

  if (!loaded) {
    return (
      <section className="dossier-detail" data-testid="dossier-detail">
        <FormError error={error} testId="dossier-detail-error" />
        {!error && <p>{text.loading}</p>}
        <button type="button" onClick={onBack}>
          {text.back}
        </button>
      </section>
    );
  }

  const { dossier, events, conflicts } = loaded;
  const context: PrintContext = { dossier, events, wardName, clerkName };
  const steps = allowedSteps(dossier.status);

  const stepDone = (result: MethodOutput<'recordDossierStep'>, notices: StepNotices): void => {
    const finished = step!;
    const afterEvents = [...events, result.event];
    setLoaded({ dossier: result.dossier, events: afterEvents, conflicts });
    setStep(null);
    setDone(text.stepDone(dossierStepText[finished]));
    ref.current?.focus();
    const after = PRINT_AFTER_STEP[finished];
    const printContext = { ...context, dossier: result.dossier, events: afterEvents };
    if (after) void runPrint(after.slipName, () => after.print(printContext, result.event, notices, dossier));
  };

  const open = (chosen: DossierStep): void => {
    setDone(null);
    setPrinted(null);
    setStep(chosen);
  };

  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="dossier-detail"
      aria-labelledby="dossier-detail-title"
      data-testid="dossier-detail"
      onKeyDown={(event) => {
        if (step || event.ctrlKey || event.altKey || event.metaKey || isTextField(event.target)) return;
        const key = event.key.toLowerCase();
        const chosen = stepForKey(dossier.status, key);
        const print = DOSSIER_PRINTS.find((p) => p.key === key);
        if (event.key === 'Escape') onBack();
        else if (chosen) open(chosen);
        else if (print) void runPrint(print.slipName, () => print.print(context));
        else if (key === 'r' && printed && !printed.outcome.ok) printed.again();
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <h2 id="dossier-detail-title" data-testid="dossier-detail-code">
        {text.detailTitle(dossier.code)}
      </h2>
      <dl className="dossier-facts">
        <Fact label={text.status} value={dossierStatusText[dossier.status]} testId="dossier-detail-status" />
        <Fact label={text.applicant} value={dossier.applicant.fullName} testId="dossier-detail-applicant" />
        <Fact label={text.idNumber} value={dossier.applicant.idNumber} />
        {dossier.applicant.phone && <Fact label={text.phone} value={dossier.applicant.phone} />}
        <Fact label={text.address} value={dossier.applicant.address} />
        {dossier.representative && (
          <Fact
            label={text.representative}
            value={text.representativeOf(dossier.representative.fullName, dossier.representative.authorisation)}
          />
        )}
        <Fact label={text.procedure} value={dossier.procedure.name} testId="dossier-detail-procedure" />
        <Fact
          label={text.documents}
          value={
            <ul>
              {dossier.documents.map((d, i) => (
                <li key={i}>{text.documentLine(d.name, d.kind, d.count)}</li>
              ))}
            </ul>
          }
        />
        <Fact
          label={text.fee}
          value={dossier.fee.exemptionReason ? text.feeExempted(dossier.fee.exemptionReason) : intakeText.feeAmount(dossier.fee.amount)}
        />
        <Fact label={text.receivedAt} value={momentVi(dossier.receivedAt)} />
        <Fact label={text.due} value={intakeText.dueAt(dossier.due.time, dayVi(dossier.due.date))} testId="dossier-detail-due" />
        <Fact label={text.clerk} value={dossier.clerk.fullName} />
        {dossier.notes && <Fact label={text.notes} value={dossier.notes} />}
      </dl>

      <h3>{text.stepsTitle}</h3>
      {steps.length === 0 && <p className="hint">{text.noSteps}</p>}
      <div className="dossier-keys" role="group" aria-label={text.stepsTitle}>
        {steps.map((s) => (
          <button
            key={s}
            type="button"
            data-testid={`dossier-step-${s}`}
            aria-keyshortcuts={STEP_KEYS[s]}
            disabled={step !== null}
            onClick={() => open(s)}
          >
            <kbd>{STEP_KEYS[s]}</kbd> {dossierStepText[s]}
          </button>
        ))}
      </div>
      <div className="dossier-keys" role="group" aria-label={text.printsTitle}>
        {DOSSIER_PRINTS.map((p) => (
          <button
            key={p.id}
            type="button"
            data-testid={`dossier-print-${p.id}`}
            aria-keyshortcuts={p.key.toUpperCase()}
            disabled={step !== null}
            onClick={() => void runPrint(p.slipName, () => p.print(context))}
          >
            <kbd>{p.key.toUpperCase()}</kbd> {p.label}
          </button>
        ))}
        <button type="button" data-testid="dossier-back" onClick={onBack}>
          <kbd>Esc</kbd> {text.back}
        </button>
      </div>
      {step && (
        <StepForm
          dossier={dossier}
          step={step}
          onDone={stepDone}
          onCancel={() => {
            setStep(null);
            ref.current?.focus();
          }}
        />
      )}
      <div role="status" data-testid="dossier-detail-notice">
        {done}
      </div>
      {printed?.outcome.ok && <p data-testid="dossier-printed">{text.printed(printed.slipName)}</p>}
      {printed && !printed.outcome.ok && (
        <>
          <FormError error={text.printFailed(printed.slipName, printed.outcome.message)} testId="dossier-print-error" />
          <button type="button" data-testid="dossier-reprint" onClick={printed.again}>
            <kbd>R</kbd> {intakeText.slipReprint}
          </button>
        </>
      )}

      {conflicts.length > 0 && (
        <section className="dossier-conflicts" role="alert" data-testid="dossier-conflicts">
          <h3>{text.conflictsTitle}</h3>
          <ul>
            {conflicts.map((c) => (
              <li key={c.eventId}>
                {momentVi(c.at)}: {c.message}
                {c.note && ` (${c.note})`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <h3>{text.historyTitle}</h3>
      <table className="dossier-history" data-testid="dossier-history">
        <thead>
          <tr>
            <th>{text.historyColumns.at}</th>
            <th>{text.historyColumns.action}</th>
            <th>{text.historyColumns.clerk}</th>
            <th>{text.historyColumns.reason}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{momentVi(e.at)}</td>
              <td>{e.action === 'receive' ? text.receiveAction : dossierStepText[e.action]}</td>
              <td>
                {e.source === 'processing' ? cityStepText.processingSide : `${e.clerk?.fullName ?? ''} ${text.byDevice(e.deviceName)}`}
              </td>
              <td className="reason">
                {e.reason}
                {e.newDue && ` (${text.newDue(e.newDue.time, dayVi(e.newDue.date))})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Fact({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]') !== null;
}
