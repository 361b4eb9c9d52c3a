import type { Dossier, DossierEvent } from '../../shared/api/dossiers';
import type { DossierStep } from '../../shared/dossier/dossier-state';
import { dossierPanelText } from '../../shared/i18n/vi/dossiers';
import { refusalNotice, supplementNotice, type NoticeSubject } from '../../shared/slips/notice-slips';
import { receiptFromDossier } from '../../shared/slips/receipt-from-dossier';
import { api } from '../api/client';
import type { PrintOutcome } from '../printing/print-document';
import { printAudited } from '../slips/print-audited';
import {
  printControlSheet,
  printExtensionSlip,
  printReceipt,
  printRefusal,
  printStopNotice,
  printSupplementRequest,
} from '../slips/print-slip';
import type { Refusal, SupplementRequest } from './notice-draft';

// Every slip the dossier view prints, in one place: the ones the clerk asks for by key, and the ones
// a step hands to the citizen. A new form is one more entry here; the view lists and runs whatever is
// registered. Each print is recorded in the audit log first (it hands the citizen's data out on paper).

export interface PrintContext {
  dossier: Dossier;
  events: readonly DossierEvent[];
  wardName: string;
  /** The clerk signed in now, who signs what is printed now. */
  clerkName: string;
}

export interface DossierPrint {
  id: string;
  /** KeyboardEvent.key (lower case) that prints it from the dossier view. */
  key: string;
  label: string;
  /** How the outcome line names it. */
  slipName: string;
  print: (context: PrintContext) => Promise<PrintOutcome>;
}

/** What the step's form gathered beyond the API's reason, for the slip that follows the step. */
export interface StepNotices {
  supplement?: SupplementRequest;
  refusal?: Refusal;
}

export interface AfterStepPrint {
  slipName: string;
  /**
   * `before` is the dossier as it was before the step: an extension's slip names the appointment it
   * replaces, which only the view that recorded the step still knows.
   */
  print: (context: PrintContext, event: DossierEvent, notices: StepNotices, before: Dossier) => Promise<PrintOutcome>;
}

const text = dossierPanelText.prints;

export const DOSSIER_PRINTS: readonly DossierPrint[] = [
  {
    id: 'receipt',
    key: 'i',
    label: text.receipt,
    slipName: text.receiptName,
    print: (context) => printAudited(context.dossier.id, '01', () => reprintReceipt(context)),
  },
  {
    id: 'control-sheet',
    key: 'k',
    label: text.controlSheet,
    slipName: text.controlSheetName,
    print: ({ dossier, events, wardName }) => printAudited(dossier.id, '06', () => printControlSheet(dossier, events, { wardName })),
  },
];

export const PRINT_AFTER_STEP: Partial<Record<DossierStep, AfterStepPrint>> = {
  request_supplement: {
    slipName: text.supplement,
    print: (context, event, { supplement }) =>
      printAudited(context.dossier.id, '02', () =>
        printSupplementRequest(supplementNotice(subjectOf(context, event), supplement!.missing, supplement!.contactPhone), 'A4'),
      ),
  },
  refuse: {
    slipName: text.refusal,
    print: (context, event, { refusal }) =>
      printAudited(context.dossier.id, '03', () =>
        printRefusal(refusalNotice(subjectOf(context, event), refusal!.reason, refusal!.legalBasis), 'A4'),
      ),
  },
  extend: {
    slipName: text.extension,
    print: ({ dossier, events, wardName }, _event, _notices, before) =>
      printAudited(dossier.id, '04', () =>
        printExtensionSlip(dossier, events, {
          wardName,
          // Known only for the first extension: a later one's replaced appointment is the earlier extension's.
          dueBeforeFirstExtension: events.filter((e) => e.action === 'extend').length === 1 ? before.due.at : null,
        }),
      ),
  },
  stop: {
    slipName: text.stop,
    print: ({ dossier, events, wardName }) => printAudited(dossier.id, '05', () => printStopNotice(dossier, events, { wardName })),
  },
};

function subjectOf({ dossier, wardName, clerkName }: PrintContext, event: DossierEvent): NoticeSubject {
  return {
    wardName,
    clerkName,
    applicant: dossier.applicant,
    procedureName: dossier.procedure.name,
    dossierCode: dossier.code,
    issuedAt: event.at,
  };
}

/**
 * The receipt as first printed, from the saved dossier. Whether its calendar is confirmed is not
 * kept with the dossier, so it is asked again; unknown, the mark is printed, the cautious way.
 */
async function reprintReceipt({ dossier, wardName }: PrintContext): Promise<PrintOutcome> {
  const calendarConfirmed = await api('getDueDate', {
    rule: dossier.deadline.rule,
    receivedAt: dossier.receivedAt,
    verification: dossier.deadline.verification,
    channel: dossier.channel,
  }).then(
    (due) => due.calendar.confirmed,
    () => false,
  );
  return printReceipt(receiptFromDossier(dossier, { wardName, calendarConfirmed }), 'A4');
}
