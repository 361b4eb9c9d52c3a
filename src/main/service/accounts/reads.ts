import type { Clerk } from '../../../shared/api/accounts';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

interface ClerkRow {
  id: string;
  username: string;
  full_name: string;
  role: Clerk['role'];
  active: number;
  must_change_secret: number;
  secret_hash: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, username, full_name, role, active, must_change_secret, secret_hash, created_at, updated_at';

export function toClerk(row: ClerkRow): Clerk {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    active: row.active === 1,
    mustChangeSecret: row.must_change_secret === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function clerkRowById(db: Db, id: string): ClerkRow | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM clerks WHERE id = ?`).get(id) as ClerkRow | undefined;
}

export function clerkRowByUsername(db: Db, username: string): ClerkRow | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM clerks WHERE username = ?`).get(username) as ClerkRow | undefined;
}

export function listClerks(db: Db): Clerk[] {
  return (stmt(db, `SELECT ${COLUMNS} FROM clerks ORDER BY full_name COLLATE NOCASE, username`).all() as ClerkRow[]).map(toClerk);
}

export function hasAnyClerk(db: Db): boolean {
  return stmt(db, 'SELECT 1 FROM clerks LIMIT 1').get() !== undefined;
}

export function activeAdminCount(db: Db): number {
  return (stmt(db, `SELECT COUNT(*) AS n FROM clerks WHERE role = 'admin' AND active = 1`).get() as { n: number }).n;
}

export function readIdleLockMinutes(db: Db): number {
  return (stmt(db, 'SELECT idle_lock_minutes AS m FROM account_settings WHERE id = 1').get() as { m: number }).m;
}

export function readAuditKey(db: Db): string {
  return (stmt(db, 'SELECT audit_key AS k FROM account_settings WHERE id = 1').get() as { k: string }).k;
}
