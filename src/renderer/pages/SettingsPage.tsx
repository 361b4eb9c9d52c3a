import { useEffect } from 'react';
import { appText, settingsText } from '../../shared/i18n/vi';
import { CalendarSection } from '../calendar/CalendarSection';
import { DossierCodeSection } from '../calendar/DossierCodeSection';
import { ReceptionSection } from '../calendar/ReceptionSection';
import { StatutoryHolidays } from '../calendar/StatutoryHolidays';
import { CatalogueSection } from '../catalog/CatalogueSection';
import { ClerkAccountsSection } from '../accounts/ClerkAccountsSection';
import { ClerkBar } from '../accounts/ClerkBar';
import { AppNav } from '../components/AppNav';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { CountersSection } from '../components/settings/CountersSection';
import { DevicesSection } from '../components/settings/DevicesSection';
import { PrioritiesSection } from '../components/settings/PrioritiesSection';
import { ServicesSection } from '../components/settings/ServicesSection';
import { WardForm } from '../components/settings/WardForm';
import { MaintenanceSection } from '../maintenance/MaintenanceSection';
import { DocumentPrinterSettings } from '../printing/DocumentPrinterSettings';
import { PrinterSettings } from '../printing/PrinterSettings';
import { SettingsMenu } from '../settings/SettingsMenu';
import { useSettingsRoute, type SettingsPageSlug } from '../settings/settings-route';
import { homeOf } from '../state/navigation';
import { useLiveSession, useSession } from '../state/session';
import { useSettings, type Config } from '../state/settings-store';
import '../calendar/calendar.css';
import '../settings/settings.css';

/** What each sub-page shows; the ones that edit the ward's set-up get the configuration loaded once for all. */
function SubPage({ slug, config }: { slug: SettingsPageSlug; config: Config }) {
  switch (slug) {
    case 'ward':
      return <WardForm key={`${config.settings.wardName}|${config.settings.announceRepeat}`} settings={config.settings} />;
    case 'accounts':
      return <ClerkAccountsSection />;
    case 'services':
      return <ServicesSection services={config.services} />;
    case 'counters':
      return <CountersSection counters={config.counters} services={config.services} />;
    case 'priorities':
      return <PrioritiesSection categories={config.priorityCategories} />;
    case 'devices':
      return <DevicesSection counters={config.counters} />;
    case 'printers':
      return (
        <>
          <PrinterSettings />
          <DocumentPrinterSettings />
        </>
      );
    case 'catalogue':
      return <CatalogueSection />;
    case 'calendar':
      return (
        <>
          <CalendarSection />
          <StatutoryHolidays />
        </>
      );
    case 'reception':
      return (
        <>
          <ReceptionSection />
          <DossierCodeSection />
        </>
      );
    case 'maintenance':
      return <MaintenanceSection />;
  }
}

export function SettingsPage() {
  useLiveSession();
  const me = useSession((s) => s.me);
  const revision = useSession((s) => s.revision);
  const config = useSettings((s) => s.config);
  const loadError = useSettings((s) => s.loadError);
  const local = me?.role === 'local';
  const { current, go } = useSettingsRoute();

  useEffect(() => {
    if (local) void useSettings.getState().load();
  }, [local, revision]);

  useEffect(() => {
    document.title = `${settingsText.pages[current]} — ${settingsText.title}`;
  }, [current]);

  if (me && !local) {
    return (
      <main className="page settings-page">
        <p role="alert">{settingsText.localOnly}</p>
        <a href={homeOf(me.role)}>{appText.navCounter}</a>
      </main>
    );
  }

  return (
    <div className="page settings-page">
      <header className="page-header">
        <h1>{settingsText.title}</h1>
        <AppNav />
        <ClerkBar />
      </header>
      <ConnectionBanner />
      <div className="alert" role="alert">
        {loadError}
      </div>
      <div className="settings-layout">
        <SettingsMenu current={current} go={go} />
        {!config ? (
          <p>{appText.loading}</p>
        ) : (
          <main className="settings-main" data-testid={`settings-page-${current}`}>
            <SubPage slug={current} config={config} />
          </main>
        )}
      </div>
    </div>
  );
}
