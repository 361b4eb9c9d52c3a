import { CalendarSection } from './CalendarSection';
import { DossierCodeSection } from './DossierCodeSection';
import './calendar.css';

/** The settings page's working-calendar and dossier-code sections. */
export function CalendarSettings() {
  return (
    <>
      <CalendarSection />
      <DossierCodeSection />
    </>
  );
}
