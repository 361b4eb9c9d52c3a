// The dashboard's HTML, built from escaped strings: no script, one inline style sheet.
import { dashboardText as t } from '../../shared/i18n/vi/city';
import { localClock, localDateVi } from '../../shared/time/local-time';
import type { ClerkServedRow, DeviceRow, MisdatedRow, WardRow } from './dashboard-data';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function localTime(instant: Date | null): string {
  return instant ? `${localClock(instant)} ${localDateVi(instant)}` : t.never;
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
table { border-collapse: collapse; margin-bottom: 2rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.6rem; text-align: left; }
th { background: #f0f0f0; }
tr.silent td { background: #fde2e2; }
.error { color: #a40000; }
form.inline { display: inline; }`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function signInPage(error: string | null): string {
  return page(
    t.signInTitle,
    `<h1>${escapeHtml(t.signInTitle)}</h1>
     ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
     <form method="post" action="/dashboard/login">
       <label>${escapeHtml(t.password)} <input type="password" name="password" autocomplete="current-password" required autofocus></label>
       <button type="submit">${escapeHtml(t.signIn)}</button>
     </form>`,
  );
}

function row(cells: string[], className?: string): string {
  return `<tr${className ? ` class="${className}"` : ''}>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

function head(cells: string[]): string {
  return `<tr>${cells.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
}

export const DEVICE_COLUMNS = [
  t.wardCode,
  t.wardName,
  t.slot,
  t.deviceId,
  t.status,
  t.lastSeq,
  t.lastPush,
  t.lastPull,
  t.backlog,
  t.oldestPending,
  t.clockOffset,
  t.appVersion,
  t.silentYes,
];

export function deviceCells(d: DeviceRow): string[] {
  return [
    d.wardCode,
    d.wardName,
    String(d.slot),
    d.id,
    d.status === 'active' ? t.statusActive : t.statusRevoked,
    String(d.lastSeq),
    localTime(d.lastPushAt),
    localTime(d.lastPullAt),
    d.backlog === null ? '' : String(d.backlog),
    d.oldestPendingAt ? localTime(d.oldestPendingAt) : '',
    d.clockOffsetMs === null ? '' : t.offset(d.clockOffsetMs),
    d.appVersion ?? '',
    d.silent ? t.silentYes : '',
  ];
}

export const WARD_COLUMNS = [
  t.wardCode,
  t.wardName,
  t.activeDevices,
  t.ticketsToday,
  t.dossiersToday,
  t.dossiersOverdue,
  t.openIncidents,
  t.misdated,
  t.parked,
];

export function wardCells(w: WardRow): string[] {
  return [
    w.code,
    w.name,
    String(w.devices),
    String(w.ticketsToday),
    String(w.dossiersToday),
    String(w.dossiersOverdue),
    String(w.openIncidents),
    String(w.misdated),
    String(w.parked),
  ];
}

function misdatedSection(rows: MisdatedRow[]): string {
  if (rows.length === 0) return `<p>${escapeHtml(t.misdatedNone)}</p>`;
  return `<p>${escapeHtml(t.misdatedLegend)}</p>
     <table>${head([t.wardCode, t.misdatedKind, t.misdatedNumber, t.judgedDay, t.deviceId, t.flaggedAt])}${rows
       .map((m) =>
         row([
           m.wardCode,
           m.kind === 'ticket' ? t.misdatedTicket : t.misdatedDossierCode,
           m.number,
           m.judgedDay,
           m.deviceId ?? '',
           localTime(m.flaggedAt),
         ]),
       )
       .join('')}</table>`;
}

export function dashboardPage(
  wards: WardRow[],
  devices: DeviceRow[],
  clerks: ClerkServedRow[],
  misdated: MisdatedRow[],
  now: Date,
  silentMinutes: number,
): string {
  return page(
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>
     <p>${escapeHtml(t.generatedAt)} ${escapeHtml(localTime(now))} ·
       <a href="/dashboard/wards.csv">${escapeHtml(t.exportWardsCsv)}</a> ·
       <a href="/dashboard/devices.csv">${escapeHtml(t.exportCsv)}</a> ·
       <form class="inline" method="post" action="/dashboard/logout"><button type="submit">${escapeHtml(t.signOut)}</button></form></p>
     <h2>${escapeHtml(t.wardsTitle)}</h2>
     <table>${head(WARD_COLUMNS)}${wards.map((w) => row(wardCells(w))).join('')}</table>
     <h2>${escapeHtml(t.misdatedTitle)}</h2>
     ${misdatedSection(misdated)}
     <h2>${escapeHtml(t.devicesTitle)}</h2>
     <p>${escapeHtml(t.silentLegend(silentMinutes))}</p>
     <table>${head(DEVICE_COLUMNS)}${devices.map((d) => row(deviceCells(d), d.silent ? 'silent' : undefined)).join('')}</table>
     <h2>${escapeHtml(t.clerksTitle)}</h2>
     ${
       clerks.length === 0
         ? `<p>${escapeHtml(t.clerksNone)}</p>`
         : `<table>${head([t.wardCode, t.clerk, t.servedToday])}${clerks.map((c) => row([c.wardCode, c.name, String(c.served)])).join('')}</table>`
     }`,
  );
}
