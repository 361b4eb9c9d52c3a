import { z } from 'zod';
import { Empty, method } from './method';
import { Counter, CounterNumber, Id, Instant, PriorityCategory, Service, Settings, Text } from './schemas';
import { SafeText } from '../text/safe-text';

// The ward's own set-up: services, counters, priority categories and settings.

export const configMethods = {
  getConfig: method({
    summary: 'Services, counters, priority categories and settings.',
    input: Empty,
    output: z.object({
      services: z.array(Service),
      counters: z.array(Counter),
      priorityCategories: z.array(PriorityCategory),
      settings: Settings,
    }),
    roles: ['local'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  saveService: method({
    summary: 'Create (no id) or update a service.',
    input: z
      .object({
        id: Id.optional(),
        code: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_.-]{1,32}$/),
        name: Text(200),
        letter: z.string().regex(/^[A-Z]$/),
        fields: z.array(Text(200)).max(50),
        dailyCapacity: z.number().int().min(1).max(100_000).nullable(),
        minutesPerTicket: z.number().int().min(1).max(480),
        active: z.boolean(),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    output: z.object({ service: Service }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  saveCounter: method({
    summary: 'Create (no id) or update a counter and the services it serves.',
    input: z
      .object({
        id: Id.optional(),
        number: CounterNumber,
        name: Text(100),
        serviceIds: z.array(Id).max(100),
        active: z.boolean(),
      })
      .strict(),
    output: z.object({ counter: Counter }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  savePriorityCategory: method({
    summary: 'Create (no id) or update a priority category.',
    input: z
      .object({
        id: Id.optional(),
        name: Text(120),
        active: z.boolean(),
        sortOrder: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    output: z.object({ priorityCategory: PriorityCategory }),
    roles: ['local'],
    clerks: ['admin'],
  }),
  updateSettings: method({
    summary:
      'Change the ward name shown (empty: the name the city gave at enrolment), announcement repeat count, ticket printer or slip (A4/A5) printer.',
    input: z
      .object({
        wardName: SafeText({ max: 200, min: 0 }).optional(),
        announceRepeat: z.number().int().min(1).max(5).optional(),
        ticketPrinter: Text(200).nullable().optional(),
        documentPrinter: Text(200).nullable().optional(),
      })
      .strict(),
    output: z.object({ settings: Settings }),
    roles: ['local'],
    clerks: ['admin'],
  }),
} as const;

export const configEvents = {
  'config.changed': z.object({ at: Instant }),
} as const;
