import { v7 as uuidv7 } from 'uuid';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Counter, PriorityCategory, Service } from '../../../shared/api/schemas';
import { ApiError } from '../api-error';
import { actorOf, type Caller } from '../caller';
import type { Db } from '../db/open-database';
import { inTransaction, stmt } from '../db/statements';
import type { EventBus } from '../events';
import { appendOutbox } from '../sync/outbox';
import { DEFAULT_COUNTERS, DEFAULT_PRIORITY_CATEGORIES, DEFAULT_SERVICES } from './default-config';
import type { SettingsStore } from './settings-store';

interface ServiceRow {
  id: string;
  code: string;
  name: string;
  letter: string;
  fields: string;
  daily_capacity: number | null;
  minutes_per_ticket: number;
  active: 0 | 1;
  sort_order: number;
}

export class ConfigService {
  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly settings: SettingsStore,
    private readonly now: () => Date,
  ) {}

  /** A brand-new database gets the embedded catalogue of services, counters and priority categories. */
  seedIfEmpty(caller: Caller): void {
    const seeded = stmt(this.db, "SELECT 1 FROM settings WHERE key = 'seededAt'").get();
    if (seeded) return;
    inTransaction(this.db, () => {
      const serviceIds = DEFAULT_SERVICES.map(
        (s, i) =>
          this.writeService({ ...s, fields: [...s.fields], dailyCapacity: null, minutesPerTicket: 10, active: true, sortOrder: i }, caller)
            .id,
      );
      for (const c of DEFAULT_COUNTERS) this.writeCounter({ ...c, serviceIds, active: true }, caller);
      DEFAULT_PRIORITY_CATEGORIES.forEach((name, i) => this.writePriority({ name, active: true, sortOrder: i }, caller));
      stmt(this.db, "INSERT INTO settings (key, value) VALUES ('seededAt', ?)").run(JSON.stringify(this.now().toISOString()));
    });
  }

  getConfig(): MethodOutput<'getConfig'> {
    const services = (stmt(this.db, 'SELECT * FROM services ORDER BY sort_order, name').all() as ServiceRow[]).map(toService);
    const links = stmt(this.db, 'SELECT counter_id, service_id FROM counter_services').all() as {
      counter_id: string;
      service_id: string;
    }[];
    const counters = (
      stmt(this.db, 'SELECT id, number, name, active FROM counters ORDER BY number').all() as {
        id: string;
        number: number;
        name: string;
        active: 0 | 1;
      }[]
    ).map((c) => ({
      id: c.id,
      number: c.number,
      name: c.name,
      active: c.active === 1,
      serviceIds: links.filter((l) => l.counter_id === c.id).map((l) => l.service_id),
    }));
    const priorityCategories = (
      stmt(this.db, 'SELECT id, name, active, sort_order FROM priority_categories ORDER BY sort_order, name').all() as {
        id: string;
        name: string;
        active: 0 | 1;
        sort_order: number;
      }[]
    ).map((p) => ({ id: p.id, name: p.name, active: p.active === 1, sortOrder: p.sort_order }));
    return { services, counters, priorityCategories, settings: this.settings.get() };
  }

  saveService(input: ParsedInput<'saveService'>, caller: Caller): MethodOutput<'saveService'> {
    const service = this.changed(() => this.writeService(input, caller));
    return { service };
  }

  saveCounter(input: ParsedInput<'saveCounter'>, caller: Caller): MethodOutput<'saveCounter'> {
    const counter = this.changed(() => this.writeCounter(input, caller));
    return { counter };
  }

  savePriorityCategory(input: ParsedInput<'savePriorityCategory'>, caller: Caller): MethodOutput<'savePriorityCategory'> {
    const priorityCategory = this.changed(() => this.writePriority(input, caller));
    return { priorityCategory };
  }

  updateSettings(input: ParsedInput<'updateSettings'>, caller: Caller): MethodOutput<'updateSettings'> {
    const settings = this.changed(() => {
      this.settings.write(input);
      const settings = this.settings.get();
      appendOutbox(
        this.db,
        { entity: 'settings', entityId: 'ward', op: 'settings.update@1', payload: input, actor: actorOf(caller) },
        this.now(),
      );
      return settings;
    });
    return { settings };
  }

  private changed<T>(write: () => T): T {
    const result = inTransaction(this.db, write);
    const at = this.now().toISOString();
    this.events.emit('config.changed', { at });
    this.events.emit('board.changed', { at });
    return result;
  }

  private writeService(input: Omit<Service, 'id' | 'sortOrder'> & { id?: string; sortOrder?: number }, caller: Caller): Service {
    const clash = stmt(this.db, 'SELECT code, letter FROM services WHERE (code = ? OR letter = ?) AND id IS NOT ?').get(
      input.code,
      input.letter,
      input.id ?? null,
    ) as { code: string; letter: string } | undefined;
    if (clash) throw new ApiError(clash.code === input.code ? 'duplicate_service_code' : 'duplicate_ticket_letter');
    const id = this.existingOrNew('services', input.id, 'service_not_found');
    const at = this.now().toISOString();
    const values = [
      input.code,
      input.name,
      input.letter,
      JSON.stringify(input.fields),
      input.dailyCapacity,
      input.minutesPerTicket,
      input.active ? 1 : 0,
      input.sortOrder ?? 0,
      at,
      id,
    ];
    stmt(
      this.db,
      `INSERT INTO services (code, name, letter, fields, daily_capacity, minutes_per_ticket, active, sort_order, updated_at, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, letter = excluded.letter, fields = excluded.fields,
         daily_capacity = excluded.daily_capacity, minutes_per_ticket = excluded.minutes_per_ticket, active = excluded.active,
         sort_order = excluded.sort_order, updated_at = excluded.updated_at`,
    ).run(...values);
    const service = toService(stmt(this.db, 'SELECT * FROM services WHERE id = ?').get(id) as ServiceRow);
    appendOutbox(this.db, { entity: 'service', entityId: id, op: 'service.save@1', payload: service, actor: actorOf(caller) }, this.now());
    return service;
  }

  private writeCounter(input: Omit<Counter, 'id'> & { id?: string }, caller: Caller): Counter {
    const clash = stmt(this.db, 'SELECT 1 FROM counters WHERE number = ? AND id IS NOT ?').get(input.number, input.id ?? null);
    if (clash) throw new ApiError('duplicate_counter_number');
    const id = this.existingOrNew('counters', input.id, 'counter_not_found');
    const serviceIds = [...new Set(input.serviceIds)];
    for (const serviceId of serviceIds)
      if (!stmt(this.db, 'SELECT 1 FROM services WHERE id = ?').get(serviceId)) throw new ApiError('service_not_found');
    stmt(
      this.db,
      `INSERT INTO counters (id, number, name, active, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET number = excluded.number, name = excluded.name, active = excluded.active, updated_at = excluded.updated_at`,
    ).run(id, input.number, input.name, input.active ? 1 : 0, this.now().toISOString());
    stmt(this.db, 'DELETE FROM counter_services WHERE counter_id = ?').run(id);
    const link = stmt(this.db, 'INSERT INTO counter_services (counter_id, service_id) VALUES (?, ?)');
    for (const serviceId of serviceIds) link.run(id, serviceId);
    const counter: Counter = { id, number: input.number, name: input.name, serviceIds, active: input.active };
    appendOutbox(this.db, { entity: 'counter', entityId: id, op: 'counter.save@1', payload: counter, actor: actorOf(caller) }, this.now());
    return counter;
  }

  private writePriority(
    input: Omit<PriorityCategory, 'id' | 'sortOrder'> & { id?: string; sortOrder?: number },
    caller: Caller,
  ): PriorityCategory {
    const id = this.existingOrNew('priority_categories', input.id, 'priority_not_found');
    const category: PriorityCategory = { id, name: input.name, active: input.active, sortOrder: input.sortOrder ?? 0 };
    stmt(
      this.db,
      `INSERT INTO priority_categories (id, name, active, sort_order, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, active = excluded.active, sort_order = excluded.sort_order, updated_at = excluded.updated_at`,
    ).run(id, category.name, category.active ? 1 : 0, category.sortOrder, this.now().toISOString());
    appendOutbox(
      this.db,
      { entity: 'priority_category', entityId: id, op: 'priority_category.save@1', payload: category, actor: actorOf(caller) },
      this.now(),
    );
    return category;
  }

  /** An update must name an existing row: an unknown id is an error, never a silent insert. */
  private existingOrNew(
    table: 'services' | 'counters' | 'priority_categories',
    id: string | undefined,
    missing: 'service_not_found' | 'counter_not_found' | 'priority_not_found',
  ): string {
    if (!id) return uuidv7();
    if (!stmt(this.db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw new ApiError(missing);
    return id;
  }
}

function toService(r: ServiceRow): Service {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    letter: r.letter,
    fields: JSON.parse(r.fields) as string[],
    dailyCapacity: r.daily_capacity,
    minutesPerTicket: r.minutes_per_ticket,
    active: r.active === 1,
    sortOrder: r.sort_order,
  };
}
