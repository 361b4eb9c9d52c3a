import type { calendarMethods } from '../../../shared/api/calendar';
import type { HandlerSlice } from '../handler-slice';
import type { CalendarCommands } from './commands';
import type { CalendarReads } from './reads';

export function calendarHandlers(commands: CalendarCommands, reads: CalendarReads): HandlerSlice<typeof calendarMethods> {
  return {
    listCalendarYears: () => reads.listCalendarYears(),
    saveCalendarYear: (input, caller) => commands.saveCalendarYear(input, caller),
    getDueDate: (input) => reads.getDueDate(input),
  };
}
