import { z } from 'zod';
import { Empty, method } from './method';
import { ClerkRole, Id, Instant, LocalDayString, Role, Text } from './schemas';

// Clerk accounts, their sessions on the hub PC and paired counters, and the audit of who did what.

/** Lower-case Latin letters, digits, dot, dash and underscore: typed fast on any keyboard layout. */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/);
/** A PIN (digits) or a password; never trimmed, never stored: only its scrypt hash is. */
export const Secret = z
  .string()
  .min(6)
  .max(128)
  .regex(/^[^\p{Cc}]*$/u);
export const IdleLockMinutes = z.number().int().min(1).max(120);

export const Clerk = z.object({
  id: Id,
  username: z.string(),
  fullName: z.string(),
  role: ClerkRole,
  active: z.boolean(),
  /** Set by an admin's reset: the clerk must choose a new secret before any other work. */
  mustChangeSecret: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Clerk = z.infer<typeof Clerk>;

export const SignedInClerk = z.object({ id: Id, username: z.string(), fullName: z.string(), role: ClerkRole });
export type SignedInClerk = z.infer<typeof SignedInClerk>;

export const SessionState = z.object({
  clerk: SignedInClerk,
  locked: z.boolean(),
  mustChangeSecret: z.boolean(),
  idleLockMinutes: IdleLockMinutes,
});
export type SessionState = z.infer<typeof SessionState>;

export const SignInResult = z.object({
  /** Sent as the bearer token from now on: it stands for this device and this clerk. */
  sessionToken: z.string(),
  session: SessionState,
});

export const AuditOutcome = z.enum(['ok', 'refused', 'read']);
export const AuditEntry = z.object({
  id: z.number().int(),
  at: Instant,
  clerkId: Id.nullable(),
  clerkName: z.string().nullable(),
  clerkUsername: z.string().nullable(),
  deviceId: Id.nullable(),
  deviceName: z.string(),
  method: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  outcome: AuditOutcome,
  /** The refusal's error code, or what was read; never personal data. */
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditFilter = z
  .object({
    clerkId: Id.optional(),
    method: z
      .string()
      .regex(/^[A-Za-z]{1,60}$/)
      .optional(),
    entity: z
      .string()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
    entityId: z.string().min(1).max(80).optional(),
    outcome: AuditOutcome.optional(),
    /** A local day in Asia/Ho_Chi_Minh. */
    day: LocalDayString.optional(),
  })
  .strict();

/** A citizen-ID number as typed: 12 digits (CCCD) or 9 (old CMND). */
const IdNumber = z
  .string()
  .trim()
  .regex(/^(\d{9}|\d{12})$/);

const ClerkInput = {
  username: Username,
  fullName: Text(100),
  role: ClerkRole,
};

/**
 * The file IT may prepare for a silent install (`npm run serve -- --first-admin <file>`): the first
 * administrator, created at the first start of an empty data folder, who must change this secret at
 * their first sign-in since it was written down.
 */
export const FirstAdminFile = z
  .object({ firstAdmin: z.object({ username: Username, fullName: Text(100), secret: Secret }).strict() })
  .strict();
export type FirstAdminFile = z.infer<typeof FirstAdminFile>;

export const accountMethods = {
  createFirstAdmin: method({
    summary: 'On a new data folder only (no account yet): create the first administrator and sign them in on this PC.',
    input: z.object({ ...ClerkInput, role: z.literal('admin').default('admin'), secret: Secret }).strict(),
    output: SignInResult,
    roles: ['local'],
  }),
  signIn: method({
    summary:
      'Sign a clerk in on the calling device. Five wrong secrets in 10 minutes lock that account, and separately that device, for 5 minutes.',
    input: z.object({ username: z.string().trim().toLowerCase().max(64), secret: z.string().max(128) }).strict(),
    output: SignInResult,
    roles: ['local', 'counter'],
  }),
  signOut: method({
    summary: "End the calling session; the device's own token keeps working without a clerk.",
    input: Empty,
    output: z.object({ signedOut: z.literal(true) }),
    roles: ['local', 'counter'],
    session: true,
  }),
  unlockSession: method({
    summary: "Open a session locked after idle time with its own clerk's secret (counts towards the lock-out).",
    input: z.object({ secret: z.string().max(128) }).strict(),
    output: z.object({ session: SessionState }),
    roles: ['local', 'counter'],
    session: true,
  }),
  touchSession: method({
    summary: 'The clerk is still at work (a key or a click on the page): postpones the idle lock. A locked session stays locked.',
    input: Empty,
    output: z.object({ session: SessionState }),
    roles: ['local', 'counter'],
    session: true,
  }),
  changeOwnSecret: method({
    summary: 'The signed-in clerk changes their own PIN or password, giving the current one.',
    input: z.object({ currentSecret: z.string().max(128), newSecret: Secret }).strict(),
    output: z.object({ session: SessionState }),
    roles: ['local', 'counter'],
    session: true,
  }),
  listClerks: method({
    summary: 'Every clerk account, active or not (never their secrets).',
    input: Empty,
    output: z.object({ clerks: z.array(Clerk) }),
    roles: ['local', 'counter'],
    clerks: ['head', 'admin'],
  }),
  createClerk: method({
    summary: 'Create a clerk account with a first secret the clerk must change at first sign-in.',
    input: z.object({ ...ClerkInput, secret: Secret }).strict(),
    output: z.object({ clerk: Clerk }),
    roles: ['local', 'counter'],
    clerks: ['admin'],
  }),
  updateClerk: method({
    summary: "Change a clerk's name, role or active flag. The last active administrator can be neither demoted nor deactivated.",
    input: z.object({ id: Id, fullName: ClerkInput.fullName, role: ClerkRole, active: z.boolean() }).strict(),
    output: z.object({ clerk: Clerk }),
    roles: ['local', 'counter'],
    clerks: ['admin'],
  }),
  resetClerkSecret: method({
    summary: 'Give a clerk a new secret (forgotten PIN); they must change it at their next sign-in, and their sessions end.',
    input: z.object({ id: Id, newSecret: Secret }).strict(),
    output: z.object({ clerk: Clerk }),
    roles: ['local', 'counter'],
    clerks: ['admin'],
  }),
  getAccountSettings: method({
    summary: 'How many idle minutes lock a counter.',
    input: Empty,
    output: z.object({ idleLockMinutes: IdleLockMinutes }),
    roles: ['local', 'counter'],
    clerks: ['admin'],
  }),
  updateAccountSettings: method({
    summary: 'Set how many idle minutes lock a counter (1–120; 10 by default).',
    input: z.object({ idleLockMinutes: IdleLockMinutes }).strict(),
    output: z.object({ idleLockMinutes: IdleLockMinutes }),
    roles: ['local', 'counter'],
    clerks: ['admin'],
  }),
  listAudit: method({
    summary: 'The audit log, newest first, filtered by clerk, method, entity, outcome or local day.',
    input: AuditFilter.extend({ limit: z.number().int().min(1).max(1000).default(200), beforeId: z.number().int().optional() }).strict(),
    output: z.object({ entries: z.array(AuditEntry) }),
    roles: ['local', 'counter'],
    clerks: ['head', 'admin'],
  }),
  exportAudit: method({
    summary: 'The filtered audit log as a CSV file (UTF-8 with BOM, times in Asia/Ho_Chi_Minh).',
    input: AuditFilter,
    output: z.object({ fileName: z.string(), csv: z.string() }),
    roles: ['local', 'counter'],
    clerks: ['head', 'admin'],
  }),
  listCitizenAccess: method({
    summary: "Who opened, printed or exported one citizen's data, newest first, by their ID number.",
    input: z.object({ idNumber: IdNumber }).strict(),
    output: z.object({ entries: z.array(AuditEntry) }),
    roles: ['local', 'counter'],
    clerks: ['head', 'admin'],
  }),
} as const;

/** The device roles on which a clerk signs in; kiosks and display boards never have one. */
export const CLERK_DEVICE_ROLES: readonly z.infer<typeof Role>[] = ['local', 'counter'];
