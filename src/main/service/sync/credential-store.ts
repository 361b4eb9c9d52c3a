import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The PC's city credential lives beside the database, never in it: a database backup or a copied file
// must not carry the key that lets a PC speak for the ward. Nothing here is ever logged.

export const CREDENTIAL_FILE = 'city-device.json';

export const DeviceCredential = z.object({
  cityUrl: z.string().min(1),
  deviceId: z.string().min(1),
  ward: z.object({ code: z.string(), name: z.string() }),
  slot: z.number().int().min(0).max(9),
  /** Ed25519 private key, PKCS#8 PEM. */
  privateKey: z.string().min(1),
  enrolledAt: z.string(),
});
export type DeviceCredential = z.infer<typeof DeviceCredential>;

export function readCredential(dataDir: string): DeviceCredential | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, CREDENTIAL_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = DeviceCredential.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Written to a temporary file readable by the owner only, flushed, then renamed: a power cut leaves the old file or the new one. */
export function writeCredential(dataDir: string, credential: DeviceCredential): void {
  const file = path.join(dataDir, CREDENTIAL_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(credential));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
}
