import type { MethodOutput } from '../../../shared/api/contract';
import type { Service } from '../../../shared/api/schemas';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
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

export function serviceRowById(db: Db, id: string): Service {
  return toService(stmt(db, 'SELECT * FROM services WHERE id = ?').get(id) as ServiceRow);
}

export function readConfig(db: Db, settings: SettingsStore): MethodOutput<'getConfig'> {
  const services = (stmt(db, 'SELECT * FROM services ORDER BY sort_order, name').all() as ServiceRow[]).map(toService);
  const links = stmt(db, 'SELECT counter_id, service_id FROM counter_services').all() as { counter_id: string; service_id: string }[];
  const counters = (
    stmt(db, 'SELECT id, number, name, active FROM counters ORDER BY number').all() as {
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
    stmt(db, 'SELECT id, name, active, sort_order FROM priority_categories ORDER BY sort_order, name').all() as {
      id: string;
      name: string;
      active: 0 | 1;
      sort_order: number;
    }[]
  ).map((p) => ({ id: p.id, name: p.name, active: p.active === 1, sortOrder: p.sort_order }));
  return { services, counters, priorityCategories, settings: settings.get(db) };
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
