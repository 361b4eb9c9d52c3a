import type { calendarMethods } from '../../../shared/api/calendar';
import type { DeadlineRule } from '../../../shared/catalog/deadline-rule';
import type { Channel } from '../../../shared/catalog/procedure';
import { ApiError } from '../api-error';
import { readProcedure } from '../catalog/procedure-rows';
import type { Db } from '../db/open-database';
import type { HandlerSlice } from '../handler-slice';
import type { CalendarCommands } from './commands';
import type { CalendarReads } from './reads';

export function calendarHandlers(commands: CalendarCommands, reads: CalendarReads, db: Db): HandlerSlice<typeof calendarMethods> {
  return {
    listCalendarYears: () => reads.listCalendarYears(),
    saveCalendarYear: (input, caller) => commands.saveCalendarYear(input, caller),
    saveOfficeSettings: (input, caller) => commands.saveOfficeSettings(input, caller),
    getStatutoryRules: () => reads.getStatutoryRules(),
    saveStatutoryRules: (input, caller) => commands.saveStatutoryRules(input, caller),
    getDueDate: (input) =>
      reads.getDueDate({ ...input, rule: input.rule ?? procedureDeadline(db, input.procedureId!, input.channel ?? 'in_person') }),
  };
}

/** The procedure's deadline for the channel the dossier came by, else its general one. */
function procedureDeadline(db: Db, procedureId: string, channel: Channel): DeadlineRule {
  const procedure = readProcedure(db, procedureId);
  if (!procedure) throw new ApiError('procedure_not_found');
  const rule = procedure.deadline.byChannel[channel] ?? procedure.deadline.rule;
  if (!rule) throw new ApiError('procedure_deadline_unknown');
  return rule;
}
