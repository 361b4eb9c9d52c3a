import { CalendarSection } from './CalendarSection';
import { DossierCodeSection } from './DossierCodeSection';
import { ReceptionSection } from './ReceptionSection';
import './calendar.css';

/** The settings page's working-calendar, reception-rule and dossier-code sections. */
export function CalendarSettings() {
  return (
    <>
      <CalendarSection />
      <ReceptionSection />
      <DossierCodeSection />
    </>
  );
}
