import type { queueMethods } from '../../../shared/api/queue';
import type { HandlerSlice } from '../handler-slice';
import type { QueueCommands } from './commands';
import type { QueueReads } from './reads';

export function queueHandlers(commands: QueueCommands, reads: QueueReads): HandlerSlice<typeof queueMethods> {
  return {
    getBoard: () => reads.getBoard(),
    issueTicket: (input, caller) => commands.issueTicket(input, caller),
    callNext: (input, caller) => commands.callNext(input, caller),
    recall: (input, caller) => commands.recall(input, caller),
    startServing: (input, caller) => commands.startServing(input, caller),
    finish: (input, caller) => commands.finish(input, caller),
    markNoShow: (input, caller) => commands.markNoShow(input, caller),
    returnToQueue: (input, caller) => commands.returnToQueue(input, caller),
    transfer: (input, caller) => commands.transfer(input, caller),
    cancel: (input, caller) => commands.cancel(input, caller),
    getCounterState: (input) => reads.getCounterState(input),
    listTickets: (input) => reads.listTickets(input),
  };
}
