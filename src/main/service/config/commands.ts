import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Counter, PriorityCategory, Service, Settings } from '../../../shared/api/schemas';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { WriteContext, WritePath } from '../write-path';
import { DEFAULT_COUNTERS, DEFAULT_PRIORITY_CATEGORIES, DEFAULT_SERVICES } from './default-config';
import { serviceRowById } from './reads';
import { SettingsStore } from './settings-store';

type ServiceInput = Omit<Service, 'id' | 'sortOrder'> & { id?: string; sortOrder?: number };
type CounterInput = Omit<Counter, 'id'> & { id?: string };
type PriorityInput = Omit<PriorityCategory, 'id' | 'sortOrder'> & { id?: string; sortOrder?: number };

/** Changes to the ward's set-up; each tells every page to reload its configuration. */
export class ConfigCommands {
  constructor(
    private readonly write: WritePath,
    private readonly settings: SettingsStore,
  ) {}

  /** A brand-new database gets the embedded catalogue of services, counters and priority categories. */
  seedIfEmpty(caller: Caller): void {
    this.write.run(caller, (tx) => {
      if (stmt(tx.db, "SELECT 1 FROM settings WHERE key = 'seededAt'").get()) return;
      const serviceIds = DEFAULT_SERVICES.map(
        (s, i) =>
          writeService(tx, { ...s, fields: [...s.fields], dailyCapacity: null, minutesPerTicket: 10, active: true, sortOrder: i }).id,
      );
      for (const c of DEFAULT_COUNTERS) writeCounter(tx, { ...c, serviceIds, active: true });
      DEFAULT_PRIORITY_CATEGORIES.forEach((name, i) => writePriority(tx, { name, active: true, sortOrder: i }));
      stmt(tx.db, "INSERT INTO settings (key, value) VALUES ('seededAt', ?)").run(JSON.stringify(tx.now.toISOString()));
    });
  }

  saveService(input: ParsedInput<'saveService'>, caller: Caller): MethodOutput<'saveService'> {
    return { service: this.changed(caller, (tx) => writeService(tx, input)) };
  }

  saveCounter(input: ParsedInput<'saveCounter'>, caller: Caller): MethodOutput<'saveCounter'> {
    return { counter: this.changed(caller, (tx) => writeCounter(tx, input)) };
  }

  savePriorityCategory(input: ParsedInput<'savePriorityCategory'>, caller: Caller): MethodOutput<'savePriorityCategory'> {
    return { priorityCategory: this.changed(caller, (tx) => writePriority(tx, input)) };
  }

  updateSettings(input: ParsedInput<'updateSettings'>, caller: Caller): MethodOutput<'updateSettings'> {
    const settings = this.changed(caller, (tx) => {
      writeSettings(tx, input);
      return this.settings.get(tx.db);
    });
    return { settings };
  }

  private changed<T>(caller: Caller, write: (tx: WriteContext) => T): T {
    return this.write.run(caller, (tx) => {
      const result = write(tx);
      announceConfigChanged(tx);
      return result;
    });
  }
}

/** A change of the ward's settings, stored and sent to the city. */
export function writeSettings(tx: WriteContext, patch: Partial<Settings>): void {
  SettingsStore.write(tx.db, patch);
  tx.record({ entity: 'settings', entityId: 'ward', op: 'settings.update@1', payload: patch });
}

/** Open pages re-read the configuration and the board after any change to either. */
export function announceConfigChanged(tx: WriteContext): void {
  const at = tx.now.toISOString();
  tx.emit('config.changed', { at });
  tx.emit('board.changed', { at });
}

function writeService(tx: WriteContext, input: ServiceInput): Service {
  const { db } = tx;
  const clash = stmt(db, 'SELECT code, letter FROM services WHERE (code = ? OR letter = ?) AND id IS NOT ?').get(
    input.code,
    input.letter,
    input.id ?? null,
  ) as { code: string; letter: string } | undefined;
  if (clash) throw new ApiError(clash.code === input.code ? 'duplicate_service_code' : 'duplicate_ticket_letter');
  const id = existingOrNew(db, 'services', input.id, 'service_not_found');
  stmt(
    db,
    `INSERT INTO services (code, name, letter, fields, daily_capacity, minutes_per_ticket, active, sort_order, updated_at, id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, letter = excluded.letter, fields = excluded.fields,
       daily_capacity = excluded.daily_capacity, minutes_per_ticket = excluded.minutes_per_ticket, active = excluded.active,
       sort_order = excluded.sort_order, updated_at = excluded.updated_at`,
  ).run(
    input.code,
    input.name,
    input.letter,
    JSON.stringify(input.fields),
    input.dailyCapacity,
    input.minutesPerTicket,
    input.active ? 1 : 0,
    input.sortOrder ?? 0,
    tx.now.toISOString(),
    id,
  );
  const service = serviceRowById(db, id);
  tx.record({ entity: 'service', entityId: id, op: 'service.save@1', payload: service });
  return service;
}

/** Exported for the set-up wizard, which saves its counter in the same transaction as the first administrator. */
export function writeCounter(tx: WriteContext, input: CounterInput): Counter {
  const { db } = tx;
  const clash = stmt(db, 'SELECT 1 FROM counters WHERE number = ? AND id IS NOT ?').get(input.number, input.id ?? null);
  if (clash) throw new ApiError('duplicate_counter_number');
  const id = existingOrNew(db, 'counters', input.id, 'counter_not_found');
  const serviceIds = [...new Set(input.serviceIds)];
  for (const serviceId of serviceIds)
    if (!stmt(db, 'SELECT 1 FROM services WHERE id = ?').get(serviceId)) throw new ApiError('service_not_found');
  stmt(
    db,
    `INSERT INTO counters (id, number, name, active, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET number = excluded.number, name = excluded.name, active = excluded.active, updated_at = excluded.updated_at`,
  ).run(id, input.number, input.name, input.active ? 1 : 0, tx.now.toISOString());
  stmt(db, 'DELETE FROM counter_services WHERE counter_id = ?').run(id);
  const link = stmt(db, 'INSERT INTO counter_services (counter_id, service_id) VALUES (?, ?)');
  for (const serviceId of serviceIds) link.run(id, serviceId);
  const counter: Counter = { id, number: input.number, name: input.name, serviceIds, active: input.active };
  tx.record({ entity: 'counter', entityId: id, op: 'counter.save@1', payload: counter });
  return counter;
}

function writePriority(tx: WriteContext, input: PriorityInput): PriorityCategory {
  const id = existingOrNew(tx.db, 'priority_categories', input.id, 'priority_not_found');
  const category: PriorityCategory = { id, name: input.name, active: input.active, sortOrder: input.sortOrder ?? 0 };
  stmt(
    tx.db,
    `INSERT INTO priority_categories (id, name, active, sort_order, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, active = excluded.active, sort_order = excluded.sort_order, updated_at = excluded.updated_at`,
  ).run(id, category.name, category.active ? 1 : 0, category.sortOrder, tx.now.toISOString());
  tx.record({ entity: 'priority_category', entityId: id, op: 'priority_category.save@1', payload: category });
  return category;
}

/** An update must name an existing row: an unknown id is an error, never a silent insert. */
function existingOrNew(
  db: Db,
  table: 'services' | 'counters' | 'priority_categories',
  id: string | undefined,
  missing: 'service_not_found' | 'counter_not_found' | 'priority_not_found',
): string {
  if (!id) return uuidv7();
  if (!stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw new ApiError(missing);
  return id;
}
