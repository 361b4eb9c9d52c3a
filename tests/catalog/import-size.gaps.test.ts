// A whole province's catalogue is one request of several megabytes: the service reads a body that large
// for the two import methods only. From mutation run 30: the limit is a module constant that only the
// HTTP integration tests reached.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWardService, type RunningWardService } from '../../src/main/service/start';
import { rawRequest } from '../support/http-client';
import { adminSession, fetchPost } from '../support/test-admin';
import { tempDir } from '../support/ward-fixture';

const running: RunningWardService[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) await service.close();
});

const post = (service: RunningWardService, token: string, method: string, body: string) =>
  rawRequest(`http://127.0.0.1:${service.port}`, {
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  }).then((response) => response.status);

describe('the size of a request', () => {
  it('takes an import file of several megabytes, and keeps the small limit for every other method', async () => {
    const dataDir = tempDir();
    const service = await startWardService({ dataDir, port: 0, staticDir: path.join(dataDir, 'no-renderer') });
    running.push(service);
    const token = await adminSession(fetchPost(`http://127.0.0.1:${service.port}`), service.token);
    // 3 MB of Vietnamese text: about 4 MB on the wire, under the 16 MiB the import methods read.
    const text = 'id,name\r\n' + 'Đăng ký khai sinh cho trẻ em, '.repeat(100_000);
    expect(await post(service, token, 'previewCatalogueImport', JSON.stringify({ format: 'csv', text }))).toBe(200);
    expect(await post(service, token, 'saveCounter', JSON.stringify({ number: 1, name: text }))).toBe(413);
  }, 30_000);
});
