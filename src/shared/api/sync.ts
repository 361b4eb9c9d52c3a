import { z } from 'zod';
import { Empty, FileDownload, method } from './method';
import { checkedDayRange, Id, Instant, LocalDayString } from './schemas';

// City sync as the ward sees it: enrolment of this PC, what is still waiting to reach the city, the log
// of every attempt, and the end-of-day summary that forces one.

/** The city server's address: http(s) only, no credentials in it, at most 300 characters. */
export const CityUrl = z
  .string()
  .trim()
  .max(300)
  .refine((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'city address: http(s)://host[:port][/path]');

/** The one-time code the city administrator printed: XXXX-XXXX, letters upper-cased as typed. */
export const EnrolCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'enrolment code: XXXX-XXXX'));

export const SYNC_STATES = ['not_enrolled', 'enrolling', 'idle', 'running', 'waiting_retry', 'revoked', 'upgrade_required'] as const;
export const SyncState = z.enum(SYNC_STATES);
export type SyncState = z.infer<typeof SyncState>;

export const SyncProblem = z.object({ code: z.string(), message: z.string(), at: Instant });
export type SyncProblem = z.infer<typeof SyncProblem>;

export const SyncStatus = z.object({
  state: SyncState,
  /** Nothing waits to be sent and the last run succeeded. */
  inSync: z.boolean(),
  city: z
    .object({
      url: z.string(),
      deviceId: z.string(),
      ward: z.object({ code: z.string(), name: z.string() }),
      slot: z.number().int(),
    })
    .nullable(),
  pending: z.object({
    total: z.number().int(),
    byEntity: z.array(z.object({ entity: z.string(), count: z.number().int() })),
    oldestAt: Instant.nullable(),
    oldestAgeSeconds: z.number().int().nullable(),
  }),
  /** While a backlog is being sent: rows sent in this run out of the rows that were waiting. */
  progress: z.object({ sent: z.number().int(), total: z.number().int() }).nullable(),
  lastSuccessAt: Instant.nullable(),
  /**
   * Rows the city answered (acknowledged, rejected or parked) since the start of today, Hà Nội time,
   * and when it last answered one: on a lossy link batches get through in runs that then fail.
   */
  acknowledged: z.object({ today: z.number().int(), lastAt: Instant.nullable() }),
  lastError: SyncProblem.nullable(),
  nextAttemptAt: Instant.nullable(),
  /** City clock minus this PC's clock, from the last city answer. */
  clockOffsetMs: z.number().int().nullable(),
  clockWarning: z.boolean(),
  rejectedCount: z.number().int(),
  /** The outcome of the last enrolment attempt, while there is one to tell. */
  enrolment: z.object({ state: z.enum(['running', 'failed']), message: z.string() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncRun = z.object({
  id: z.number().int(),
  startedAt: Instant,
  endedAt: Instant.nullable(),
  trigger: z.string(),
  pushed: z.number().int(),
  pulled: z.number().int(),
  result: z.enum(['running', 'ok', 'failed', 'stopped']),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
});
export type SyncRun = z.infer<typeof SyncRun>;

export const RejectedMutation = z.object({
  seq: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  op: z.string(),
  wallTime: Instant,
  code: z.string().nullable(),
  message: z.string().nullable(),
  syncedAt: Instant.nullable(),
});
export type RejectedMutation = z.infer<typeof RejectedMutation>;

export const DaySummary = z.object({
  day: LocalDayString,
  tickets: z.object({
    issued: z.number().int(),
    served: z.number().int(),
    noShow: z.number().int(),
    cancelled: z.number().int(),
    stillWaiting: z.number().int(),
    /** Issue to first call, in seconds, over the tickets called that day; null when none was. */
    averageWaitSeconds: z.number().int().nullable(),
    /** Start of service to finish, in seconds; null when none finished. */
    averageServiceSeconds: z.number().int().nullable(),
  }),
  /** Per clerk: tickets whose service they finished that day, and their average service time. */
  clerks: z.array(
    z.object({
      /** Null for steps taken with no clerk signed in. */
      clerkId: Id.nullable(),
      fullName: z.string().nullable(),
      served: z.number().int(),
      averageServiceSeconds: z.number().int().nullable(),
    }),
  ),
  /** Received at the counter that day (by procedure field), results returned that day, and overdue now. */
  dossiers: z.object({
    received: z.number().int(),
    byField: z.array(z.object({ field: z.string(), count: z.number().int() })),
    returned: z.number().int(),
    overdue: z.number().int(),
  }),
  /** Per service the ticket was issued for: issued, served, no-show, average wait (seconds, null when none was called). */
  byService: z.array(
    z.object({
      serviceId: Id,
      name: z.string(),
      issued: z.number().int(),
      served: z.number().int(),
      noShow: z.number().int(),
      averageWaitSeconds: z.number().int().nullable(),
    }),
  ),
  /** Per counter that first called the ticket: called, served, no-show, average wait of those tickets. */
  byCounter: z.array(
    z.object({
      counterId: Id,
      number: z.number().int(),
      name: z.string(),
      called: z.number().int(),
      served: z.number().int(),
      noShow: z.number().int(),
      averageWaitSeconds: z.number().int().nullable(),
    }),
  ),
  /** Dossiers the ward still holds with the clock running, as they stand now. */
  dossiersPending: z.number().int(),
  /** The ward's name as the ticket and board print it, for the signed report's heading. */
  wardName: z.string(),
  pendingSync: z.number().int(),
  lastSuccessAt: Instant.nullable(),
  generatedAt: Instant,
  /** The same figures as CSV (UTF-8, comma separated, one figure a line) for download. */
  csv: z.string(),
});
export type DaySummary = z.infer<typeof DaySummary>;

/** A month and a day: the sync log of one reporting month at most, whatever the month. */
export const SYNC_LOG_MAX_DAYS = 32;
/** A printed log lists this many runs at most, the latest; the files list them all. */
export const SYNC_LOG_PRINT_MAX_RUNS = 1000;
export const SYNC_LOG_FORMATS = ['csv', 'xlsx'] as const;

/** A run of the sync log report, with why it failed (or what IT should know of it) in words. */
export const SyncLogRun = SyncRun.extend({ reason: z.string().nullable() });
export type SyncLogRun = z.infer<typeof SyncLogRun>;

export const SyncLogReport = z.object({
  from: LocalDayString,
  to: LocalDayString,
  /** The ward's name as its papers carry it, for the printed heading. */
  wardName: z.string(),
  generatedAt: Instant,
  /** Over every run started in the range, Hà Nội time. */
  totals: z.object({
    runs: z.number().int(),
    succeeded: z.number().int(),
    failed: z.number().int(),
    pushed: z.number().int(),
    pulled: z.number().int(),
  }),
  /** Runs started in the range, oldest first: the latest SYNC_LOG_PRINT_MAX_RUNS of them. */
  runs: z.array(SyncLogRun),
  /** Runs of the range left out of `runs` (the oldest); the CSV and XLSX files hold them. */
  runsNotListed: z.number().int(),
  /** The runs that failed or stopped, by reason: how often, first and last time. Most frequent first. */
  failures: z.array(z.object({ code: z.string(), reason: z.string(), count: z.number().int(), firstAt: Instant, lastAt: Instant })),
  /** What still waits to reach the city now, by kind, each with its oldest change. */
  pending: z.object({
    total: z.number().int(),
    oldestAt: Instant.nullable(),
    byEntity: z.array(z.object({ entity: z.string(), count: z.number().int(), oldestAt: Instant })),
  }),
});
export type SyncLogReport = z.infer<typeof SyncLogReport>;

const syncLogRange = { from: LocalDayString, to: LocalDayString };
const checkedSyncLogRange = checkedDayRange(SYNC_LOG_MAX_DAYS);

const Limit = z.number().int().min(1).max(500).optional();

export const syncMethods = {
  getSyncStatus: method({
    summary: 'Whether this PC is in sync with the city: pending changes by kind, oldest age, last success, last error, clock offset.',
    input: Empty,
    output: SyncStatus,
    roles: ['local'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  syncNow: method({
    summary: 'Start a sync run now (push, then pull); the outcome arrives with sync.changed and getSyncStatus.',
    input: z.object({ reason: z.enum(['manual', 'close_day']).optional() }).strict(),
    output: z.object({ started: z.boolean() }),
    roles: ['local'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  enrolWithCity: method({
    summary: 'Enrol this PC with the city server with a one-time code; the outcome arrives with sync.changed and getSyncStatus.',
    input: z.object({ cityUrl: CityUrl, code: EnrolCode }).strict(),
    output: z.object({ started: z.boolean(), message: z.string().nullable() }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  listSyncRuns: method({
    summary: 'The latest sync runs, newest first: start, end, rows pushed and pulled, result and error in words.',
    input: z.object({ limit: Limit }).strict(),
    output: z.object({ runs: z.array(SyncRun) }),
    roles: ['local'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  listRejectedMutations: method({
    summary: 'Changes the city refused (final), newest first, with its reason for the clerk.',
    input: z.object({ limit: Limit }).strict(),
    output: z.object({ rejected: z.array(RejectedMutation) }),
    roles: ['local'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  getSyncLogReport: method({
    summary: `The sync log from \`from\` to \`to\` (Hanoi days, both included, at most ${SYNC_LOG_MAX_DAYS}) for IT: runs with their outcome, failures by reason in words, and what is still pending and since when.`,
    input: z.object(syncLogRange).strict().superRefine(checkedSyncLogRange),
    output: SyncLogReport,
    roles: ['local'],
    clerks: ['head', 'admin'],
  }),
  exportSyncLog: method({
    summary:
      'The same sync log as a file to download: CSV (UTF-8 with a byte-order mark) or XLSX, one line per run, failure reason and pending kind.',
    input: z
      .object({ ...syncLogRange, format: z.enum(SYNC_LOG_FORMATS) })
      .strict()
      .superRefine(checkedSyncLogRange),
    output: FileDownload,
    download: true,
    roles: ['local'],
    clerks: ['head', 'admin'],
  }),
  getDaySummary: method({
    summary:
      "One local day's figures (default today): tickets issued and served, average wait and service, dossiers, still pending sync; with CSV.",
    input: z.object({ day: LocalDayString.optional() }).strict(),
    output: DaySummary,
    roles: ['local'],
    clerks: ['head', 'admin'],
  }),
} as const;

export const syncEvents = {
  /** Sync status changed (run started or ended, a batch acknowledged, enrolment done): refetch getSyncStatus. */
  'sync.changed': z.object({ at: Instant }),
} as const;
