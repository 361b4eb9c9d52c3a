import { spawn } from 'node:child_process';
import console from 'node:console';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

// `npm start`: runs the built app in Electron when its binary is installed. Never imports
// 'electron', which would try to download the binary.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const found = findElectronBinary(projectRoot, process.env);

if (!found.ok) {
  console.error(
    [
      `The Electron binary is not installed on this machine (${found.reason}).`,
      'Run `npm run serve` to use the same app in a web browser, or install Electron with `npx install-electron`.',
      '',
      `Máy này chưa cài đặt Electron (${found.reason}).`,
      'Hãy chạy `npm run serve` để dùng chính ứng dụng này trong trình duyệt web, hoặc cài Electron bằng `npx install-electron`.',
    ].join('\n'),
  );
  process.exit(1);
}

if (sqliteBuiltForThisNode()) {
  console.warn(
    `Warning: better-sqlite3 is compiled for Node ${process.version} (ABI ${process.versions.modules}), not for Electron, so the ward service will fail to start.\n` +
      'Rebuild it for Electron with `npx @electron/rebuild -f -w better-sqlite3` (and `npm rebuild better-sqlite3` before `npm run serve` or the tests).',
  );
}

// ELECTRON_RUN_AS_NODE left over in the environment would start a bare Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(found.executable, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`Could not start Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

/** A native module that loads in this Node is built for this Node's ABI, which is never Electron's. */
function sqliteBuiltForThisNode() {
  try {
    const Database = createRequire(path.join(projectRoot, 'package.json'))('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}
