import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { parseMachineConfig } from '../../src/main/machine-config';
import { askSyncState, SYNC_STATE_MESSAGE } from '../../src/main/electron/service-launch';
import { updateAction, updateFeedUrl, type UpdateMoment } from '../../src/main/electron/update-policy';

// When the desktop app updates itself, and from where: decided without Electron, so that the rules a
// ward relies on (never mid-intake, never with work still unsent) are checked here.

const idle: UpdateMoment = { downloaded: true, quitting: false, pendingOutbox: 0, intakeOpen: false };

describe('when a downloaded update is installed', () => {
  it('restarts into it at once while every change is at the city and no intake is open', () => {
    expect(updateAction(idle)).toBe('install_and_restart');
  });

  it('waits while changes are still waiting for the city, or while the service does not say', () => {
    expect(updateAction({ ...idle, pendingOutbox: 3 })).toBe('none');
    expect(updateAction({ ...idle, pendingOutbox: null })).toBe('none');
  });

  it('never restarts in the middle of a dossier intake', () => {
    expect(updateAction({ ...idle, intakeOpen: true })).toBe('none');
  });

  it('installs at quit, whatever was pending: the service has closed the database by then', () => {
    expect(updateAction({ downloaded: true, quitting: true, pendingOutbox: 12, intakeOpen: true })).toBe('install_at_quit');
    expect(updateAction({ ...idle, quitting: true, pendingOutbox: null })).toBe('install_at_quit');
  });

  it('does nothing without a downloaded update', () => {
    expect(updateAction({ ...idle, downloaded: false })).toBe('none');
    expect(updateAction({ ...idle, downloaded: false, quitting: true })).toBe('none');
  });
});

describe('where updates come from', () => {
  it('is the updates folder of the city server the PC is enrolled with', () => {
    expect(updateFeedUrl(undefined, 'http://10.0.0.5:8787')).toBe('http://10.0.0.5:8787/updates/');
    expect(updateFeedUrl({}, 'https://dongbo.example.vn/sync')).toBe('https://dongbo.example.vn/sync/updates/');
    expect(updateFeedUrl({ enabled: true }, 'https://dongbo.example.vn/sync/')).toBe('https://dongbo.example.vn/sync/updates/');
  });

  it('is the feed the machine config names, enrolled or not', () => {
    expect(updateFeedUrl({ feedUrl: 'http://it.phuong.local/motcua/' }, 'http://10.0.0.5:8787')).toBe('http://it.phuong.local/motcua/');
    expect(updateFeedUrl({ feedUrl: 'http://it.phuong.local/motcua/' }, null)).toBe('http://it.phuong.local/motcua/');
  });

  it('is nowhere when the machine config turns updates off, or before enrolment without a named feed', () => {
    expect(updateFeedUrl({ enabled: false }, 'http://10.0.0.5:8787')).toBeNull();
    expect(updateFeedUrl({ enabled: false, feedUrl: 'http://it.phuong.local/motcua/' }, null)).toBeNull();
    expect(updateFeedUrl(undefined, null)).toBeNull();
  });
});

describe('the updates section of the machine config file', () => {
  it('reads updates turned off, or another feed (a folder address, with its final slash)', () => {
    expect(parseMachineConfig('{ "updates": { "enabled": false } }')).toEqual({
      ok: true,
      config: { device: null, setup: null, updates: { enabled: false } },
    });
    expect(parseMachineConfig('{ "updates": { "feedUrl": " https://it.phuong.local/motcua " } }')).toEqual({
      ok: true,
      config: { device: null, setup: null, updates: { feedUrl: 'https://it.phuong.local/motcua/' } },
    });
    const kiosk = parseMachineConfig(
      '{ "device": { "role": "kiosk", "hub": "http://192.168.1.10:7710" }, "updates": { "feedUrl": "http://192.168.1.10:8787/updates/" } }',
    );
    expect(kiosk).toMatchObject({
      ok: true,
      config: { device: { role: 'kiosk' }, updates: { feedUrl: 'http://192.168.1.10:8787/updates/' } },
    });
  });

  it.each([
    ['{ "updates": { "enabled": "no" } }', 'updates.enabled'],
    ['{ "updates": { "feedUrl": "ftp://city/updates/" } }', 'updates.feedUrl'],
    ['{ "updates": { "feedUrl": "https://it:secret@city/updates/" } }', 'updates.feedUrl'],
    ['{ "updates": { "feedUrl": "city/updates" } }', 'updates.feedUrl'],
    ['{ "updates": { "url": "https://city/updates/" } }', 'updates.url'],
    ['{ "updates": false }', 'updates'],
  ])('refuses %s, naming the field', (text, field) => {
    const read = parseMachineConfig(text);
    expect(read).toMatchObject({ ok: false, field });
  });
});

class FakeService extends EventEmitter {
  posted: unknown[] = [];
  answer: ((message: unknown) => unknown) | null = null;
  postMessage(message: unknown): void {
    this.posted.push(message);
    const reply = this.answer?.(message);
    if (reply !== undefined) setImmediate(() => this.emit('message', reply));
  }
  kill(): boolean {
    return true;
  }
}

describe('asking the ward service before an update', () => {
  it('gets the changes still unsent and the city address', async () => {
    const service = new FakeService();
    service.answer = () => ({ type: SYNC_STATE_MESSAGE, pendingOutbox: 4, cityUrl: 'http://10.0.0.5:8787' });
    await expect(askSyncState(service, 1000)).resolves.toEqual({ pendingOutbox: 4, cityUrl: 'http://10.0.0.5:8787' });
    expect(service.posted).toEqual([{ type: SYNC_STATE_MESSAGE }]);
    expect(service.listenerCount('message')).toBe(0);
  });

  it('takes no answer when the service is silent or answers something else', async () => {
    const silent = new FakeService();
    await expect(askSyncState(silent, 20)).resolves.toBeNull();
    const garbled = new FakeService();
    garbled.answer = () => ({ type: SYNC_STATE_MESSAGE, pendingOutbox: -1, cityUrl: null });
    await expect(askSyncState(garbled, 50)).resolves.toBeNull();
    expect(garbled.listenerCount('message')).toBe(0);
  });
});
