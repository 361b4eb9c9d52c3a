import { useEffect } from 'react';
import '../components/kiosk/kiosk.css';
import { appText, kioskText } from '../../shared/i18n/vi';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { HealthBanner } from '../components/HealthBanner';
import { IssuedTicket } from '../components/kiosk/IssuedTicket';
import { PriorityChooser } from '../components/kiosk/PriorityChooser';
import { ServiceChooser } from '../components/kiosk/ServiceChooser';
import { useKiosk } from '../state/kiosk-store';
import { useLiveSession, useSession } from '../state/session';

/** How long an outcome stays on screen before the kiosk is ready for the next citizen. */
const RESULT_SECONDS = 10;

export function KioskPage() {
  useLiveSession();
  const board = useSession((s) => s.board);
  const { step, chooseService, issue, reprint, restart } = useKiosk();
  const categories = board?.priorityCategories ?? [];
  const services = board?.services ?? [];

  useEffect(() => {
    const settled = (step.name === 'issued' && step.print.status !== 'printing') || step.name === 'refused';
    if (!settled) return;
    const timer = setTimeout(restart, RESULT_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [step, restart]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
      // On a result screen the next citizen need not wait for it to clear: a digit starts their choice.
      const choosing = step.name === 'services' || step.name === 'issued' || step.name === 'refused';
      if (choosing && digit !== null && digit > 0) {
        const service = services[digit - 1];
        if (service) chooseService(service, categories.length > 0);
      } else if (step.name === 'priority' && digit !== null) {
        if (digit === 0) void issue(step.service.id, null);
        else if (categories[digit - 1]) void issue(step.service.id, categories[digit - 1]!.id);
      } else if (event.key === 'Escape' && step.name !== 'issuing') {
        restart();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="page kiosk-page">
      <ConnectionBanner />
      <HealthBanner health={board?.health} />
      {board && <p className="kiosk-ward">{board.wardName}</p>}
      <main className="kiosk-main">
        {!board ? (
          <p>{appText.loading}</p>
        ) : step.name === 'services' ? (
          <ServiceChooser services={services} onChoose={(s) => chooseService(s, categories.length > 0)} />
        ) : step.name === 'priority' ? (
          <PriorityChooser
            serviceName={step.service.name}
            categories={categories}
            onChoose={(id) => void issue(step.service.id, id)}
            onBack={restart}
          />
        ) : step.name === 'issuing' ? (
          <p className="kiosk-issuing" role="status" data-testid="kiosk-issuing">
            {step.retrying ? kioskText.retrying : kioskText.issuing}
          </p>
        ) : step.name === 'issued' ? (
          <IssuedTicket issued={step.issued} print={step.print} onReprint={() => void reprint()} onDone={restart} />
        ) : (
          <div className="kiosk-refused">
            <p role="alert" data-testid="kiosk-error">
              {step.message}
            </p>
            <button type="button" className="primary" data-testid="kiosk-done" onClick={restart}>
              {kioskText.back}
            </button>
          </div>
        )}
      </main>
    </div>
  );
}
