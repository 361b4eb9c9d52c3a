import { intake, requestId } from '../dossiers/dossier-setup';
import { openCounters } from './queue-setup';
import type { TestWardService } from './test-ward-service';

/**
 * Puts something in every table of a fresh ward service (tickets, a priority, a call, a paired kiosk,
 * a dossier with a step), so that a test asserting "the database is unchanged" asserts something.
 */
export async function fillEveryTable(service: TestWardService): Promise<void> {
  const { client, token } = service;
  const floor = await openCounters(client, token, 2);
  for (const [i, s] of floor.services.entries())
    await client.ok('issueTicket', { serviceId: s.id, priorityCategoryId: i === 0 ? floor.priorities[0]!.id : null }, token);
  await client.ok('callNext', { counterNumber: 1 }, token);
  const { code } = await client.ok('createPairingCode', { role: 'kiosk', deviceName: 'Kiosk sảnh' }, token);
  await client.ok('pairDevice', { code }, null);
  await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 }, token);
  const { dossier } = await client.ok('createDossier', intake(), token);
  await client.ok('recordDossierStep', { requestId: requestId(), dossierId: dossier.id, step: 'transfer' }, token);
}
