// The only IPC channels between preload and shell; shared so the two sides cannot drift apart.
export const SHELL_CHANNELS = {
  printHtml: 'shell:printHtml',
  listPrinters: 'shell:listPrinters',
  appInfo: 'shell:appInfo',
  joinHub: 'shell:joinHub',
  intakeOpen: 'shell:intakeOpen',
} as const;
