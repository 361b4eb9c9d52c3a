import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Where the Electron executable is, found the way node_modules/electron/index.js finds it but
// without loading that file: loading it starts a download when the binary is missing.

/**
 * @param {string} projectRoot folder holding package.json and node_modules
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {{ ok: true, executable: string } | { ok: false, reason: string }}
 */
export function findElectronBinary(projectRoot, env) {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not in node_modules' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let executable;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  } else if (relative) {
    executable = path.join(packageDir, 'dist', relative);
  } else {
    return { ok: false, reason: `${pathFile} is missing: the Electron binary was never downloaded` };
  }
  if (!isFile(executable)) return { ok: false, reason: `${executable} does not exist` };
  return { ok: true, executable };
}

/** @param {string} file */
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
