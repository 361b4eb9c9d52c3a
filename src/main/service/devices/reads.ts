import type { Device } from '../../../shared/api/schemas';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

interface DeviceRow {
  id: string;
  name: string;
  role: Device['role'];
  counter_number: number | null;
  paired_at: string;
  revoked_at: string | null;
}

/** A counter device is shown with its counter's current number, which follows a renumbered desk. */
const DEVICE_SELECT = `SELECT d.id, d.name, d.role, d.paired_at, d.revoked_at,
  CASE WHEN d.role = 'counter' THEN c.number END AS counter_number
  FROM devices d LEFT JOIN counters c ON c.id = d.counter_id`;

export function deviceById(db: Db, id: string, lastSeen?: ReadonlyMap<string, string>): Device {
  const row = stmt(db, `${DEVICE_SELECT} WHERE d.id = ?`).get(id) as DeviceRow | undefined;
  if (!row) throw new ApiError('device_not_found');
  return toDevice(row, lastSeen);
}

export function listDevices(db: Db, lastSeen: ReadonlyMap<string, string>): Device[] {
  return (stmt(db, `${DEVICE_SELECT} ORDER BY d.paired_at DESC`).all() as DeviceRow[]).map((r) => toDevice(r, lastSeen));
}

function toDevice(r: DeviceRow, lastSeen?: ReadonlyMap<string, string>): Device {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    counterNumber: r.counter_number,
    pairedAt: r.paired_at,
    lastSeenAt: lastSeen?.get(r.id) ?? null,
    revokedAt: r.revoked_at,
  };
}
