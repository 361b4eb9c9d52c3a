import { CalendarSection } from './CalendarSection';
import { DossierCodeSection } from './DossierCodeSection';
import { StatutoryHolidays } from './StatutoryHolidays';
import './calendar.css';

/** The settings page's working-calendar, statutory-holiday and dossier-code sections. */
export function CalendarSettings() {
  return (
    <>
      <CalendarSection />
      <StatutoryHolidays />
      <DossierCodeSection />
    </>
  );
}
