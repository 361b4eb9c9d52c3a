import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWardService } from '../src/main/service/start';
import { adminSession, fetchPost, TEST_ADMIN } from '../tests/support/test-admin';
import { ms, Samples } from './lib/stats';

// Signing in costs one scrypt run (N = 2^15, r = 8, p = 1: src/main/service/accounts/secret-hash.ts),
// slow on purpose so that a stolen database costs a guesser as much per try. Measured over HTTP as a
// counter signs in; the session check on every later request is measured inside queue.bench.ts, whose
// calls all carry a signed-in session.

const SIGN_INS = 40;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-sign-in-'));
const staticDir = path.join(root, 'static');
fs.mkdirSync(staticDir);
const service = await startWardService({ dataDir: path.join(root, 'data'), port: 0, staticDir });
const post = fetchPost(`http://127.0.0.1:${service.port}`);
try {
  await adminSession(post, service.token);
  const samples = new Samples();
  for (let i = 0; i < SIGN_INS; i++) {
    await samples.time(async () => {
      const answer = await post('signIn', { username: TEST_ADMIN.username, secret: TEST_ADMIN.secret }, service.token);
      if (answer.status !== 200) throw new Error(`signIn answered ${answer.status}`);
    });
  }
  console.log('## Sign-in\n');
  console.log(`${SIGN_INS} sign-ins over HTTP, one after another: p50 ${ms(samples.p50)} ms, p99 ${ms(samples.p99)} ms.`);
} finally {
  await service.close();
  fs.rmSync(root, { recursive: true, force: true });
}
