import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { minimatch } from 'minimatch';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import mainBuild from '../../vite.main.config';
import preloadBuild from '../../vite.preload.config';
import rendererBuild from '../../vite.renderer.config';
import * as hooks from '../../packaging/hooks.mjs';
import { UPDATES_PATH } from '../../src/city/http/server';

// The installers cannot be built here (no Electron binary, no NSIS): this checks what can go wrong in
// electron-builder.yml without them. Build-independent on purpose: the `files` patterns are checked
// against the files `npm run build` is configured to write (the Vite configs), not against a dist/ that
// may be missing or stale.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface BuilderConfig {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  beforePack: string;
  afterPack: string;
  extraResources: { from: string; to: string; filter: string[] }[];
  win: { target: { target: string; arch: string[] }[] };
  nsis: Record<string, unknown>;
  linux: { target: string[] };
  publish: { provider: string; url: string }[];
}

interface Manifest {
  main: string;
  engines: { node: string };
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

interface LockFile {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
const manifest = readJson<Manifest>('package.json');
const toolchain = readJson<Manifest>('packaging/package.json');
const toolchainLock = readJson<LockFile>('packaging/package-lock.json');
const PACKAGING_TOOLS = ['electron-builder', '@electron/rebuild', '@electron/fuses'];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** What `npm run build` writes that the packaged shell starts from. */
function builtEntries(): string[] {
  const entryNames = (input: unknown): string[] => Object.keys(input as Record<string, string>);
  const main = mainBuild.build!;
  const preload = preloadBuild.build!;
  const rendererOut = path.relative(root, path.resolve(root, rendererBuild.root!, rendererBuild.build!.outDir!));
  return [
    ...entryNames(main.rollupOptions!.input).map((name) => `${main.outDir}/${name}.js`),
    ...entryNames(preload.rollupOptions!.input).map((name) => `${preload.outDir}/${name}.cjs`),
    `${rendererOut.split(path.sep).join('/')}/index.html`,
  ];
}

/** electron-builder's rule: the last pattern that matches a file decides, `!` excludes. */
function packaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

describe('electron-builder configuration', () => {
  it('builds an NSIS installer for Windows and an AppImage and a deb for Linux', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect([...config.linux.target].sort()).toEqual(['AppImage', 'deb']);
  });

  it('installs per user in one click and never deletes the ward database on uninstall', () => {
    expect(config.nsis.oneClick).toBe(true);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('packages every file the shell starts from, and the files the build writes', () => {
    const entries = builtEntries();
    expect(entries).toContain(manifest.main);
    expect(entries).toContain('dist/preload/preload.cjs');
    for (const entry of entries) expect(packaged(entry), entry).toBe(true);
    expect(packaged('package.json')).toBe(true);
    expect(packaged('node_modules/better-sqlite3/lib/index.js')).toBe(true);
    expect(packaged('dist/main/electron.js.map')).toBe(false);
    expect(packaged('packaging/hooks.mjs')).toBe(false);
    expect(packaged('src/main/electron/main.ts')).toBe(false);
  });

  it('has no files pattern that matches nothing', () => {
    const candidates = [...builtEntries(), 'package.json', ...filesUnder('node_modules/better-sqlite3')];
    for (const pattern of config.files.filter((p) => !p.startsWith('!'))) {
      expect(
        candidates.some((file) => minimatch(file, pattern, { dot: true })),
        pattern,
      ).toBe(true);
    }
  });

  it('keeps the native SQLite addon out of the asar archive', () => {
    expect(config.asar).toBe(true);
    const addons = filesUnder('node_modules/better-sqlite3').filter((file) => file.endsWith('.node'));
    expect(addons).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    for (const pattern of config.asarUnpack) {
      expect(
        addons.some((file) => minimatch(file, pattern, { dot: true })),
        pattern,
      ).toBe(true);
    }
    for (const addon of addons) expect(config.asarUnpack.some((pattern) => minimatch(addon, pattern, { dot: true }))).toBe(true);
  });

  it('publishes to a generic feed below the city server, the folder the city serves at /updates/', () => {
    expect(config.publish).toEqual([{ provider: 'generic', url: '${env.MOTCUA_CITY_URL}/updates/' }]);
    expect(UPDATES_PATH).toBe('/updates/');
    // The app loads the updater itself (src/main/electron/updates.ts): it must be packaged with it.
    expect(semver.valid(manifest.dependencies?.['electron-updater'])).not.toBeNull();
  });

  it('ships an updater that, with what it installs, accepts the Node the app runs on', () => {
    const lock = readJson<LockFile & { packages: Record<string, { dependencies?: Record<string, string> }> }>('package-lock.json');
    const updater = lock.packages['node_modules/electron-updater']!;
    expect(updater.version).toBe(manifest.dependencies?.['electron-updater']);
    const lowest = semver.minVersion(manifest.engines.node)!.version;
    for (const name of ['electron-updater', ...Object.keys(updater.dependencies ?? {})]) {
      const entry = lock.packages[`node_modules/electron-updater/node_modules/${name}`] ?? lock.packages[`node_modules/${name}`]!;
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (range !== undefined) expect(semver.satisfies(lowest, range), `${name}@${entry.version}: ${range}`).toBe(true);
    }
  });

  it('ships the resources folder with its catalogue, fonts and public files', () => {
    for (const resource of config.extraResources) {
      const shipped = filesUnder(resource.from).filter((file) =>
        resource.filter.some((pattern) => minimatch(path.posix.relative(resource.from, file), pattern, { dot: true })),
      );
      expect(shipped.some((file) => file.startsWith(`${resource.from}/catalogue/`))).toBe(true);
      expect(shipped.some((file) => file.startsWith(`${resource.from}/fonts/`))).toBe(true);
    }
  });
});

describe('native rebuild and fuses at packaging time only', () => {
  it('rebuilds better-sqlite3 for Electron in the hooks, never at install', () => {
    expect(config.npmRebuild).toBe(false);
    expect(hooks.ELECTRON_NATIVE_MODULES).toEqual(['better-sqlite3']);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[script]).toBeUndefined();
  });

  it('points both hooks at a file that loads and exports them under the names electron-builder looks up', () => {
    expect(config.beforePack).toBe('./packaging/hooks.mjs');
    expect(config.afterPack).toBe('./packaging/hooks.mjs');
    expect(existsSync(path.join(root, config.beforePack))).toBe(true);
    expect(typeof hooks.beforePack).toBe('function');
    expect(typeof hooks.afterPack).toBe('function');
  });

  it('keeps the Node build aside from the very file the rebuild overwrites', () => {
    const kept = hooks.nodeBuildBackup(root, path.join(root, 'release'));
    expect(existsSync(kept.binary)).toBe(true);
    expect(path.relative(root, kept.backup).startsWith(`release${path.sep}`)).toBe(true);
  });

  it('flips the fuses that stop code injection and loading anything but the app archive', () => {
    expect(hooks.FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
    });
  });
});

describe('packaging toolchain', () => {
  it('is not installed with the app, so npm install on Node 20 warns about none of its tools', () => {
    const appPackages = { ...manifest.dependencies, ...manifest.devDependencies };
    for (const tool of PACKAGING_TOOLS) expect(appPackages[tool], tool).toBeUndefined();
    const appLock = readJson<LockFile>('package-lock.json');
    for (const tool of PACKAGING_TOOLS) expect(appLock.packages[`node_modules/${tool}`], tool).toBeUndefined();
  });

  it('pins each tool to an exact version', () => {
    expect(Object.keys(toolchain.devDependencies ?? {}).sort()).toEqual([...PACKAGING_TOOLS].sort());
    for (const version of Object.values(toolchain.devDependencies ?? {})) expect(semver.valid(version), version).not.toBeNull();
  });

  it('declares a Node range that every package it installs accepts', () => {
    const declared = toolchain.engines.node;
    const refused = Object.entries(toolchainLock.packages).filter(([, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range !== undefined && !semver.subset(declared, range);
    });
    expect(refused.map(([name, entry]) => `${name}@${entry.version}`)).toEqual([]);
    expect(semver.minVersion(declared)?.version).toBe('22.12.0');
  });
});
