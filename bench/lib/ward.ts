import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_CALLER } from '../../src/main/service/caller';
import { IN_PROCESS } from '../../tests/support/in-process';
import { adminSession, fetchPost } from '../../tests/support/test-admin';
import { startWardService, type RunningWardService } from '../../src/main/service/start';
import type { MethodInput } from '../../src/shared/api/contract';
import { ApiClient } from './api-client';

/** A ward service on its own data directory and a free port, with a kept-alive client. */
export interface BenchWard {
  service: RunningWardService;
  api: ApiClient;
  serviceIds: string[];
  priorityIds: string[];
  close(): Promise<void>;
}

export async function startBenchWard(root: string, name: string): Promise<BenchWard> {
  const dataDir = path.join(root, name);
  // An empty static dir: the bench needs the API only, never a renderer build.
  const staticDir = path.join(root, `${name}-static`);
  fs.mkdirSync(staticDir, { recursive: true });
  const service = await startWardService({ dataDir, port: 0, staticDir });
  // Every call as a counter makes it: with a clerk signed in, so the session check is inside the figures.
  const session = await adminSession(fetchPost(`http://127.0.0.1:${service.port}`), service.token);
  const api = new ApiClient(service.port, session);
  const config = await api.call('getConfig', {});
  return {
    service,
    api,
    serviceIds: config.services.filter((s) => s.active).map((s) => s.id),
    priorityIds: config.priorityCategories.filter((p) => p.active).map((p) => p.id),
    async close() {
      api.close();
      await service.close();
    },
  };
}

/** Counters 1..count, each serving every service, set up through the API as the head of the point would. */
export async function configureCounters(ward: BenchWard, count: number): Promise<void> {
  const existing = (await ward.api.call('getConfig', {})).counters;
  for (let number = 1; number <= count; number++) {
    const id = existing.find((c) => c.number === number)?.id;
    await ward.api.call('saveCounter', {
      ...(id ? { id } : {}),
      number,
      name: `Quầy ${number}`,
      serviceIds: ward.serviceIds,
      active: true,
    });
  }
}

/** The i-th ticket of a day: services in turn, one in ten with a priority category. */
export function ticketInput(ward: BenchWard, i: number): MethodInput<'issueTicket'> {
  const serviceId = ward.serviceIds[i % ward.serviceIds.length]!;
  const priorityCategoryId = i % 10 === 9 ? ward.priorityIds[i % ward.priorityIds.length]! : null;
  return { serviceId, priorityCategoryId };
}

/**
 * Puts `count` tickets in the queue in-process and in one transaction (the service's own
 * transactions nest as savepoints): the queue-length figures need a long queue, not the time to
 * fsync ten thousand commits.
 */
export function seedWaiting(ward: BenchWard, count: number, offset = 0): void {
  const { db, handlers } = ward.service.ward;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const input = ticketInput(ward, offset + i);
      handlers.issueTicket({ serviceId: input.serviceId, priorityCategoryId: input.priorityCategoryId ?? null }, LOCAL_CALLER, IN_PROCESS);
    }
  })();
}
