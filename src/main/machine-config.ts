import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CounterNumber, Text } from '../shared/api/schemas';
import { ServiceCode, type SetupPrefill } from '../shared/api/setup';
import { CityUrl, EnrolCode } from '../shared/api/sync';
import { UnitCode } from '../shared/dossier-code/dossier-code';
import type { AppPath } from './electron/service-origin';
import { UpdatesSection } from './electron/update-policy';

// The machine-wide configuration file IT drops on a PC before or after installing: one file for every
// user of the PC, outside the install folder so that a reinstall or an update keeps it. Without the
// file the app starts as a hub PC with its own ward service and asks its set-up in the wizard. The
// shell reads it for the PC's role; the ward service reads the same file for its `setup` section.

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
  }, 'must be the hub PC address alone, like http://192.168.1.10:7710')
  .transform((value) => new URL(value).origin);

export const DEVICE_ROLES = ['counter', 'kiosk', 'display'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

/** The PC joins a hub: no database of its own, only the hub's page for its role. */
export const deviceSchema = z.strictObject({ role: z.enum(DEVICE_ROLES), hub: hubUrl });

/** A silent install's answers to the wizard; `skipWizard` applies them at the first start without asking. */
const setupSchema = z.strictObject({
  skipWizard: z.boolean().default(false),
  ward: z.strictObject({ name: Text(200), unitCode: UnitCode.optional() }).optional(),
  counter: z.strictObject({ number: CounterNumber, name: Text(100), services: z.array(ServiceCode).min(1).max(100).optional() }).optional(),
  printers: z.strictObject({ ticket: Text(200).optional(), document: Text(200).optional() }).optional(),
  city: z.strictObject({ url: CityUrl, enrolmentCode: EnrolCode }).optional(),
});
export type MachineSetup = z.infer<typeof setupSchema>;

const machineConfigSchema = z
  .strictObject({ device: deviceSchema.optional(), setup: setupSchema.optional(), updates: UpdatesSection.optional() })
  .refine((config) => !(config.device && config.setup), {
    path: ['setup'],
    message: 'a PC that joins a hub has no ward service to set up: remove "setup" or "device"',
  });

const ROLE_PAGES: Record<DeviceRole, AppPath> = { counter: '/', kiosk: '/kiosk', display: '/display' };

/** A PC that only shows one page of the hub PC's ward service. */
export interface DeviceSetup {
  role: DeviceRole;
  /** Origin of the ward service on the hub PC; the only origin the window may show or trust. */
  hubOrigin: string;
  page: AppPath;
}

export function deviceSetup(device: z.infer<typeof deviceSchema>): DeviceSetup {
  return { role: device.role, hubOrigin: device.hub, page: ROLE_PAGES[device.role] };
}

export type MachineConfig = { device: DeviceSetup | null; setup: MachineSetup | null; updates?: UpdatesSection };

export type ParsedMachineConfig = { ok: true; config: MachineConfig } | { ok: false; field: string; error: string };

const NO_FILE: MachineConfig = { device: null, setup: null };

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
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) };
  const { device, setup, updates } = parsed.data;
  return {
    ok: true,
    config: { device: device ? deviceSetup(device) : null, setup: setup ?? null, ...(updates ? { updates } : {}) },
  };
}

/** The field to fix, as a dotted path into the file, and why. */
export function firstIssue(error: z.ZodError): { field: string; error: string } {
  const issue = error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  return { field: [...issue.path, ...keys.slice(0, 1)].join('.'), error: issue.message };
}

/** What the wizard shows already filled in; the admin may still change it. */
export function setupPrefill(setup: MachineSetup | null): SetupPrefill {
  return {
    wardName: setup?.ward?.name ?? null,
    unitCode: setup?.ward?.unitCode ?? null,
    counter: setup?.counter
      ? { number: setup.counter.number, name: setup.counter.name, serviceCodes: setup.counter.services ?? null }
      : null,
    ticketPrinter: setup?.printers?.ticket ?? null,
    documentPrinter: setup?.printers?.document ?? null,
    cityUrl: setup?.city?.url ?? null,
    enrolmentCode: setup?.city?.enrolmentCode ?? null,
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

/** For the ward service, which reads the same file as the shell: a bad file stops it with the field to fix. */
export function machineSetupOf(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): MachineSetup | null {
  const file = machineConfigPath(platform, env);
  const read = readMachineConfig(file);
  if (!read.ok) throw new Error(`The machine config file ${file} is not valid: ${read.field ? `${read.field}: ` : ''}${read.error}`);
  return read.config.setup;
}
