import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'motcua-electron-'));
  writeFileSync(path.join(root, 'package.json'), '{"name":"fixture","private":true}');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function fakeElectronPackage(): string {
  const dir = path.join(root, 'node_modules', 'electron');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"electron","version":"45.4.1","main":"index.js"}');
  // Loading the real index.js starts a download: the detection must never run it.
  writeFileSync(path.join(dir, 'index.js'), 'throw new Error("index.js must not be loaded")');
  return dir;
}

function fakeExecutable(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
}

describe('Electron binary detection', () => {
  it('reports the electron package missing', () => {
    const found = findElectronBinary(root, {});
    expect(found).toEqual({ ok: false, reason: expect.stringContaining('not in node_modules') });
  });

  it('reports a download that never happened (no path.txt)', () => {
    fakeElectronPackage();
    const found = findElectronBinary(root, {});
    expect(found.ok).toBe(false);
    expect(!found.ok && found.reason).toContain('path.txt is missing');
  });

  it('reports path.txt pointing at a binary that is not there', () => {
    const dir = fakeElectronPackage();
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    const found = findElectronBinary(root, {});
    expect(found.ok).toBe(false);
    expect(!found.ok && found.reason).toContain(path.join(dir, 'dist', 'electron'));
  });

  it('finds the binary path.txt names inside dist', () => {
    const dir = fakeElectronPackage();
    writeFileSync(path.join(dir, 'path.txt'), 'electron.exe');
    fakeExecutable(path.join(dir, 'dist', 'electron.exe'));
    expect(findElectronBinary(root, {})).toEqual({ ok: true, executable: path.join(dir, 'dist', 'electron.exe') });
  });

  it('does not take a folder for the binary', () => {
    const dir = fakeElectronPackage();
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    mkdirSync(path.join(dir, 'dist', 'electron'), { recursive: true });
    expect(findElectronBinary(root, {}).ok).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    fakeElectronPackage();
    const custom = path.join(root, 'custom-electron');
    fakeExecutable(path.join(custom, 'electron'));
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: custom })).toEqual({
      ok: true,
      executable: path.join(custom, 'electron'),
    });
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'nowhere') }).ok).toBe(false);
  });
});
