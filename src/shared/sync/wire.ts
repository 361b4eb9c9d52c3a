// The ward ↔ city sync wire, version 1. Both sides parse with these schemas; docs/sync-protocol.md
// explains every endpoint, status code and what the ward client must do about it.
import { z } from 'zod';
import { ClockTime } from '../catalog/deadline-rule';

/** Sent by the ward in the `x-motcua-protocol` header of every /v1 request; anything else gets 426. */
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'x-motcua-protocol';
export const APP_VERSION_HEADER = 'x-motcua-app-version';
/**
 * What a ward says its app version is (`0.2.0`, `1.0.0-test`, `unknown`): shown on the city's
 * dashboard and in its CSV, so nothing but letters, digits and . + _ - and never a leading sign.
 */
export const AppVersion = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+_-]{0,39}$/, 'app version: letters, digits, . + _ -, at most 40');

export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PULL_LIMIT = 1000;
export const MAX_SNAPSHOT_LIMIT = 1000;
/** Longest `actor` a mutation may carry (the format is in docs/sync-protocol.md). */
export const MAX_ACTOR_LENGTH = 120;
/**
 * The actor of a dossier step the processing side posted at the city and the ward then applied: the
 * ward relays it as its own op, but neither a ward device nor a clerk made it.
 */
export const PROCESSING_ACTOR = 'processing';
/** Highest ward SQLite schema version a mutation may name: a small number, and always one PostgreSQL's `int` holds. */
export const MAX_SCHEMA_VERSION = 10_000;
/** Deepest nesting a payload may have (a ticket row is 3 deep): checked without recursion, before anything walks it. */
export const MAX_PAYLOAD_DEPTH = 32;
/** Counter slots per ward: the slot is the thousands digit of the ward's daily dossier number. */
export const SLOT_COUNT = 10;

// Lower case only: PostgreSQL returns uuids in lower case, and ids are compared as strings.
export const Uuid = z.uuid().refine((s) => s === s.toLowerCase(), 'uuid in lower case');
// Bounded so that every instant the wire accepts is one PostgreSQL can store.
const YEAR_2200 = Date.UTC(2200, 0, 1);
export const Instant = z.iso.datetime({ offset: true }).refine((s) => {
  const ms = Date.parse(s);
  return ms >= 0 && ms < YEAR_2200;
}, 'instant between 1970 and 2200');
const Seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** Base64url without padding, the encoding of a JWK `x` member. */
const Base64Url = (bytes: number) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(/^[A-Za-z0-9_-]+$/);

export const WardCode = z.string().regex(/^[0-9A-Za-z]{1,16}$/, 'ward code: 1-16 letters or digits');
export const Slot = z
  .number()
  .int()
  .min(0)
  .max(SLOT_COUNT - 1);
/** Named and versioned, never changed in place: `ticket.call@1`. */
export const OpName = z.string().regex(/^[a-z][a-z_]*\.[a-z][a-z_]*@[1-9][0-9]*$/, 'op: <entity>.<action>@<version>');

// ── Enrolment and session ─────────────────────────────────────────────────────────────────────

export const EnrolRequest = z.strictObject({
  /** The one-time code the city administrator printed (10 minutes, single use). */
  code: z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'enrolment code: XXXX-XXXX'),
  /** Raw 32-byte Ed25519 public key, base64url (the `x` of the key's JWK). */
  publicKey: Base64Url(32),
  appVersion: AppVersion,
  /**
   * The seq of this PC's first mutation under the new identity: a PC enrolled again (its old identity
   * revoked) goes on numbering where its outbox stands, so rows the old identity delivered are not
   * sent twice and pending ones keep their order. 1 (the default) for a new PC.
   */
  nextSeq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export const EnrolResponse = z.object({
  deviceId: Uuid,
  ward: z.object({ code: WardCode, name: z.string() }),
  slot: Slot,
  serverTime: Instant,
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

export const ChallengeRequest = z.strictObject({ deviceId: Uuid });
export const ChallengeResponse = z.object({ nonce: Base64Url(32), expiresAt: Instant, serverTime: Instant });
export type ChallengeResponse = z.infer<typeof ChallengeResponse>;

export const TokenRequest = z.strictObject({
  deviceId: Uuid,
  nonce: Base64Url(32),
  /** Ed25519 signature (64 bytes, base64url) of `challengeMessage(deviceId, nonce)` in UTF-8. */
  signature: Base64Url(64),
});
export type TokenRequest = z.infer<typeof TokenRequest>;

export const TokenResponse = z.object({ accessToken: z.string(), expiresAt: Instant, serverTime: Instant });
export type TokenResponse = z.infer<typeof TokenResponse>;

/** The exact bytes a device signs to answer a challenge; binding the device id stops a nonce being used by another device. */
export function challengeMessage(deviceId: string, nonce: string): string {
  return `motcua-sync-auth/v1\n${deviceId}\n${nonce}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Text PostgreSQL cannot store: NUL, or half of a UTF-16 surrogate pair. */
export const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);
const StorableText = z.string().refine((s) => !unstorable(s), 'NUL or lone surrogate');

/**
 * What makes a JSON value unfit to store, or null: nesting deeper than `maxDepth` arrays or objects, or
 * a key or string PostgreSQL cannot store. Walked with an explicit stack: a payload 10,000 deep would
 * overflow the call stack of anything recursive (JSON.stringify, zod).
 */
export function jsonProblem(value: unknown, maxDepth: number): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string' && unstorable(v)) return 'NUL or lone surrogate in a string';
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > maxDepth) return `nested deeper than ${maxDepth}`;
    for (const [key, child] of Object.entries(v)) {
      if (unstorable(key)) return 'NUL or lone surrogate in a key';
      stack.push([child, depth + 1]);
    }
  }
  return null;
}

// ── Push ──────────────────────────────────────────────────────────────────────────────────────

/** One row of the ward's outbox, as stored there (src/main/service/write-path-outbox.ts). */
export const Mutation = z.strictObject({
  seq: Seq,
  mutationId: Uuid,
  entity: z
    .string()
    .regex(/^[a-z][a-z_]*$/)
    .max(40),
  /** A uuid for records (tickets, dossiers); a natural key for singletons and keyed data (`ward`, `2026`). */
  entityId: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._:-]{0,99}$/, 'entity id: 1-100 letters, digits, . _ : -'),
  op: OpName,
  /** The op's body; its shape is versioned by the op name and checked by the op's handler. */
  payload: z.unknown().superRefine((p, ctx) => {
    const problem = jsonProblem(p, MAX_PAYLOAD_DEPTH);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** The ward's hybrid logical clock stamp (src/shared/clock/hlc.ts encoding). */
  hlc: StorableText.regex(/^\d{15}-[0-9a-f]{4}-.{1,64}$/, 'hlc: <15-digit ms>-<4 hex>-<node>'),
  /**
   * Who made the change on the ward: `local` or `device:<uuid>` (a LAN-paired device), followed by
   * `;clerk:<uuid>` when a clerk was signed in (86 characters at most today; 120 leaves room).
   */
  actor: StorableText.min(1).max(MAX_ACTOR_LENGTH),
  /** The ward PC's wall clock when the change was made; kept for audit, never trusted for order. */
  wallTime: Instant,
  /** The ward's SQLite schema version when the row was written (diagnosis only; see the protocol doc). */
  schemaVersion: z.number().int().min(1).max(MAX_SCHEMA_VERSION),
});
export type Mutation = z.infer<typeof Mutation>;

/**
 * What the push request itself checks of each mutation: only what its per-mutation answer needs. The
 * rest is checked against `Mutation` one mutation at a time, so that a malformed one is rejected alone
 * and the rest of its batch applies (a batch refused whole would be sent again forever).
 */
export const PushedMutation = z.looseObject({ seq: Seq, mutationId: Uuid });
export type PushedMutation = z.infer<typeof PushedMutation>;

/** What the device reports about itself with every push, for the city dashboard. */
export const DeviceReport = z.strictObject({
  /** Outbox rows still pending after this batch would be acknowledged. */
  backlog: z.number().int().min(0),
  oldestPendingAt: Instant.nullable(),
  /** The device's wall clock when it sent the request: the server derives the clock offset from it. */
  sentAt: Instant,
});
export type DeviceReport = z.infer<typeof DeviceReport>;

export const PushRequest = z
  .strictObject({
    mutations: z.array(PushedMutation).min(1).max(MAX_PUSH_MUTATIONS),
    report: DeviceReport.optional(),
  })
  .refine((r) => r.mutations.every((m, i) => i === 0 || m.seq === r.mutations[i - 1]!.seq + 1), {
    message: 'mutations must be in ascending, gap-free seq order',
    path: ['mutations'],
  });
export type PushRequest = z.infer<typeof PushRequest>;

export const MUTATION_STATUSES = ['applied', 'rejected', 'parked'] as const;
export type MutationStatus = (typeof MUTATION_STATUSES)[number];

export const MutationResult = z.object({
  seq: Seq,
  mutationId: Uuid,
  /**
   * applied: stored and in effect. rejected: a business rule refused it (final; show the clerk).
   * parked: the server cannot interpret it yet (unknown op or payload shape); kept for an operator,
   * and later mutations of the same entity are parked behind it to keep that entity's order.
   */
  status: z.enum(MUTATION_STATUSES),
  /** Machine code for rejected/parked (`illegal_transition`, `unknown_op`…); null when applied. */
  code: z.string().nullable(),
  /** Vietnamese text for the clerk; null when applied. */
  message: z.string().nullable(),
  /** `malformed_mutation` only, in the first answer: which fields were wrong (English, for logs). */
  reason: z.string().optional(),
  /** True when this is the stored answer to a mutation the server had already processed. */
  replayed: z.boolean(),
});
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.object({
  /** Every seq up to this one is processed; the ward marks those outbox rows with their results. */
  ackedThroughSeq: z.number().int().min(0),
  results: z.array(MutationResult),
  serverTime: Instant,
});
export type PushResponse = z.infer<typeof PushResponse>;

// ── Pull and snapshot ─────────────────────────────────────────────────────────────────────────

/** Entities the city sends down. Reference data is city-owned and read-only on the ward. */
export const CHANGE_ENTITIES = ['ticket', 'dossier_status', 'procedure', 'calendar_year', 'statutory_rules', 'ward_setting'] as const;
export const ChangeEntity = z.enum(CHANGE_ENTITIES);
export type ChangeEntity = z.infer<typeof ChangeEntity>;

export const Change = z.object({
  /** The ward's commit-ordered change number; the cursor is the last one applied. */
  v: z.number().int().min(1),
  entity: ChangeEntity,
  /** Uuid for tickets and dossiers, the catalogue key for reference data. */
  entityId: z.string(),
  /** The entity's full current state: applying a change is an upsert, so replaying one is harmless. */
  data: z.record(z.string(), z.unknown()),
  /** The device whose push produced it, null for city-side changes; a device may skip its own. */
  originDeviceId: Uuid.nullable(),
});
export type Change = z.infer<typeof Change>;

const CursorParam = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const PullQuery = z.strictObject({
  cursor: CursorParam,
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(MAX_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof PullQuery>;

export const PullResponse = z.object({
  changes: z.array(Change),
  nextCursor: z.number().int().min(0),
  hasMore: z.boolean(),
  /**
   * Read in the same database snapshot as `changes`: once a pull ends with hasMore=false, the effects
   * of every own mutation up to this seq are in what was pulled.
   */
  lastSeqForThisDevice: z.number().int().min(0),
  serverTime: Instant,
});
export type PullResponse = z.infer<typeof PullResponse>;

export const SnapshotQuery = z.strictObject({
  /** Opaque token from the previous page; absent on the first page. */
  page: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_SNAPSHOT_LIMIT).default(MAX_SNAPSHOT_LIMIT),
});
export type SnapshotQuery = z.infer<typeof SnapshotQuery>;

export const SnapshotItem = z.object({ entity: ChangeEntity, entityId: z.string(), data: z.record(z.string(), z.unknown()) });
export type SnapshotItem = z.infer<typeof SnapshotItem>;

export const SnapshotResponse = z.object({
  items: z.array(SnapshotItem),
  /** Pass as `page` for the next page; null on the last one. */
  nextPage: z.string().nullable(),
  /** Pull from this cursor after the last page: it was the ward's change number when the snapshot began. */
  cursor: z.number().int().min(0),
  serverTime: Instant,
});
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;

// ── Status ────────────────────────────────────────────────────────────────────────────────────

export const StatusResponse = z.object({
  deviceId: Uuid,
  ward: z.object({ code: WardCode, name: z.string() }),
  slot: Slot,
  lastSeq: z.number().int().min(0),
  serverTime: Instant,
});
export type StatusResponse = z.infer<typeof StatusResponse>;

export const HealthResponse = z.object({ ok: z.boolean(), serverTime: Instant });

// ── Processing systems ────────────────────────────────────────────────────────────────────────

/** Statuses a processing system may post about a dossier a ward received (uncertain list: see the doc). */
export const PROCESSING_STATUSES = ['processing', 'supplement_requested', 'extended', 'result_ready', 'refused', 'stopped'] as const;

/** The new appointment of an extension, in Hanoi time, as Mẫu 04 states it. */
export const ProcessingNewDue = z.strictObject({ date: z.iso.date(), time: ClockTime });

export const ProcessingStatusRequest = z
  .strictObject({
    /** The processing system's id for this status event; re-posting it is a no-op. */
    eventId: Uuid,
    dossierId: Uuid,
    // The unit part is a dotted QCVN 102:2016 code such as 000.A0.01.H26 (one-stop-rules §2.2).
    dossierCode: z
      .string()
      .max(60)
      .regex(/^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*-\d{6}-\d{4}$/, 'dossier code: <unit>-<YYMMDD>-<NNNN>'),
    status: z.enum(PROCESSING_STATUSES),
    at: Instant,
    note: z.string().max(2000).optional(),
    /** Required with `extended`, refused with any other status: an extension is its new appointment. */
    newDue: ProcessingNewDue.optional(),
  })
  .refine((r) => (r.status === 'extended') === (r.newDue !== undefined), {
    message: 'newDue is required with status extended and only with it',
    path: ['newDue'],
  });
export type ProcessingStatusRequest = z.infer<typeof ProcessingStatusRequest>;

export const ProcessingStatusResponse = z.object({ accepted: z.boolean(), replayed: z.boolean(), serverTime: Instant });

// ── Errors ────────────────────────────────────────────────────────────────────────────────────

export const SYNC_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'token_expired',
  'challenge_invalid',
  'enrol_code_invalid',
  'slot_taken',
  'device_revoked',
  'forbidden',
  'not_found',
  'seq_gap',
  'seq_regression',
  'push_in_progress',
  'cursor_expired',
  'payload_too_large',
  'upgrade_required',
  'rate_limited',
  'unavailable',
  'internal',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(SYNC_ERROR_CODES),
    /** Vietnamese, for the clerk or IT staff. */
    message: z.string(),
    /** 409 seq_gap / seq_regression: the next seq the server will accept. */
    expectedSeq: z.number().int().min(1).optional(),
    /** 426: the protocol versions this server speaks. */
    supportedProtocols: z.array(z.number().int()).optional(),
    /** 429 / 503: seconds to wait, as in the Retry-After header. */
    retryAfterSeconds: z.number().int().min(1).optional(),
    /** 400: which fields were wrong (English, for logs). */
    issues: z.array(z.string()).optional(),
  }),
  serverTime: Instant,
});
export type ErrorBody = z.infer<typeof ErrorBody>;
