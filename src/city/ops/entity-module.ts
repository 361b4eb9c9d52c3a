import type { MutationResultCode } from '../../shared/i18n/vi/city';
import type { Queryable } from '../db/adapter';
import type { ChangeInput } from '../sync/ward-state';

export interface OpContext {
  wardCode: string;
  deviceId: string;
  seq: number;
  mutationId: string;
  /** The mutation's entity id: the entity the batch locked; a payload naming another one is refused. */
  entityId: string;
  /** The mutation's HLC with a clock running ahead clamped (src/shared/sync/hlc-clamp.ts): compare with this. */
  hlc: string;
  actor: string;
  serverTime: Date;
  /** The mutation's wall time: the PC's own clock when the row was made. */
  wallTime: string;
  /** City time minus the PC's clock, as this push's report measured it; null without a report. */
  deviceClockOffsetMs: number | null;
}

export type OpOutcome =
  | { status: 'applied'; change: ChangeInput | null }
  | { status: 'rejected'; code: MutationResultCode }
  | { status: 'parked'; code: MutationResultCode };

/** One push batch's work on one entity type: decisions in memory, writes at the end. */
export interface EntityBatch {
  apply(op: string, payload: unknown, ctx: OpContext): OpOutcome;
  flush(): Promise<void>;
}

/**
 * Everything the server knows about one entity's ops. `begin` locks and loads the batch's entities in
 * id order (a fixed lock order, so two wards' devices touching the same rows cannot deadlock). Every
 * mutation of a batch comes from `deviceId`; `payloads` are the batch's payloads for this module, unchecked,
 * for a module that must look up ids they carry before deciding.
 */
export interface EntityModule {
  entity: string;
  ops: ReadonlySet<string>;
  /**
   * Checks a payload's shape before the push's transaction: a payload that fails is answered
   * `rejected / malformed_mutation` alone (with the English reason returned here) and the rest of the
   * batch applies. Modules without it check in `apply` and park what they cannot read.
   */
  checkPayload?(op: string, payload: unknown, entityId: string): string | null;
  begin(
    tx: Queryable,
    wardCode: string,
    entityIds: readonly string[],
    deviceId: string,
    payloads: readonly unknown[],
  ): Promise<EntityBatch>;
}
