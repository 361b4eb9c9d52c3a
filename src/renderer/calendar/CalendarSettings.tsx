import { CalendarSection } from './CalendarSection';
import { DossierCodeSection } from './DossierCodeSection';
import { ReceptionSection } from './ReceptionSection';
import { StatutoryHolidays } from './StatutoryHolidays';
import './calendar.css';

/** The settings page's working-calendar, statutory-holiday, reception-rule and dossier-code sections. */
export function CalendarSettings() {
  return (
    <>
      <CalendarSection />
      <ReceptionSection />
      <StatutoryHolidays />
      <DossierCodeSection />
    </>
  );
}
