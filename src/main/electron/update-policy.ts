import { z } from 'zod';

// When the desktop app updates itself, decided apart from Electron so that it is tested: an update is
// fetched from the city server's static feed (or one IT names), and put in place only when nothing can
// be lost or cut short: at quit, or while the app runs with every change at the city and no intake open.

/** The feed below the city server's address (src/city/http/server.ts, UPDATES_PATH). */
const CITY_UPDATES_PATH = 'updates/';

function isFeedUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && !url.search && !url.hash;
}

const withSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/** The `updates` section of the machine config file: `{ "enabled": false }`, or another feed. */
export const UpdatesSection = z.strictObject({
  enabled: z.boolean().optional(),
  feedUrl: z
    .string()
    .trim()
    .refine(isFeedUrl, 'must be the folder address of the update files, like https://dongbo.hanoi.gov.vn/updates/')
    .transform(withSlash)
    .optional(),
});
export type UpdatesSection = z.infer<typeof UpdatesSection>;

/**
 * Where this PC looks for updates, or null for nowhere: turned off, or no feed named and the PC not yet
 * enrolled with a city (asked again later).
 */
export function updateFeedUrl(section: UpdatesSection | undefined, cityUrl: string | null): string | null {
  if (section?.enabled === false) return null;
  if (section?.feedUrl) return section.feedUrl;
  return cityUrl ? new URL(CITY_UPDATES_PATH, withSlash(cityUrl)).toString() : null;
}

export interface UpdateMoment {
  /** An update is downloaded and ready to install. */
  downloaded: boolean;
  /** The app is closing and its ward service has stopped. */
  quitting: boolean;
  /** Changes not yet at the city, as the ward service counts them; null when it did not answer. */
  pendingOutbox: number | null;
  /** A dossier intake screen is open in the app's window. */
  intakeOpen: boolean;
}

export type UpdateAction = 'none' | 'install_at_quit' | 'install_and_restart';

/**
 * At quit nothing is under way any more. While the app runs, a restart would cut an intake short, and
 * one made with changes still unsent would start the new version with a backlog it might not yet know
 * how to send: the update waits for an idle moment, or for the evening's quit.
 */
export function updateAction(moment: UpdateMoment): UpdateAction {
  if (!moment.downloaded) return 'none';
  if (moment.quitting) return 'install_at_quit';
  return moment.pendingOutbox === 0 && !moment.intakeOpen ? 'install_and_restart' : 'none';
}
