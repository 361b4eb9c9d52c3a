import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Dossier, DossierEvent } from '../../../shared/api/dossiers';
import type { SignedInClerk } from '../../../shared/api/accounts';
import type { Procedure } from '../../../shared/catalog/procedure';
import { dossierTransition, STEPS_WITH_REASON, type DossierAction, type DossierStatus } from '../../../shared/dossier/dossier-state';
import { deadlineFor, feeFor, type IntakeRefusal } from '../../../shared/dossier/intake-facts';
import { dossierDetail } from '../../../shared/i18n/vi/dossiers';
import { instantOfLocal } from '../../../shared/time/local-time';
import { ApiError } from '../api-error';
import type { CalendarReads } from '../calendar/reads';
import type { Caller } from '../caller';
import { procedureUpdatedAt, readProcedure } from '../catalog/procedure-rows';
import { oncePerRequest } from '../client-requests';
import { crashPoint } from '../crash-points';
import { stmt } from '../db/statements';
import { allocateDossierCode } from '../dossier-codes/commands';
import type { WriteContext, WritePath } from '../write-path';
import { insertDossier, insertEvent, readDossier, updateDossier } from './dossier-rows';

/** Reception and every later step: each one transaction with its event row, its outbox op and its answer. */
export class DossierCommands {
  constructor(
    private readonly write: WritePath,
    private readonly calendar: CalendarReads,
  ) {}

  /** The dossier and its code commit together or not at all: a crash leaves the whole dossier or nothing. */
  create(input: ParsedInput<'createDossier'>, caller: Caller): MethodOutput<'createDossier'> {
    const clerk = signedIn(caller);
    return this.write.run(caller, (tx) => {
      const answer = oncePerRequest(tx, 'createDossier', input, () => {
        const procedure = readProcedure(tx.db, input.procedureId);
        if (!procedure) throw new ApiError('procedure_not_found');
        if (!procedure.channels.includes(input.channel)) throw new ApiError('dossier_channel_not_offered');
        if (input.ticketId && !stmt(tx.db, 'SELECT 1 FROM tickets WHERE id = ?').get(input.ticketId))
          throw new ApiError('ticket_not_found');
        const deadline = decided(deadlineFor(procedure, input.channel, input.deadline));
        const fee = decided(feeFor(procedure, input.fee));
        const receivedAt = tx.now.toISOString();
        const verification = input.verification ?? false;
        const due = this.calendar.getDueDate({ rule: deadline.rule, receivedAt, verification, channel: input.channel });
        const { code } = allocateDossierCode(tx);
        crashPoint('intake-after-code');
        const dossier: Dossier = {
          id: uuidv7(),
          code,
          status: 'received',
          // Read in the same transaction as the procedure itself, so it exists.
          procedure: procedureSnapshot(procedure, procedureUpdatedAt(tx.db, procedure.id)!),
          applicant: input.applicant,
          representative: input.representative ?? null,
          channel: input.channel,
          documents: input.documents,
          fee,
          deadline: { ...deadline, verification },
          receivedAt,
          receivedOn: due.receivedOn,
          due: { date: due.date, time: due.time, at: due.at },
          returnMethod: input.returnMethod,
          ticketId: input.ticketId ?? null,
          clerk: { id: clerk.id, fullName: clerk.fullName },
          notes: input.notes ?? null,
          updatedAt: receivedAt,
        };
        insertDossier(tx.db, dossier);
        recordStep(tx, dossier, 'receive', null, null, null);
        return { dossier };
      });
      crashPoint('intake-before-commit');
      return answer;
    });
  }

  step(input: ParsedInput<'recordDossierStep'>, caller: Caller): MethodOutput<'recordDossierStep'> {
    signedIn(caller);
    return this.write.run(caller, (tx) =>
      oncePerRequest(tx, 'recordDossierStep', input, () => {
        const dossier = readDossier(tx.db, input.dossierId);
        if (!dossier) throw new ApiError('dossier_not_found');
        const moved = dossierTransition(dossier.status, input.step);
        if (!moved.ok) throw new ApiError('dossier_step_not_allowed', dossierDetail.step(dossier.status, input.step));
        const reason = input.reason ?? null;
        if (STEPS_WITH_REASON.has(input.step) && !reason) throw new ApiError('dossier_reason_required');
        let newDue: Dossier['due'] | null = null;
        if (input.step === 'extend') {
          if (!input.newDue) throw new ApiError('dossier_new_due_required');
          newDue = { ...input.newDue, at: instantOfLocal(input.newDue.date, input.newDue.time) };
          if (Date.parse(newDue.at) <= Date.parse(dossier.due.at)) throw new ApiError('dossier_new_due_not_later');
        } else if (input.newDue) throw new ApiError('dossier_new_due_only_for_extension');

        const next: Dossier = { ...dossier, status: moved.to, due: newDue ?? dossier.due, updatedAt: tx.now.toISOString() };
        updateDossier(tx.db, next);
        const event = recordStep(tx, next, input.step, dossier.status, reason, newDue);
        return { dossier: next, event };
      }),
    );
  }
}

/** Where a step came from: the counter (a new event, now), or the processing side (its own event id and time). */
export type StepOrigin = { source: 'ward' } | { source: 'processing'; eventId: string; at: string };

/**
 * The event row and the outbox op of one step, named `dossier.<action>@1` like the ticket's ops; the
 * payload carries the dossier as it now stands, so the city can apply it without asking for more.
 */
export function recordStep(
  tx: WriteContext,
  dossier: Dossier,
  action: DossierAction,
  from: DossierStatus | null,
  reason: string | null,
  newDue: Dossier['due'] | null,
  origin: StepOrigin = { source: 'ward' },
): DossierEvent {
  const clerk = tx.caller.clerk;
  const event: DossierEvent = {
    id: origin.source === 'processing' ? origin.eventId : uuidv7(),
    action,
    from,
    to: dossier.status,
    at: origin.source === 'processing' ? origin.at : tx.now.toISOString(),
    clerk: clerk ? { id: clerk.id, fullName: clerk.fullName } : null,
    deviceName: tx.caller.deviceName,
    reason,
    newDue,
    source: origin.source,
  };
  insertEvent(tx.db, { event, dossierId: dossier.id, deviceId: tx.caller.deviceId });
  tx.record({
    entity: 'dossier',
    entityId: dossier.id,
    op: `dossier.${action}@1`,
    payload: { eventId: event.id, action, from, to: event.to, at: event.at, reason, newDue, dossier },
  });
  return event;
}

/** The facts of the procedure a dossier is received under, kept with it as they stand at reception. */
export function procedureSnapshot(procedure: Procedure, updatedAt: string): Dossier['procedure'] {
  return {
    id: procedure.id,
    nationalCode: procedure.nationalCode.code,
    name: procedure.name,
    field: procedure.field,
    deadline: procedure.deadline.rule,
    fee: procedure.fee.rule,
    documents: procedure.requiredDocuments.items,
    effectiveFrom: procedure.effectiveFrom,
    updatedAt,
  };
}

/** Every dossier and step names its clerk; the transport already refuses a caller with none. */
function signedIn(caller: Caller): SignedInClerk {
  if (!caller.clerk) throw new ApiError('sign_in_required');
  return caller.clerk;
}

function decided<T>(result: { ok: true; value: T } | { ok: false; code: IntakeRefusal }): T {
  if (!result.ok) throw new ApiError(result.code);
  return result.value;
}
