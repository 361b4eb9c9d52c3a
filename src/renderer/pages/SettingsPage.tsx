import { useEffect } from 'react';
import { appText, settingsText } from '../../shared/i18n/vi';
import { CalendarSettings } from '../calendar/CalendarSettings';
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
import { homeOf } from '../state/navigation';
import { useLiveSession, useSession } from '../state/session';
import { useSettings } from '../state/settings-store';

export function SettingsPage() {
  useLiveSession();
  const me = useSession((s) => s.me);
  const revision = useSession((s) => s.revision);
  const config = useSettings((s) => s.config);
  const loadError = useSettings((s) => s.loadError);
  const local = me?.role === 'local';

  useEffect(() => {
    if (local) void useSettings.getState().load();
  }, [local, revision]);

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
      {!config ? (
        <p>{appText.loading}</p>
      ) : (
        <main className="settings-main">
          <WardForm key={`${config.settings.wardName}|${config.settings.announceRepeat}`} settings={config.settings} />
          <ClerkAccountsSection />
          <ServicesSection services={config.services} />
          <CountersSection counters={config.counters} services={config.services} />
          <PrioritiesSection categories={config.priorityCategories} />
          <DevicesSection counters={config.counters} />
          <PrinterSettings />
          <DocumentPrinterSettings />
          <CatalogueSection />
          <CalendarSettings />
          <MaintenanceSection />
        </main>
      )}
    </div>
  );
}
