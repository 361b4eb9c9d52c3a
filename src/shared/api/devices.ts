import { z } from 'zod';
import { Empty, method } from './method';
import { SessionState } from './accounts';
import { CounterNumber, Device, Id, Instant, PairableRole, Role, Text } from './schemas';

// Who is calling, and the LAN devices paired to this ward service.

export const deviceMethods = {
  whoAmI: method({
    summary:
      'The caller role and, for a paired counter, its counter number; the clerk signed in on it, whether this ward still needs its first administrator, and whether this hub PC still needs its first-run set-up.',
    input: Empty,
    output: z.object({
      role: Role,
      counterNumber: z.number().int().nullable(),
      deviceName: z.string(),
      session: SessionState.nullable(),
      needsFirstAdmin: z.boolean(),
      needsSetup: z.boolean(),
    }),
    roles: ['local', 'counter', 'kiosk', 'display'],
  }),
  createPairingCode: method({
    summary: 'A one-time 6-digit code (valid 10 minutes) that pairs one LAN device to a role.',
    input: z
      .object({
        role: PairableRole,
        counterNumber: CounterNumber.nullable().optional(),
        deviceName: Text(100),
      })
      .strict(),
    output: z.object({ code: z.string(), expiresAt: Instant }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  pairDevice: method({
    summary: 'Exchange a pairing code for a device token limited to its role.',
    input: z.object({ code: z.string().regex(/^\d{6}$/) }).strict(),
    output: z.object({
      token: z.string(),
      role: PairableRole,
      counterNumber: z.number().int().nullable(),
      deviceName: z.string(),
    }),
    roles: [],
    open: true,
  }),
  listDevices: method({
    summary: 'Paired LAN devices, including revoked ones.',
    input: Empty,
    output: z.object({ devices: z.array(Device) }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  revokeDevice: method({
    summary: "Revoke a paired device's token at once.",
    input: z.object({ deviceId: Id }).strict(),
    output: z.object({ device: Device }),
    roles: ['local'],
    clerks: ['admin'],
  }),
} as const;
