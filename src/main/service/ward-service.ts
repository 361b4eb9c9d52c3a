import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LOCAL_CALLER, type Caller } from './caller';
import { ConfigCommands } from './config/commands';
import { configHandlers } from './config/handlers';
import { SettingsStore } from './config/settings-store';
import { openDatabase, openReadHandle, type Db } from './db/open-database';
import { DeviceCommands } from './devices/commands';
import { DeviceAuth } from './devices/device-auth';
import { deviceHandlers } from './devices/handlers';
import { PairingCodes } from './devices/pairing-codes';
import { EventBus } from './events';
import { printingHandlers } from './printing/handlers';
import { QueueCommands } from './queue/commands';
import { queueHandlers } from './queue/handlers';
import { QueueReads } from './queue/reads';
import { WritePath } from './write-path';

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>, caller: Caller) => MethodOutput<M> };

export interface WardServiceOptions {
  dataDir: string;
  /** Injected in tests to cross local midnight; the wall clock otherwise. */
  now?: () => Date;
}

/** The ward service: opens the data, builds each module and joins their handlers. Nothing else. */
export class WardService {
  /** The writable connection: only the write path uses it (tests read through it too). */
  readonly db: Db;
  readonly readDb: Db;
  readonly events = new EventBus();
  readonly devices: DeviceAuth;
  readonly handlers: Handlers;

  constructor(options: WardServiceOptions) {
    const now = options.now ?? (() => new Date());
    this.db = openDatabase(options.dataDir, now);
    this.readDb = openReadHandle(options.dataDir);
    const write = new WritePath(this.db, this.events, now);
    const settings = new SettingsStore(this.readDb);

    const config = new ConfigCommands(write, settings);
    config.seedIfEmpty(LOCAL_CALLER);
    const queue = { commands: new QueueCommands(write), reads: new QueueReads(this.readDb, settings, now) };
    this.devices = new DeviceAuth(this.readDb, now);
    const codes = new PairingCodes();

    this.handlers = {
      ...queueHandlers(queue.commands, queue.reads),
      ...printingHandlers(queue, settings, now),
      ...configHandlers(config, this.readDb, settings),
      ...deviceHandlers({ db: this.readDb, auth: this.devices, codes, commands: new DeviceCommands(write, codes, now), now }),
    };
  }

  close(): void {
    this.readDb.close();
    this.db.close();
  }
}
