import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LOCAL_CALLER, type Caller } from './caller';
import { ConfigService } from './config/config-service';
import { SettingsStore } from './config/settings-store';
import { openDatabase, type Db } from './db/open-database';
import { DeviceService } from './devices/device-service';
import { EventBus } from './events';
import { renderTicketHtml, sampleTicketData } from './printing/ticket-document';
import { QueueService } from './queue/queue-service';

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>, caller: Caller) => MethodOutput<M> };

export interface WardServiceOptions {
  dataDir: string;
  /** Injected in tests to cross local midnight; the wall clock otherwise. */
  now?: () => Date;
}

/** The ward service: owns the database and implements every method of the API contract once. */
export class WardService {
  readonly db: Db;
  readonly events = new EventBus();
  readonly devices: DeviceService;
  readonly handlers: Handlers;

  constructor(options: WardServiceOptions) {
    const now = options.now ?? (() => new Date());
    this.db = openDatabase(options.dataDir, now);
    const settings = new SettingsStore(this.db);
    const config = new ConfigService(this.db, this.events, settings, now);
    const queue = new QueueService(this.db, this.events, settings, now);
    this.devices = new DeviceService(this.db, now);
    config.seedIfEmpty(LOCAL_CALLER);

    this.handlers = {
      whoAmI: (_input, caller) => ({ role: caller.role, counterNumber: caller.counterNumber, deviceName: caller.deviceName }),
      getBoard: () => queue.getBoard(),
      issueTicket: (input, caller) => queue.issueTicket(input, caller),
      callNext: (input, caller) => queue.callNext(input, caller),
      recall: (input, caller) => queue.recall(input, caller),
      startServing: (input, caller) => queue.startServing(input, caller),
      finish: (input, caller) => queue.finish(input, caller),
      markNoShow: (input, caller) => queue.markNoShow(input, caller),
      returnToQueue: (input, caller) => queue.returnToQueue(input, caller),
      transfer: (input, caller) => queue.transfer(input, caller),
      cancel: (input, caller) => queue.cancel(input, caller),
      getCounterState: (input) => queue.getCounterState(input),
      listTickets: (input) => queue.listTickets(input),
      renderTicketDocument: (input: ParsedInput<'renderTicketDocument'>) => {
        const facts = queue.ticketDocumentFacts(input.ticketId);
        return {
          html: renderTicketHtml({
            wardName: settings.get().wardName,
            serviceName: facts.ticket.serviceName,
            displayNumber: facts.ticket.displayNumber,
            priorityName: facts.ticket.priorityName,
            issuedAt: facts.ticket.issuedAt,
            ahead: facts.ahead,
            estimatedCallAt: facts.estimatedCallAt,
          }),
        };
      },
      renderSampleTicketDocument: () => ({ html: renderTicketHtml(sampleTicketData(settings.get().wardName, now())) }),
      markTicketPrinted: (input, caller) => queue.markTicketPrinted(input, caller),
      getConfig: () => config.getConfig(),
      saveService: (input, caller) => config.saveService(input, caller),
      saveCounter: (input, caller) => config.saveCounter(input, caller),
      savePriorityCategory: (input, caller) => config.savePriorityCategory(input, caller),
      updateSettings: (input, caller) => config.updateSettings(input, caller),
      createPairingCode: (input) => this.devices.createPairingCode(input),
      pairDevice: (input) => this.devices.pairDevice(input),
      listDevices: () => this.devices.listDevices(),
      revokeDevice: (input, caller) => this.devices.revokeDevice(input, caller),
    };
  }

  close(): void {
    this.db.close();
  }
}
