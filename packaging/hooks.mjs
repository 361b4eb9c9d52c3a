import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

// electron-builder hooks (electron-builder.yml: beforePack, afterPack). They run inside electron-builder
// on the Node 22 packaging toolchain; the tools are imported inside the hooks so that loading this file
// needs none of them (the configuration test loads it on the project's Node 20).

/** Native modules rebuilt for Electron's ABI at packaging time, and only then. */
export const ELECTRON_NATIVE_MODULES = ['better-sqlite3'];

/**
 * Fuses flipped in the packaged Electron binary, by @electron/fuses option name: no way to run it as a
 * plain Node, no NODE_OPTIONS or --inspect to inject code, and only the signed-off app.asar may load.
 */
export const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
};

/**
 * Where better-sqlite3's Node build is kept while the Electron build is being packed: the tests and
 * `npm run serve` run on plain Node and must find the project's node_modules as they left it.
 * @param {string} projectDir
 * @param {string} outDir
 */
export function nodeBuildBackup(projectDir, outDir) {
  return {
    binary: path.join(projectDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    backup: path.join(outDir, '.node-build', 'better_sqlite3.node'),
  };
}

/** @param {import('app-builder-lib').BeforePackContext} context */
export async function beforePack(context) {
  const { rebuild } = await import('@electron/rebuild');
  const { Arch } = await import('electron-builder');
  const { projectDir } = context.packager;
  const kept = nodeBuildBackup(projectDir, context.outDir);
  await mkdir(path.dirname(kept.backup), { recursive: true });
  await copyFile(kept.binary, kept.backup);
  await rebuild({
    buildPath: projectDir,
    electronVersion: context.packager.info.framework.version,
    arch: Arch[context.arch],
    platform: context.electronPlatformName,
    onlyModules: ELECTRON_NATIVE_MODULES,
    force: true,
  });
}

/** @param {import('app-builder-lib').AfterPackContext} context */
export async function afterPack(context) {
  const kept = nodeBuildBackup(context.packager.projectDir, context.outDir);
  await copyFile(kept.backup, kept.binary);
  const { FuseVersion, FuseV1Options } = await import('@electron/fuses');
  /** @type {Record<string | number, unknown>} */
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' };
  for (const [name, value] of Object.entries(FUSES)) {
    const fuse = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    if (fuse === undefined) throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[fuse] = value;
  }
  // Through the packager, which knows the executable's name on each platform; it runs before signing.
  await context.packager.addElectronFuses(context, /** @type {never} */ (config));
}
