// The ward's name as citizens and clerks read it (kiosk, board, ticket, slips, the day-close report): generic on a new PC,
// the city's name once enrolled, and a name the head typed over both.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { unnamedWard } from '../../src/shared/i18n/vi/config';
import { serviceIdByLetter } from '../support/ward-queries';
import { startFakeCity, type FakeCity } from '../sync/fake-city';
import { enrol, syncWard, type SyncWard } from '../sync/sync-harness';

let fake: FakeCity;
let w: SyncWard;
beforeEach(async () => {
  fake = await startFakeCity();
  w = syncWard();
});
afterEach(async () => {
  w.close();
  await fake.close();
});

function ticketHtml(): string {
  const { ticket } = w.call('issueTicket', { serviceId: serviceIdByLetter(w.ward, 'A') });
  return w.call('renderTicketDocument', { ticketId: ticket.id }).html;
}

it('shows the enrolled ward on board and ticket, and a name the head set over it until cleared', async () => {
  expect(w.call('getBoard', {}).wardName).toBe(unnamedWard);
  expect(ticketHtml()).toContain(unnamedWard);

  // As an older version stored it whenever the ward form was saved: not a name anyone chose.
  w.call('updateSettings', { wardName: unnamedWard });
  await enrol(w, fake.url, 'ABCD-1234');
  expect(w.call('getBoard', {}).wardName).toBe('Phường thử');
  expect(ticketHtml()).toContain('Phường thử');
  expect(w.call('renderSampleTicketDocument', {}).html).toContain('Phường thử');
  expect(w.call('getDaySummary', {}).wardName).toBe('Phường thử');

  w.call('updateSettings', { wardName: 'UBND phường Thử — Bộ phận một cửa' });
  expect(w.call('getBoard', {}).wardName).toBe('UBND phường Thử — Bộ phận một cửa');
  expect(ticketHtml()).toContain('UBND phường Thử — Bộ phận một cửa');

  // Saving the other ward settings keeps the head's name; an empty name hands it back to the city's.
  w.call('updateSettings', { announceRepeat: 3 });
  expect(w.call('getBoard', {}).wardName).toBe('UBND phường Thử — Bộ phận một cửa');
  expect(w.call('updateSettings', { wardName: '  ' }).settings.wardName).toBe('');
  expect(w.call('getBoard', {}).wardName).toBe('Phường thử');
  w = w.reopen();
  expect(w.call('getBoard', {}).wardName).toBe('Phường thử');
});
