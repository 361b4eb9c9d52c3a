import { shellText } from '../../shared/i18n/vi';

// What the clerk reads when the ward service cannot run: what happened, that saved data is safe,
// what to do, and the technical details IT staff need.

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
