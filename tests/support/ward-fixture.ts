import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { methods, type MethodInput, type MethodName, type MethodOutput } from '../../src/shared/api/contract';
import { ApiError } from '../../src/main/service/api-error';
import { LOCAL_CALLER, type Caller, type RequestContext } from '../../src/main/service/caller';
import { IN_PROCESS } from './in-process';
import { WardService, type WardServiceOptions } from '../../src/main/service/ward-service';
import type { ErrorCode } from '../../src/shared/i18n/vi';

/** A clock the test moves by hand, so that local midnight and clocks set back can be crossed at will. */
export class TestClock {
  private ms: number;

  constructor(start: string | number) {
    this.ms = new Date(start).getTime();
  }

  readonly now = (): Date => new Date(this.ms);

  set(instant: string | number): void {
    this.ms = new Date(instant).getTime();
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}

/** A fresh directory removed when the current test ends. */
export function tempDir(prefix = 'motcua-unit-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface WardFixture {
  ward: WardService;
  dataDir: string;
  clock: TestClock;
  /** Calls a method the way the HTTP transport does: input parsed by the contract first. */
  call<M extends MethodName>(method: M, input: MethodInput<M>, caller?: Caller, request?: RequestContext): MethodOutput<M>;
  /** Closes the database and opens the same data directory again, as an app restart does. */
  reopen(): WardFixture;
  close(): void;
}

/** A real ward service on a temp-dir SQLite database with the default seeded catalogue. */
/** A cheap scrypt for in-process tests: the accounts tests sign in hundreds of times. The real cost is tested on its own. */
const TEST_SECRET_COST = { N: 2 ** 10, r: 8, p: 1 };

export function wardFixture(
  options: {
    start?: string;
    dataDir?: string;
    clock?: TestClock;
    sync?: WardServiceOptions['sync'];
    secretCost?: WardServiceOptions['secretCost'];
    machineSetup?: WardServiceOptions['machineSetup'];
  } = {},
): WardFixture {
  const dataDir = options.dataDir ?? tempDir();
  const clock = options.clock ?? new TestClock(options.start ?? '2026-03-10T01:00:00.000Z');
  const open = (): WardFixture => {
    const ward = new WardService({
      dataDir,
      now: clock.now,
      secretCost: options.secretCost ?? TEST_SECRET_COST,
      ...(options.sync ? { sync: options.sync } : {}),
      ...(options.machineSetup ? { machineSetup: options.machineSetup } : {}),
    });
    let closed = false;
    const close = () => {
      if (!closed) ward.close();
      closed = true;
    };
    onTestFinished(close);
    return {
      ward,
      dataDir,
      clock,
      call(method, input, caller = LOCAL_CALLER, request = IN_PROCESS) {
        const parsed = methods[method].input.parse(input);
        const handler = ward.handlers[method] as (input: unknown, caller: Caller, request: RequestContext) => MethodOutput<typeof method>;
        return handler(parsed, caller, request);
      },
      reopen() {
        close();
        return open();
      },
      close,
    };
  };
  return open();
}

/** Runs fn, which must fail with the given ApiError code. */
export function expectApiError(fn: () => unknown, code: ErrorCode): ApiError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected ApiError ${code}`).toBeInstanceOf(ApiError);
  expect((thrown as ApiError).code).toBe(code);
  return thrown as ApiError;
}
