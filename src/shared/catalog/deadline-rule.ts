import { z } from 'zod';

// How long the ward has to return a result, as the procedure's published record states it
// (one-stop-rules §3.2). The unit is explicit because records mix "ngày" and "ngày làm việc".

/** "HH:MM" on a 24-hour clock, Hanoi time. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

export const DeadlineRule = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('working_days'),
      days: z.number().int().min(1).max(3650),
      /** The longer period that applies when the dossier needs verification (e.g. marriage: 5). */
      daysIfVerification: z.number().int().min(1).max(3650).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('calendar_days'), days: z.number().int().min(1).max(3650) }).strict(),
  /** Returned the same day; received after the cut-off it is due the next working day. */
  z.object({ kind: z.literal('same_day_cutoff'), cutoff: ClockTime }).strict(),
  z.object({ kind: z.literal('working_hours'), hours: z.number().int().min(1).max(2000) }).strict(),
]);
export type DeadlineRule = z.infer<typeof DeadlineRule>;
