import { shellText } from '../../shared/i18n/vi';
import { formatDateTime } from '../../shared/time/format';
import { RestoreReport } from '../service/backup/restore-report';

// What the clerk reads when the ward service cannot run: what happened, that saved data is safe,
// what to do, and the technical details IT staff need; and, once, that a backup was put in place.

export interface ShellDialog {
  title: string;
  message: string;
}

export function serviceFailedDialog(reason: string, dataDir: string, port: string): ShellDialog {
  const hint = /EADDRINUSE/.test(reason) ? shellText.portInUse(port) : shellText.whatToDo;
  return {
    title: shellText.serviceFailedTitle,
    message: [shellText.serviceFailed, hint, shellText.dataDir(dataDir), shellText.details(reason)].join('\n\n'),
  };
}

export function serviceStoppedDialog(exitCode: number, dataDir: string): ShellDialog {
  return {
    title: shellText.serviceStoppedTitle,
    message: [shellText.serviceStopped, shellText.whatToDo, shellText.dataDir(dataDir), shellText.details(`exit code ${exitCode}`)].join(
      '\n\n',
    ),
  };
}

export function machineConfigDialog(file: string, field: string, reason: string): ShellDialog {
  return {
    title: shellText.machineConfigBadTitle,
    message: [shellText.machineConfigBad(file, field), shellText.details(field ? `${field}: ${reason}` : reason)].join('\n\n'),
  };
}

/**
 * The message for the restore report a start left (`text`, null when there is none): which backup the
 * database now is, and where the one it replaced was kept. A report that cannot be read still says
 * that a restore happened.
 */
export function restoredDialog(text: string | null, dataDir: string): ShellDialog | null {
  if (text === null) return null;
  let report: RestoreReport;
  try {
    report = RestoreReport.parse(JSON.parse(text));
  } catch {
    return { title: shellText.restoredTitle, message: [shellText.restoredUnreadable, shellText.dataDir(dataDir)].join('\n\n') };
  }
  return {
    title: shellText.restoredTitle,
    message: [
      shellText.restored(report.backup, formatDateTime(report.restoredAt)),
      report.replacedKeptAs ? shellText.replacedKept(report.replacedKeptAs) : shellText.nothingReplaced,
    ].join('\n\n'),
  };
}
