import fs from 'node:fs';
import path from 'node:path';
import { redact } from './redact';

export type LogLevel = 'info' | 'warn' | 'error';

export interface ServiceLogOptions {
  dir: string;
  /** A file is rotated before it would pass this size; `files` of them are kept (the live one included). */
  maxBytes?: number;
  files?: number;
  now?: () => Date;
}

export const LOG_FILE = 'service.log';
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_FILES = 5;

/**
 * The service's own log: one JSON object a line, redacted, in files capped in size so that a PC left on
 * for years never fills its disk. Written synchronously: the line before a crash is the one IT needs.
 */
export class ServiceLog {
  readonly dir: string;
  private readonly maxBytes: number;
  private readonly files: number;
  private readonly now: () => Date;
  private size: number;

  constructor(options: ServiceLogOptions) {
    this.dir = options.dir;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.files = options.files ?? DEFAULT_FILES;
    this.now = options.now ?? (() => new Date());
    fs.mkdirSync(this.dir, { recursive: true });
    this.size = fileSize(this.file(0));
  }

  info(event: string, fields: Record<string, unknown> = {}): void {
    this.write('info', event, fields);
  }

  warn(event: string, fields: Record<string, unknown> = {}): void {
    this.write('warn', event, fields);
  }

  error(event: string, fields: Record<string, unknown> = {}): void {
    this.write('error', event, fields);
  }

  /** Oldest first, so that a bundle reads in order. */
  logFiles(): string[] {
    return Array.from({ length: this.files }, (_, i) => this.file(this.files - 1 - i)).filter((f) => fs.existsSync(f));
  }

  private write(level: LogLevel, event: string, fields: Record<string, unknown>): void {
    const line = `${JSON.stringify({ at: this.now().toISOString(), level, event, ...(redact(fields) as object) })}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      fs.appendFileSync(this.file(0), line);
      this.size += bytes;
    } catch (error) {
      // A full disk already shows on the health banner; losing a log line must not fail the request.
      console.error(`[log] could not write ${this.file(0)}: ${(error as Error).message}`);
    }
  }

  private rotate(): void {
    fs.rmSync(this.file(this.files - 1), { force: true });
    for (let i = this.files - 2; i >= 0; i--) if (fs.existsSync(this.file(i))) fs.renameSync(this.file(i), this.file(i + 1));
    this.size = 0;
  }

  private file(index: number): string {
    return path.join(this.dir, index === 0 ? LOG_FILE : `service.${index}.log`);
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
