export function findElectronBinary(
  projectRoot: string,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; executable: string } | { ok: false; reason: string };
