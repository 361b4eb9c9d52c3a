import { z } from 'zod';
import { UnitCode } from '../dossier-code/dossier-code';
import { Secret, SignInResult, Username } from './accounts';
import { Empty, method } from './method';
import { CounterNumber, Id, Text } from './schemas';

// The first start of a hub PC: the set-up wizard's one read and its one write.

/** A service as the config file names it, by its code (HOTICH, CHUNGTHUC…), since ids are made at the first start. */
export const ServiceCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,32}$/);

/** What the machine config file prepared for the wizard; each null is asked for. */
export const SetupPrefill = z.object({
  wardName: z.string().nullable(),
  unitCode: z.string().nullable(),
  counter: z.object({ number: z.number().int(), name: z.string(), serviceCodes: z.array(z.string()).nullable() }).nullable(),
  ticketPrinter: z.string().nullable(),
  documentPrinter: z.string().nullable(),
  cityUrl: z.string().nullable(),
  enrolmentCode: z.string().nullable(),
});
export type SetupPrefill = z.infer<typeof SetupPrefill>;

export const setupMethods = {
  getSetupState: method({
    summary:
      'Whether this hub PC still needs its first-run set-up, what the machine config file pre-filled, and the services and counters to choose from.',
    input: Empty,
    output: z.object({
      needed: z.boolean(),
      prefill: SetupPrefill,
      services: z.array(z.object({ id: Id, code: z.string(), name: z.string(), letter: z.string() })),
      counters: z.array(z.object({ number: z.number().int(), name: z.string(), serviceIds: z.array(Id) })),
    }),
    roles: ['local'],
  }),
  completeSetup: method({
    summary:
      "Only while set-up is needed: in one change, the ward's name and unit code, this counter and its services, the printers and the first administrator, who is signed in on this PC.",
    input: z
      .object({
        ward: z.object({ name: Text(200), unitCode: UnitCode }).strict(),
        counter: z.object({ number: CounterNumber, name: Text(100), serviceIds: z.array(Id).min(1).max(100) }).strict(),
        ticketPrinter: Text(200).nullable(),
        documentPrinter: Text(200).nullable(),
        admin: z.object({ username: Username, fullName: Text(100), secret: Secret }).strict(),
      })
      .strict(),
    output: SignInResult,
    roles: ['local'],
  }),
} as const;
