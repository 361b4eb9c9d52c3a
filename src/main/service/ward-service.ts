import type { accountMethods } from '../../shared/api/accounts';
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import { AuditLog } from './accounts/audit-log';
import { ClerkAccess } from './accounts/clerk-access';
import { AccountCommands } from './accounts/commands';
import { accountHandlers } from './accounts/handlers';
import { SecretHasher, type ScryptCost } from './accounts/secret-hash';
import { CalendarCommands } from './calendar/commands';
import { calendarHandlers } from './calendar/handlers';
import { CalendarReads } from './calendar/reads';
import path from 'node:path';
import { Backups, DEFAULT_KEEP_DAYS, type BackupSettings } from './backup/backups';
import { withBackupAdvice } from './backup/damaged-database';
import { backupHandlers } from './backup/handlers';
import { applyStagedRestore, stageRestore } from './backup/restore';
import { LOCAL_CALLER, type Caller, type RequestContext } from './caller';
import { forgetOldRequestsDaily } from './client-requests';
import { CatalogueCommands } from './catalog/commands';
import { catalogHandlers } from './catalog/handlers';
import { CatalogueReads } from './catalog/reads';
import { findSeedCatalogueFile, readSeedCatalogueFile } from './catalog/seed-file';
import { citizenIdHandlers } from './citizen-id/handlers';
import { ConfigCommands } from './config/commands';
import { configHandlers } from './config/handlers';
import { SettingsStore } from './config/settings-store';
import { wardNameOf } from './config/ward-name';
import { recordCleanShutdown } from './db/clean-shutdown';
import { DATABASE_FILE, DatabaseDamagedError, openDatabase, openReadHandle, type Db, type StartCheck } from './db/open-database';
import { WholeFileCheck } from './db/whole-file-check';
import { diagnosticBundle } from './diagnostics/diagnostic-bundle';
import { ServiceLog } from './logging/service-log';
import { DeviceCommands } from './devices/commands';
import { DeviceAuth } from './devices/device-auth';
import { deviceHandlers } from './devices/handlers';
import { DossierCodeCommands } from './dossier-codes/commands';
import { dossierCodeHandlers } from './dossier-codes/handlers';
import { DossierCitySteps } from './dossiers/city-steps';
import { DossierCommands } from './dossiers/commands';
import { dossierHandlers } from './dossiers/handlers';
import { DossierReads } from './dossiers/reads';
import { SlipPrints } from './dossiers/slip-prints';
import { PairingCodes } from './devices/pairing-codes';
import { lockDataFolder, type DataFolderLock } from './db/data-folder';
import { EventBus } from './events';
import { HealthMonitor } from './health/health-monitor';
import { printingHandlers } from './printing/handlers';
import { SetupCommands } from './setup/commands';
import { setupHandlers } from './setup/handlers';
import type { MachineSetup } from '../machine-config';
import { QueueCommands } from './queue/commands';
import { queueHandlers } from './queue/handlers';
import { registerHandlers } from './register/handlers';
import { RegisterReads } from './register/reads';
import { QueueReads } from './queue/reads';
import { syncHandlers } from './sync/handlers';
import { SyncEngine, type SyncTiming } from './sync/sync-engine';
import { syncLogReport } from './sync/sync-log-report';
import { SyncStore } from './sync/sync-store';
import { WritePath } from './write-path';
import { CityClock } from './clock/city-clock';

/**
 * Signing in waits on scrypt, which runs off the event loop, and a spreadsheet file is zipped
 * asynchronously: those handlers answer with a promise.
 */
type AsyncMethod = keyof typeof accountMethods | 'exportDossierRegister' | 'exportDiagnostics' | 'exportSyncLog' | 'completeSetup';
export type Handlers = {
  [M in MethodName]: (
    input: ParsedInput<M>,
    caller: Caller,
    request: RequestContext,
  ) => M extends AsyncMethod ? MethodOutput<M> | Promise<MethodOutput<M>> : MethodOutput<M>;
};

export interface WardServiceOptions {
  dataDir: string;
  /** Injected in tests to cross local midnight; the wall clock otherwise. */
  now?: () => Date;
  /** City sync: shorter timers and fixed jitter in tests, and the version the city records for this PC. */
  sync?: { timing?: Partial<SyncTiming>; appVersion?: string; random?: () => number };
  /** Injected in tests only: a cheaper scrypt, so hundreds of sign-ins run in seconds. */
  secretCost?: ScryptCost;
  /** The catalogue a new ward starts with: the shipped resources/catalogue file unless a test gives another. */
  seedCatalogueFile?: string;
  /** Where backups go and how long they stay; `firstDelayMs` is how long after the start the first daily check waits. */
  backup?: Partial<BackupSettings> & { firstDelayMs?: number };
  /** A backup file to put in place of the database before it is opened (IT's `--restore-backup`). */
  restoreBackup?: string;
  /** The machine config file's `setup` section: pre-fills the wizard, or replaces it on a silent install. */
  machineSetup?: MachineSetup | null;
  /** Injected in tests only: the file size past which a clean start checks part of the file and the rest in the background. */
  fullCheckUpToBytes?: number;
}

/** The first daily-backup check waits this long, so that opening the app is not slowed by a copy. */
const FIRST_BACKUP_CHECK_MS = 60_000;

/** The ward service: opens the data, builds each module and joins their handlers. Nothing else. */
export class WardService {
  /** The writable connection: only the write path uses it (tests read through it too). */
  readonly db: Db;
  readonly readDb: Db;
  readonly events = new EventBus();
  readonly health = new HealthMonitor();
  private readonly folderLock: DataFolderLock;
  private readonly stopForgetting: () => void;
  readonly devices: DeviceAuth;
  readonly clerks: ClerkAccess;
  readonly audit: AuditLog;
  readonly accounts: AccountCommands;
  readonly secrets: SecretHasher;
  readonly sync: SyncEngine;
  readonly handlers: Handlers;
  readonly log: ServiceLog;
  readonly backups: Backups;
  readonly setup: SetupCommands;
  readonly wholeFileCheck: WholeFileCheck;
  private readonly dataDir: string;
  private readonly stopBackups: () => void;
  private readonly stopListeners = new Set<() => void>();

  constructor(options: WardServiceOptions) {
    const pcNow = options.now ?? (() => new Date());
    // Everything dated takes the city-corrected clock; durations (lock-outs, pairing codes) the PC's.
    const cityClock = new CityClock(pcNow);
    const now = cityClock.now;
    // The lock comes first: a second process on the same folder must not even run the migrations.
    this.folderLock = lockDataFolder(options.dataDir);
    this.dataDir = options.dataDir;
    this.log = new ServiceLog({ dir: path.join(options.dataDir, 'logs'), now });
    this.backups = new Backups(
      { dir: options.backup?.dir ?? path.join(options.dataDir, 'backups'), keepDays: options.backup?.keepDays ?? DEFAULT_KEEP_DAYS },
      this.log,
      now,
    );
    let startCheck: StartCheck;
    try {
      ({ db: this.db, check: startCheck } = this.openRestoring(options, pcNow));
    } catch (error) {
      this.folderLock.release();
      throw error;
    }
    this.wholeFileCheck = new WholeFileCheck(path.join(options.dataDir, DATABASE_FILE), startCheck, {
      health: this.health,
      log: this.log,
      now,
    });
    this.readDb = openReadHandle(options.dataDir);
    const write = new WritePath(this.db, this.events, now, this.health, { now: pcNow, cityTimeKnown: () => cityClock.knowsCityTime() });
    const settings = new SettingsStore(this.readDb);

    const config = new ConfigCommands(write, settings);
    config.seedIfEmpty(LOCAL_CALLER);
    const catalogue = new CatalogueCommands(write);
    try {
      catalogue.seedIfEmpty(LOCAL_CALLER, () => readSeedCatalogueFile(options.seedCatalogueFile ?? findSeedCatalogueFile()));
    } catch (error) {
      // A bad seed file stops the first start; the folder is left free for the start after it is fixed.
      this.readDb.close();
      this.db.close();
      this.folderLock.release();
      throw error;
    }
    const calendarReads = new CalendarReads(this.readDb, now);
    const calendar = new CalendarCommands(write, calendarReads);
    // A city publication stores calendar years through sync, not through the calendar's commands.
    this.events.subscribe((name) => {
      if (name === 'calendar.changed') calendarReads.invalidate();
    });
    calendar.seedIfEmpty(LOCAL_CALLER);
    // The sync engine starts below; the name is looked up at each read, when it exists.
    const wardName = wardNameOf(settings, () => this.sync.enrolledWard());
    const queue = {
      commands: new QueueCommands(write),
      reads: new QueueReads(this.readDb, settings, wardName, cityClock, this.health),
    };
    this.audit = new AuditLog(this.readDb, write);
    this.accounts = new AccountCommands(write);
    this.secrets = new SecretHasher(options.secretCost);
    this.clerks = new ClerkAccess(this.readDb, this.audit, pcNow, this.secrets);
    this.devices = new DeviceAuth(this.readDb, now, this.clerks);
    this.events.subscribe((name, data) => {
      if (name === 'device.revoked') this.clerks.sessions.closeDevice(`device:${(data as { deviceId: string }).deviceId}`);
    });
    const codes = new PairingCodes();
    const syncStore = new SyncStore(this.readDb, write);
    const dossierCitySteps = new DossierCitySteps(this.readDb, write);
    this.sync = new SyncEngine({
      dataDir: options.dataDir,
      store: syncStore,
      events: this.events,
      health: this.health,
      now: pcNow,
      cityClock,
      appVersion: options.sync?.appVersion ?? 'unknown',
      ...(options.sync?.timing ? { timing: options.sync.timing } : {}),
      ...(options.sync?.random ? { random: options.sync.random } : {}),
      afterPull: () => dossierCitySteps.applyPending(),
    });

    this.setup = new SetupCommands(write, this.readDb, this.clerks, this.accounts, options.machineSetup ?? null);
    let city: MachineSetup['city'] | null;
    try {
      city = this.setup.applyMachineSetup(LOCAL_CALLER);
    } catch (error) {
      // A config file naming a service this ward lacks stops the first start, like a bad seed file.
      this.readDb.close();
      this.db.close();
      this.folderLock.release();
      throw error;
    }

    this.handlers = {
      ...queueHandlers(queue.commands, queue.reads),
      ...printingHandlers(queue, wardName, now),
      ...configHandlers(config, this.readDb, settings),
      ...deviceHandlers({
        db: this.readDb,
        auth: this.devices,
        clerks: this.clerks,
        codes,
        commands: new DeviceCommands(write, codes, pcNow),
        setup: this.setup,
        now: pcNow,
      }),
      ...calendarHandlers(calendar, calendarReads, this.readDb),
      ...citizenIdHandlers(now, this.audit),
      ...dossierCodeHandlers(new DossierCodeCommands(write), this.readDb, cityClock),
      ...dossierHandlers(
        new DossierCommands(write, calendarReads),
        new DossierReads(this.readDb, this.audit, calendarReads, now),
        new SlipPrints(this.readDb, this.audit),
      ),
      ...registerHandlers(new RegisterReads(this.readDb, this.audit)),
      ...catalogHandlers(catalogue, new CatalogueReads(this.readDb)),
      ...syncHandlers(this.sync, syncStore, this.readDb, wardName, now),
      ...accountHandlers({ db: this.readDb, access: this.clerks, commands: this.accounts, audit: this.audit, secrets: this.secrets, now }),
      ...setupHandlers({ db: this.readDb, commands: this.setup, clerks: this.clerks, secrets: this.secrets }),
      ...backupHandlers({ backups: this.backups, dataDir: options.dataDir, log: this.log, requestStop: () => this.requestStop() }),
      exportDiagnostics: () =>
        diagnosticBundle({
          readDb: this.readDb,
          settings,
          backups: this.backups,
          log: this.log,
          syncStatus: () => this.sync.status(),
          syncLog: (range) => syncLogReport(this.readDb, syncStore, range, { wardName: wardName(), now: now() }),
          appVersion: options.sync?.appVersion ?? 'unknown',
          dataDir: options.dataDir,
          wholeFileCheck: this.wholeFileCheck.summary(),
          now,
        }),
    };
    this.stopForgetting = forgetOldRequestsDaily(write);
    this.stopBackups = this.backups.scheduleDaily(this.db, options.backup?.firstDelayMs ?? FIRST_BACKUP_CHECK_MS);
    this.sync.start();
    // Through the same enrolment as the Sync page's, with its retries; the outcome shows there.
    if (city) this.sync.enrol(city.url, city.enrolmentCode);
    this.log.info('service.started', {
      appVersion: options.sync?.appVersion ?? 'unknown',
      schema: this.db.pragma('user_version', { simple: true }),
      startCheck,
    });
  }

  /** After the API opened: the check of the whole file that a clean start left out, if it did (see WholeFileCheck). */
  checkWholeFileInBackground(): Promise<string | null> {
    return this.wholeFileCheck.runInBackground();
  }

  /** A restore given on the command line or staged from Settings goes in first; a damaged database is refused with the newest good backup named. */
  private openRestoring(options: WardServiceOptions, now: () => Date): { db: Db; check: StartCheck } {
    if (options.restoreBackup) stageRestore(options.dataDir, options.restoreBackup);
    const aside = applyStagedRestore(options.dataDir, now());
    if (aside) this.log.info('backup.restored', { replacedKeptAs: aside });
    try {
      return openDatabase(options.dataDir, now, {
        beforeMigration: (db, from, to) => this.backups.beforeMigration(db, from, to),
        ...(options.fullCheckUpToBytes === undefined ? {} : { fullCheckUpToBytes: options.fullCheckUpToBytes }),
      });
    } catch (error) {
      if (!(error instanceof DatabaseDamagedError)) throw error;
      const refusal = withBackupAdvice(error, this.backups);
      this.log.error('database.damaged', { message: refusal.message });
      throw refusal;
    }
  }

  /** Asks whoever started the service to stop it (after a restore was staged); it is not stopped from inside a request. */
  onStopRequested(listener: () => void): void {
    this.stopListeners.add(listener);
  }

  private requestStop(): void {
    for (const listener of this.stopListeners) listener();
  }

  close(): void {
    this.stopBackups();
    this.stopForgetting();
    this.sync.close();
    this.wholeFileCheck.stop();
    this.readDb.close();
    this.db.close();
    // Only a file that passed the whole check in this run may skip it at the next start.
    const verifiedAt = this.wholeFileCheck.verifiedAt;
    if (verifiedAt) {
      try {
        recordCleanShutdown(path.join(this.dataDir, DATABASE_FILE), verifiedAt);
      } catch (error) {
        this.log.warn('database.clean_note_failed', { reason: (error as Error).message });
      }
    }
    this.log.info('service.stopped', { cleanNote: verifiedAt !== null });
    this.folderLock.release();
  }
}
