// The dashboard's HTML, built from escaped strings: no script, one inline style sheet.
import { dashboardText as t } from '../../shared/i18n/vi/city';
import { formatDateTime, formatDay } from '../../shared/time/format';
import type { ClerkServedRow, DeviceRow, MisdatedRow, WardRow } from './dashboard-data';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function localTime(instant: Date | null): string {
  return instant ? formatDateTime(instant) : t.never;
}

// The ward pages' look (their colours, type and table style), inlined: the dashboard's policy
// (default-src 'none') loads nothing from elsewhere.
const STYLE = `
:root { --primary: #0b4f8a; --line: #d4dbe3; --muted: #5b6875; --bad: #a40000; --bad-bg: #fde2e2; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f4f6f9; font-size: 15px; }
header.bar { background: var(--primary); color: #fff; padding: 0.75rem 1.5rem; display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
header.bar h1 { margin: 0; font-size: 1.35rem; }
header.bar a, header.bar button { color: #fff; }
main { padding: 1rem 1.5rem 2rem; max-width: 1600px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; margin-bottom: 1.25rem; overflow-x: auto; }
h2 { font-size: 1.1rem; color: var(--primary); margin: 0.25rem 0 0.75rem; }
p { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tr.silent td { background: var(--bad-bg); }
abbr[title] { text-decoration: none; border-bottom: 1px dotted var(--muted); cursor: help; }
.error { color: var(--bad); }
form.inline { display: inline; }
button { font: inherit; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid var(--line); background: #fff; color: var(--primary); cursor: pointer; }
header.bar button { background: transparent; border-color: rgba(255,255,255,0.6); }
input { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; }
.sign-in { max-width: 420px; margin: 4rem auto; }
.sign-in form { display: flex; flex-direction: column; gap: 0.75rem; }`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function signInPage(error: string | null): string {
  return page(
    t.signInTitle,
    `<main><section class="sign-in"><h1>${escapeHtml(t.signInTitle)}</h1>
     ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
     <form method="post" action="/dashboard/login">
       <label>${escapeHtml(t.password)} <input type="password" name="password" autocomplete="current-password" required autofocus></label>
       <button type="submit">${escapeHtml(t.signIn)}</button>
     </form></section></main>`,
  );
}

/** A cell's text, or its text with a detail shown on hover (a device's UUID behind its name). */
type Cell = string | { text: string; detail: string };

function cellHtml(c: Cell): string {
  return typeof c === 'string' ? escapeHtml(c) : `<abbr title="${escapeHtml(c.detail)}">${escapeHtml(c.text)}</abbr>`;
}

function row(cells: Cell[], className?: string): string {
  return `<tr${className ? ` class="${className}"` : ''}>${cells.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`;
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
    // Devices before this version reported the batch just sent as still waiting; nothing waits at 0.
    d.oldestPendingAt && d.backlog !== 0 ? localTime(d.oldestPendingAt) : '',
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
           formatDay(m.judgedDay),
           m.deviceId ?? '',
           localTime(m.flaggedAt),
         ]),
       )
       .join('')}</table>`;
}

/** The device table as people read it: the device named by ward and slot, its UUID on hover. */
function deviceHtmlRow(d: DeviceRow): string {
  const cells: Cell[] = deviceCells(d);
  cells[DEVICE_COLUMNS.indexOf(t.deviceId)] = { text: t.deviceLabel(d.wardName, d.slot), detail: d.id };
  return row(cells, d.silent ? 'silent' : undefined);
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

export function dashboardPage(
  wards: WardRow[],
  devices: DeviceRow[],
  clerks: ClerkServedRow[],
  misdated: MisdatedRow[],
  now: Date,
  silentMinutes: number,
): string {
  const deviceHead = DEVICE_COLUMNS.map((c) => (c === t.deviceId ? t.device : c));
  return page(
    t.title,
    `<header class="bar"><h1>${escapeHtml(t.title)}</h1>
       <span>${escapeHtml(t.generatedAt)} ${escapeHtml(localTime(now))}</span>
       <a href="/dashboard/wards.csv">${escapeHtml(t.exportWardsCsv)}</a>
       <a href="/dashboard/devices.csv">${escapeHtml(t.exportCsv)}</a>
       <form class="inline" method="post" action="/dashboard/logout"><button type="submit">${escapeHtml(t.signOut)}</button></form></header>
     <main>
     ${section(t.wardsTitle, `<table>${head(WARD_COLUMNS)}${wards.map((w) => row(wardCells(w))).join('')}</table>`)}
     ${section(t.misdatedTitle, misdatedSection(misdated))}
     ${section(
       t.devicesTitle,
       `<p>${escapeHtml(t.silentLegend(silentMinutes))}</p>
        <table>${head(deviceHead)}${devices.map(deviceHtmlRow).join('')}</table>`,
     )}
     ${section(
       t.clerksTitle,
       clerks.length === 0
         ? `<p>${escapeHtml(t.clerksNone)}</p>`
         : `<table>${head([t.wardCode, t.clerk, t.servedToday])}${clerks.map((c) => row([c.wardCode, c.name, String(c.served)])).join('')}</table>`,
     )}
     </main>`,
  );
}
