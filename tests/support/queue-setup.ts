import type { Counter, PriorityCategory, Service } from '../../src/shared/api/schemas';
import type { ApiClient } from './http-client';

export interface Floor {
  services: Service[];
  counters: Counter[];
  priorities: PriorityCategory[];
}

/** Counters 1..count, each serving every active service of the seeded catalogue. */
export async function openCounters(client: ApiClient, token: string, count: number): Promise<Floor> {
  const config = await client.ok('getConfig', {}, token);
  const services = config.services.filter((s) => s.active);
  const serviceIds = services.map((s) => s.id);
  const counters: Counter[] = [];
  for (let number = 1; number <= count; number++) {
    const existing = config.counters.find((c) => c.number === number);
    const { counter } = await client.ok(
      'saveCounter',
      { ...(existing ? { id: existing.id } : {}), number, name: `Quầy ${number}`, serviceIds, active: true },
      token,
    );
    counters.push(counter);
  }
  return { services, counters, priorities: config.priorityCategories.filter((p) => p.active) };
}
