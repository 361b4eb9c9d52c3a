import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFirstAdminFile } from '../../src/main/service/accounts/first-admin-file';
import { startWardService, type RunningWardService } from '../../src/main/service/start';
import { fetchPost } from '../support/test-admin';
import { tempDir } from '../support/ward-fixture';

// A silent install carries the first administrator in a file instead of the first page's form.

vi.setConfig({ testTimeout: 60_000 });

const running: RunningWardService[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) await service.close();
});

function write(dir: string, content: string): string {
  const file = path.join(dir, 'setup.json');
  fs.writeFileSync(file, content);
  return file;
}

describe('the first administrator from a set-up file', () => {
  it('is created on an empty data folder, must choose a new secret, and a later start with another file changes nothing', async () => {
    const dir = tempDir();
    const start = async (firstAdmin: { username: string; fullName: string; secret: string }) => {
      const service = await startWardService({ dataDir: dir, port: 0, staticDir: path.join(dir, 'none'), firstAdmin });
      running.push(service);
      return service;
    };
    const first = await start({ username: 'it.phuong', fullName: 'Cán bộ CNTT', secret: 'Tam-thoi-123' });
    const post = fetchPost(`http://127.0.0.1:${first.port}`);
    expect(((await post('whoAmI', {}, first.token)).body as { needsFirstAdmin: boolean }).needsFirstAdmin).toBe(false);
    const signIn = await post('signIn', { username: 'it.phuong', secret: 'Tam-thoi-123' }, first.token);
    expect((signIn.body as { session: unknown }).session).toMatchObject({ clerk: { role: 'admin' }, mustChangeSecret: true });
    await running.pop()!.close();
    const second = await start({ username: 'ke.gian', fullName: 'Kẻ gian', secret: '000000' });
    const other = await fetchPost(`http://127.0.0.1:${second.port}`)('signIn', { username: 'ke.gian', secret: '000000' }, second.token);
    expect(other.status).toBe(401);
  });

  it('reads the file, with or without a byte-order mark, and names what is wrong without the secret', () => {
    const dir = tempDir();
    const good = { firstAdmin: { username: 'IT.Phuong', fullName: ' Cán bộ CNTT ', secret: 'Tam-thoi-123' } };
    expect(readFirstAdminFile(write(dir, JSON.stringify(good)))).toEqual({
      username: 'it.phuong',
      fullName: 'Cán bộ CNTT',
      secret: 'Tam-thoi-123',
    });
    expect(readFirstAdminFile(write(dir, `\uFEFF${JSON.stringify(good)}`)).username).toBe('it.phuong');
    const short = write(dir, JSON.stringify({ firstAdmin: { ...good.firstAdmin, secret: '12345' } }));
    expect(() => readFirstAdminFile(short)).toThrow(`${short}: firstAdmin.secret is not valid (too_small)`);
    expect(() => readFirstAdminFile(short)).not.toThrow(/12345/);
    expect(() => readFirstAdminFile(write(dir, '{"firstAdmin": '))).toThrow(/not a readable JSON file \(invalid JSON\)/);
    expect(() => readFirstAdminFile(path.join(dir, 'missing.json'))).toThrow(/not a readable JSON file \(ENOENT\)/);
    expect(() => readFirstAdminFile(write(dir, JSON.stringify({ ...good, extra: 1 })))).toThrow(
      /\(root\) is not valid \(unrecognized_keys\)/,
    );
  });
});
