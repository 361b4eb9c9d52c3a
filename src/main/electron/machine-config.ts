import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AppPath } from './service-origin';
import { UpdatesSection } from './update-policy';

// The machine-wide configuration file IT drops on a PC before or after installing: one file for every
// user of the PC, outside the install folder so that a reinstall or an update keeps it. Without the
// file the app starts as today's counter PC with its own ward service.

export const MACHINE_CONFIG_ENV = 'MOTCUA_MACHINE_CONFIG';

/** The documented place per OS (README, "Kiosk and display PCs"); the variable is for tests and odd setups. */
export function machineConfigPath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  const override = env[MACHINE_CONFIG_ENV];
  if (override) return override;
  if (platform === 'win32') return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'MotCua', 'config.json');
  if (platform === 'darwin') return '/Library/Application Support/MotCua/config.json';
  return '/etc/motcua/config.json';
}

const hubUrl = z
  .string()
  .trim()
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.username === '' &&
      url.password === '' &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === ''
    );
  }, 'must be the counter PC address alone, like http://192.168.1.10:7710')
  .transform((value) => new URL(value).origin);

const machineConfigSchema = z.strictObject({
  device: z
    .strictObject({
      role: z.enum(['kiosk', 'display']),
      hub: hubUrl,
    })
    .optional(),
  updates: UpdatesSection.optional(),
});

export type DeviceRole = 'kiosk' | 'display';

/** A PC that only shows one page of another PC's ward service. */
export interface DeviceSetup {
  role: DeviceRole;
  /** Origin of the ward service on the counter PC; the only origin the window may show or trust. */
  hubOrigin: string;
  page: AppPath;
}

export type MachineConfig = { device: DeviceSetup | null; updates?: UpdatesSection };

export type ParsedMachineConfig = { ok: true; config: MachineConfig } | { ok: false; field: string; error: string };

const NO_FILE: MachineConfig = { device: null };

/** `text` is null when there is no file. A bad file changes nothing: the caller stops and says why. */
export function parseMachineConfig(text: string | null): ParsedMachineConfig {
  if (text === null) return { ok: true, config: NO_FILE };
  let json: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, field: '', error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = machineConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = [...issue.path, ...keys.slice(0, 1)].join('.');
    return { ok: false, field, error: issue.message };
  }
  const device = parsed.data.device;
  return {
    ok: true,
    config: {
      device: device ? { role: device.role, hubOrigin: device.hub, page: device.role === 'kiosk' ? '/kiosk' : '/display' } : null,
      ...(parsed.data.updates ? { updates: parsed.data.updates } : {}),
    },
  };
}

/** A missing file is no configuration; one that cannot be read is an error, like a malformed one. */
export function readMachineConfig(file: string): ParsedMachineConfig {
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { ok: false, field: '', error: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
    }
    text = null;
  }
  return parseMachineConfig(text);
}
