import { unnamedWard } from '../../../shared/i18n/vi/config';
import type { SettingsStore } from './settings-store';

/**
 * The name citizens read on the kiosk, the board and the ticket, and clerks on the slips. A name the
 * head typed in the settings wins: it may be the fuller form the ward prints on its papers ("UBND
 * phường Ba Đình — Bộ phận một cửa"), while the city's name only identifies the ward. Without one,
 * the name the city gave at enrolment; before enrolment, a generic one.
 */
export function wardNameOf(settings: SettingsStore, enrolledWard: () => { name: string } | null): () => string {
  return () => {
    // Before the name was optional, saving the ward form stored the generic name as if chosen.
    const own = settings.get().wardName;
    return (own !== unnamedWard && own) || enrolledWard()?.name || unnamedWard;
  };
}
