import { useEffect, useRef, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import type { MethodInput } from '../../shared/api/contract';
import type { Dossier } from '../../shared/api/dossiers';
import type { Ticket } from '../../shared/api/schemas';
import type { Applicant } from '../../shared/citizen-id/applicant';
import { feeFactsNeeded, type FeeFactName } from '../../shared/catalog/compute-fee';
import type { DeadlineRule } from '../../shared/catalog/deadline-rule';
import type { Procedure } from '../../shared/catalog/procedure';
import { deadlineFor, feeFor } from '../../shared/dossier/intake-facts';
import { intakeText, noticeText } from '../../shared/i18n/vi/dossiers';
import { slipsText } from '../../shared/i18n/vi/slips';
import { RETURN_METHODS, type ReturnMethod } from '../../shared/slips/receipt';
import { receiptFromDossier } from '../../shared/slips/receipt-from-dossier';
import { api } from '../api/client';
import { callWithRetries } from '../api/retrying';
import { FormError } from '../components/FormError';
import type { PrintOutcome } from '../printing/print-document';
import { refusalNotice, supplementNotice, type NoticeSubject } from '../../shared/slips/notice-slips';
import { checkRefusal, checkSupplement, newSupplementDraft, rememberContactPhone, type RefusalDraft } from '../dossiers/notice-draft';
import { RefusalFields, SupplementFields } from '../dossiers/NoticeFields';
import { printAudited, printNoticeAudited } from '../slips/print-audited';
import { printReceipt, printRefusal, printSupplementRequest } from '../slips/print-slip';
import { failureMessage } from '../state/failure';
import { ApplicantFields, EMPTY_APPLICANT, type ApplicantDraft } from './ApplicantFields';
import { ApplicantScan } from './ApplicantScan';
import { DocumentChecklist, type ChecklistLine } from './DocumentChecklist';
import { DueLine, type DueDate } from './DueLine';
import { ProcedurePicker } from './ProcedurePicker';
import { EMPTY_REPRESENTATIVE, RepresentativeFields, type RepresentativeDraft } from './RepresentativeFields';
import { NoticeGiven, SavedDossier } from './SavedDossier';

type Saving =
  | { state: 'editing' }
  | { state: 'saving'; retry: number | null }
  | { state: 'saved'; dossier: Dossier }
  /** Not received: the citizen was handed Mẫu 02 (papers missing) or Mẫu 03 (refused), and no dossier exists. */
  | { state: 'noticed'; kind: 'supplement' | 'refusal'; print: () => Promise<PrintOutcome> };

interface IntakeScreenProps {
  /** The ticket being served, when there is one: the dossier records where it came from. */
  ticket: Ticket | null;
  wardName: string;
  /** The clerk signed in, who signs a Mẫu 02 or 03 given here. */
  clerkName: string;
}

/**
 * One dossier received at the counter, from the keyboard: the scan fills the applicant and puts the
 * caret in the procedure search, Enter there goes to the checklist, Ctrl+Enter anywhere saves. The save
 * keeps one request id for the whole screen, so however often it is retried there is one dossier, and
 * the receipt prints from what the service saved. A required paper marked thiếu turns the save into
 * Mẫu 02, and Ctrl+Shift+Enter into a refusal (Mẫu 03): neither receives the dossier (one-stop-rules
 * §1.2, steps 2a and 2b), so neither calls the service.
 */
export function IntakeScreen({ ticket, wardName, clerkName }: IntakeScreenProps) {
  const [requestId] = useState(() => uuidv7());
  // The desktop app holds a downloaded update while an intake is open (electron/update-policy.ts).
  useEffect(() => {
    const shell = window.motcuaShell;
    void shell?.intakeOpen(true);
    return () => void shell?.intakeOpen(false);
  }, []);
  const [applicant, setApplicant] = useState<ApplicantDraft>(EMPTY_APPLICANT);
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [lines, setLines] = useState<ChecklistLine[]>([]);
  const [facts, setFacts] = useState<Partial<Record<FeeFactName, string>>>({});
  const [clerkFee, setClerkFee] = useState('');
  const [exemption, setExemption] = useState('');
  const [clerkDays, setClerkDays] = useState('');
  const [due, setDue] = useState<DueDate | null>(null);
  const [returnMethod, setReturnMethod] = useState<ReturnMethod>('counter');
  const [notes, setNotes] = useState('');
  const [representative, setRepresentative] = useState<RepresentativeDraft | null>(null);
  const [verification, setVerification] = useState(false);
  const [saving, setSaving] = useState<Saving>({ state: 'editing' });
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [supplement, setSupplement] = useState(newSupplementDraft);
  const [refusal, setRefusal] = useState<RefusalDraft | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const firstDocumentRef = useRef<HTMLInputElement>(null);
  const daysRef = useRef<HTMLInputElement>(null);
  const addDocumentRef = useRef<HTMLInputElement>(null);
  const refusalRef = useRef<HTMLTextAreaElement>(null);
  const representativeRef = useRef<HTMLInputElement>(null);
  const missing = lines.filter((line) => !line.present && !line.document.optional).map((line) => line.document.name);

  const listedDeadline = procedure ? deadlineFor(procedure, 'in_person', undefined) : null;
  const clerkRule: DeadlineRule | undefined =
    listedDeadline && !listedDeadline.ok && /^\d+$/.test(clerkDays) && Number(clerkDays) > 0
      ? { kind: 'working_days', days: Number(clerkDays) }
      : undefined;
  const feeInput = {
    facts: Object.fromEntries(
      Object.entries(facts)
        .filter(([, v]) => /^\d+$/.test(v ?? ''))
        .map(([k, v]) => [k, Number(v)]),
    ),
    ...(procedure && !procedure.fee.rule && /^\d+$/.test(clerkFee) ? { amount: Number(clerkFee) } : {}),
    ...(exemption.trim() ? { exemptionReason: exemption.trim() } : {}),
  };
  const fee = procedure ? feeFor(procedure, feeInput) : null;
  // Offered only where the procedure's record gives a longer period for a dossier that needs verification.
  const listedRule = listedDeadline?.ok ? listedDeadline.value.rule : null;
  const verificationDays = listedRule?.kind === 'working_days' ? (listedRule.daysIfVerification ?? null) : null;

  useEffect(() => {
    setDue(null);
    if (!procedure || !listedDeadline) return;
    const input: MethodInput<'getDueDate'> | null = listedDeadline.ok
      ? { procedureId: procedure.id, channel: 'in_person', ...(verification ? { verification } : {}) }
      : clerkRule
        ? { rule: clerkRule }
        : null;
    if (!input) return;
    let current = true;
    api('getDueDate', input).then(
      (answer) => current && setDue(answer),
      (failure: unknown) => current && setError(failureMessage(failure)),
    );
    return () => {
      current = false;
    };
    // The rule is rebuilt on every render; what it depends on is the procedure and the days typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [procedure, clerkDays, verification]);

  const fillFromScan = (scanned: Applicant): void => {
    setApplicant((draft) => ({
      ...draft,
      fullName: scanned.fullName,
      idNumber: scanned.idNumber,
      birthDate: scanned.birthDate,
      sex: scanned.sex,
      address: scanned.address,
    }));
    searchRef.current?.focus();
  };

  const pick = (chosen: Procedure): void => {
    setProcedure(chosen);
    setLines((chosen.requiredDocuments.items ?? []).map((document) => ({ document, present: false })));
    setFacts({});
    setClerkFee('');
    setExemption('');
    setClerkDays('');
    setVerification(false);
    // Next the clerk ticks documents, after giving the deadline when the catalogue has none.
    const noDeadline = !deadlineFor(chosen, 'in_person', undefined).ok;
    setTimeout(() => (noDeadline ? daysRef.current : (firstDocumentRef.current ?? addDocumentRef.current))?.focus(), 0);
  };

  /** The one who filed and what for, as Mẫu 02 and 03 print them; null (and the reason shown) when incomplete. */
  const noticeSubject = (): NoticeSubject | null => {
    const problem =
      !applicant.fullName.trim() || !applicant.address.trim()
        ? noticeText.needApplicantForSlip
        : !procedure
          ? intakeText.needProcedure
          : null;
    if (problem || !procedure) {
      setError(problem);
      return null;
    }
    return {
      wardName,
      clerkName,
      applicant: {
        fullName: applicant.fullName.trim(),
        idNumber: applicant.idNumber.trim(),
        address: applicant.address.trim(),
        ...(applicant.phone.trim() ? { phone: applicant.phone.trim() } : {}),
      },
      procedureName: procedure.name,
      dossierCode: null,
      issuedAt: new Date().toISOString(),
    };
  };

  const giveNotice = async (kind: 'supplement' | 'refusal', print: () => Promise<PrintOutcome>): Promise<void> => {
    setSaving({ state: 'noticed', kind, print });
    setPrinted(null);
    setPrinted(await print().catch((failure: unknown) => ({ ok: false as const, message: failureMessage(failure) })));
  };

  const requestSupplement = async (): Promise<void> => {
    const subject = noticeSubject();
    if (!subject || !procedure) return;
    const checked = checkSupplement({ ...supplement, items: missing.join('\n') });
    if (!checked.ok) return setError(checked.error);
    rememberContactPhone(checked.value.contactPhone);
    await giveNotice('supplement', () =>
      printNoticeAudited({ procedureId: procedure.id, form: '02', idNumber: subject.applicant.idNumber }, () =>
        printSupplementRequest(supplementNotice(subject, checked.value.missing, checked.value.contactPhone), 'A4'),
      ),
    );
  };

  const refuse = async (): Promise<void> => {
    const subject = noticeSubject();
    if (!subject || !procedure || !refusal) return;
    const checked = checkRefusal(refusal);
    if (!checked.ok) return setError(checked.error);
    await giveNotice('refusal', () =>
      printNoticeAudited({ procedureId: procedure.id, form: '03', idNumber: subject.applicant.idNumber }, () =>
        printRefusal(refusalNotice(subject, checked.value.reason, checked.value.legalBasis), 'A4'),
      ),
    );
  };

  const save = async (): Promise<void> => {
    if (saving.state !== 'editing') return;
    setError(null);
    if (refusal) return refuse();
    if (procedure && missing.length > 0) return requestSupplement();
    if (!applicant.fullName || !applicant.idNumber || !applicant.birthDate || !applicant.sex || !applicant.address)
      return setError(intakeText.needApplicant);
    if (!procedure) return setError(intakeText.needProcedure);
    const present = lines.filter((line) => line.present);
    if (present.length === 0) return setError(intakeText.noDocumentPresent);
    const filer = representative && {
      fullName: representative.fullName.trim(),
      idNumber: representative.idNumber.trim(),
      authorisation: representative.authorisation.trim(),
    };
    if (filer && (!filer.fullName || !filer.idNumber || !filer.authorisation)) return setError(intakeText.needRepresentative);
    setSaving({ state: 'saving', retry: null });
    let dossier: Dossier;
    try {
      ({ dossier } = await callWithRetries(
        'createDossier',
        {
          requestId,
          procedureId: procedure.id,
          channel: 'in_person',
          applicant: {
            fullName: applicant.fullName.trim(),
            idNumber: applicant.idNumber.trim(),
            birthDate: applicant.birthDate,
            sex: applicant.sex,
            address: applicant.address.trim(),
            ...(applicant.phone.trim() ? { phone: applicant.phone.trim() } : {}),
          },
          // "Either" is received as the paper the citizen hands over; a copy is what the counter keeps.
          documents: present.map(({ document }) => ({
            name: document.name,
            kind: document.kind === 'original' ? 'original' : 'copy',
            count: document.count,
          })),
          fee: feeInput,
          ...(filer ? { representative: filer } : {}),
          ...(clerkRule ? { deadline: clerkRule } : {}),
          ...(verification ? { verification } : {}),
          returnMethod,
          ...(ticket ? { ticketId: ticket.id } : {}),
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
        (attempt) => setSaving({ state: 'saving', retry: attempt }),
      ));
    } catch (failure) {
      setSaving({ state: 'editing' });
      return setError(failureMessage(failure));
    }
    // Saved is final: whatever the printer does, the screen never offers to save this dossier again.
    setSaving({ state: 'saved', dossier });
    await printSlip(dossier);
  };

  const toggleRepresentative = (): void => {
    setError(null);
    setRepresentative((draft) => (draft ? null : EMPTY_REPRESENTATIVE));
  };

  const printSlip = async (dossier: Dossier): Promise<void> => {
    setPrinted(null);
    try {
      const slip = receiptFromDossier(dossier, { wardName, calendarConfirmed: due?.calendar.confirmed ?? false });
      setPrinted(await printAudited(dossier.id, '01', () => printReceipt(slip, 'A4')));
    } catch (failure) {
      setPrinted({ ok: false, message: failureMessage(failure) });
    }
  };

  return (
    <section
      className="intake-screen"
      aria-labelledby="intake-title"
      data-testid="intake-screen"
      onKeyDown={(event) => {
        if (saving.state !== 'editing') return;
        if (event.key === 'Escape' && refusal) {
          event.preventDefault();
          setRefusal(null);
          setError(null);
          return;
        }
        if (event.altKey && event.key.toLowerCase() === 'u' && !refusal) {
          event.preventDefault();
          toggleRepresentative();
          return;
        }
        if (event.key !== 'Enter' || !event.ctrlKey) return;
        event.preventDefault();
        if (!event.shiftKey) return void save();
        setError(null);
        setRefusal((draft) => draft ?? { reason: '', legalBasis: '' });
        setTimeout(() => refusalRef.current?.focus(), 0);
      }}
    >
      <h2 id="intake-title">
        {intakeText.title} {ticket && <span className="intake-ticket">{intakeText.forTicket(ticket.displayNumber)}</span>}
      </h2>
      {saving.state === 'saved' ? (
        <SavedDossier dossier={saving.dossier} printed={printed} onReprint={() => void printSlip(saving.dossier)} />
      ) : saving.state === 'noticed' ? (
        <NoticeGiven kind={saving.kind} printed={printed} onReprint={() => void giveNotice(saving.kind, saving.print)} />
      ) : refusal ? (
        <div className="intake-refusal" data-testid="intake-refusal">
          <h3>{intakeText.refuseTitle}</h3>
          <RefusalFields draft={refusal} onChange={setRefusal} firstRef={refusalRef} />
          <FormError error={error} testId="intake-error" />
          <div className="form-actions">
            <button type="button" className="primary" data-testid="intake-refuse-print" onClick={() => void save()}>
              {intakeText.refuseSubmit}
            </button>
            <button type="button" onClick={() => setRefusal(null)}>
              {intakeText.refuseCancel}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="hint">{intakeText.hint}</p>
          <ApplicantScan onApplicant={fillFromScan} onRefused={() => setApplicant(EMPTY_APPLICANT)} />
          <ApplicantFields value={applicant} onChange={setApplicant} />
          {representative ? (
            <RepresentativeFields value={representative} onChange={setRepresentative} firstRef={representativeRef} />
          ) : (
            <button
              type="button"
              className="intake-representative-open"
              data-testid="intake-representative-open"
              onClick={toggleRepresentative}
            >
              <kbd>Alt+U</kbd> {intakeText.representativeOpen}
            </button>
          )}
          <ProcedurePicker inputRef={searchRef} chosen={procedure} onPick={pick} />
          {procedure && (
            <>
              {listedDeadline && !listedDeadline.ok && (
                <label>
                  {intakeText.deadlineDays}
                  <input
                    ref={daysRef}
                    data-testid="intake-deadline-days"
                    inputMode="numeric"
                    value={clerkDays}
                    onChange={(event) => setClerkDays(event.target.value)}
                  />
                </label>
              )}
              <DocumentChecklist
                lines={lines}
                firstRef={firstDocumentRef}
                addRef={addDocumentRef}
                onToggle={(index) => setLines((all) => all.map((line, i) => (i === index ? { ...line, present: !line.present } : line)))}
                onAdd={(name) =>
                  setLines((all) => [
                    ...all,
                    { document: { name, kind: 'original', count: 1, optional: false, formTemplate: null }, present: true },
                  ])
                }
              />
              <div className="intake-facts">
                {procedure.fee.rule ? (
                  feeFactsNeeded(procedure.fee.rule).map((name) => (
                    <label key={name}>
                      {intakeText.feeFacts[name]}
                      <input
                        data-testid={`intake-fee-${name}`}
                        inputMode="numeric"
                        value={facts[name] ?? ''}
                        onChange={(event) => setFacts({ ...facts, [name]: event.target.value })}
                      />
                    </label>
                  ))
                ) : (
                  <label>
                    {intakeText.feeByClerk}
                    <input
                      data-testid="intake-fee-amount"
                      inputMode="numeric"
                      value={clerkFee}
                      onChange={(event) => setClerkFee(event.target.value)}
                    />
                  </label>
                )}
                <label>
                  {intakeText.feeExemption}
                  <input
                    data-testid="intake-fee-exemption"
                    list="intake-exemptions"
                    autoComplete="off"
                    value={exemption}
                    onChange={(event) => setExemption(event.target.value)}
                  />
                  {/* The catalogue's exemptions, verbatim, offered as the clerk types; the clerk judges which applies. */}
                  <datalist id="intake-exemptions">
                    {procedure.fee.exemptions.map((text) => (
                      <option key={text} value={text} />
                    ))}
                  </datalist>
                </label>
                <p data-testid="intake-fee">
                  {intakeText.fee}: {fee?.ok ? intakeText.feeAmount(fee.value.amount) : intakeText.feeNeedsFacts}
                </p>
                {verificationDays !== null && listedRule?.kind === 'working_days' && (
                  <label className="intake-verification">
                    <input
                      type="checkbox"
                      data-testid="intake-verification"
                      checked={verification}
                      onChange={(event) => setVerification(event.target.checked)}
                    />
                    {intakeText.verification(listedRule.days, verificationDays)}
                  </label>
                )}
                <DueLine due={due} />
              </div>
            </>
          )}
          {procedure && missing.length > 0 && (
            <fieldset className="intake-incomplete" data-testid="intake-incomplete">
              <legend>{intakeText.incompleteTitle}</legend>
              <SupplementFields draft={supplement} onChange={setSupplement} fixedItems={missing} />
            </fieldset>
          )}
          <div className="intake-facts">
            <label>
              {intakeText.returnMethod}
              <select
                data-testid="intake-return-method"
                value={returnMethod}
                onChange={(event) => setReturnMethod(event.target.value as ReturnMethod)}
              >
                {RETURN_METHODS.map((method) => (
                  <option key={method} value={method}>
                    {slipsText.receipt.returnMethods[method]}
                  </option>
                ))}
              </select>
            </label>
            <label className="intake-notes">
              {intakeText.notes}
              <textarea data-testid="intake-notes" rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} />
            </label>
          </div>
          <FormError error={error} testId="intake-error" />
          <div role="status" data-testid="intake-status">
            {saving.state === 'saving' && (saving.retry ? intakeText.retrying(saving.retry) : intakeText.saving)}
          </div>
          <button
            type="button"
            className="primary"
            data-testid="intake-save"
            disabled={saving.state !== 'editing'}
            onClick={() => void save()}
          >
            {procedure && missing.length > 0 ? intakeText.saveIncomplete : intakeText.save}
          </button>
          <button
            type="button"
            data-testid="intake-refuse"
            onClick={() => {
              setError(null);
              setRefusal({ reason: '', legalBasis: '' });
              setTimeout(() => refusalRef.current?.focus(), 0);
            }}
          >
            {intakeText.refuse}
          </button>
        </>
      )}
    </section>
  );
}
