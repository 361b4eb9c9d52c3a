import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import { setupText as t } from '../../shared/i18n/vi/setup';
import { wardChoices } from '../../shared/setup/ward-list';
import wardFile from '../../../resources/wards/hanoi-wards.json';
import { FirstAdminFields, type NewAdmin } from '../accounts/FirstAdminForm';
import { useClerkSession } from '../accounts/clerk-session';
import { api } from '../api/client';
import { rememberCounter } from '../state/counter-choice';
import { failureMessage } from '../state/failure';
import { CityStep, type CityAnswer } from './CityStep';
import { CounterStep, initialCounter, type CounterAnswer } from './CounterStep';
import { JoinStep } from './JoinStep';
import { PrintersStep, type PrinterAnswer } from './PrintersStep';
import { RoleStep, type PcRole } from './RoleStep';
import { WardStep, type WardAnswer } from './WardStep';
import './setup.css';

const WARDS = wardChoices(wardFile);
const HUB_STEPS = ['role', 'ward', 'counter', 'printers', 'city', 'admin'] as const;
type Step = (typeof HUB_STEPS)[number] | 'join';

type SetupState = MethodOutput<'getSetupState'>;

interface Answers {
  role: PcRole;
  ward: WardAnswer | null;
  counter: CounterAnswer;
  printers: PrinterAnswer;
  city: CityAnswer;
}

/**
 * The first start of a hub PC, instead of the usual pages until it is done: what this PC is, then for
 * the hub the ward, its counter, printers, city server and first administrator, saved in one change at
 * the end. Only the machine config file skips it (README, "Silent installs").
 */
export function SetupWizard() {
  const [state, setState] = useState<SetupState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    api('getSetupState', {}).then(
      (loaded) => (loaded.needed ? setState(loaded) : window.location.replace('/')),
      (error: unknown) => setLoadError(failureMessage(error)),
    );
  }, []);

  return (
    <main className="page setup-page" data-testid="setup-wizard">
      <h1>{t.title}</h1>
      {state ? (
        <Steps state={state} />
      ) : (
        <p role={loadError ? 'alert' : 'status'} data-testid="setup-load-status">
          {loadError ?? t.loading}
        </p>
      )}
    </main>
  );
}

function Steps({ state }: { state: SetupState }) {
  const { prefill } = state;
  const [step, setStep] = useState<Step>('role');
  const [answers, setAnswers] = useState<Answers>({
    role: 'hub',
    ward: prefill.wardName ? { name: prefill.wardName, unitCode: prefill.unitCode ?? '' } : null,
    counter: initialCounter(state),
    printers: { ticketPrinter: prefill.ticketPrinter, documentPrinter: prefill.documentPrinter },
    city: prefill.cityUrl && prefill.enrolmentCode ? { cityUrl: prefill.cityUrl, code: prefill.enrolmentCode } : null,
  });
  const total = answers.role === 'hub' ? HUB_STEPS.length : 2;
  const go = (to: Step, patch: Partial<Answers> = {}): void => {
    setAnswers((a) => ({ ...a, ...patch }));
    setStep(to);
  };

  const finish = async (admin: NewAdmin): Promise<void> => {
    const { ward, counter, printers, city } = answers;
    const result = await api('completeSetup', { ward: ward!, counter, ...printers, admin });
    useClerkSession.getState().signedIn(result);
    rememberCounter(counter.number);
    // The enrolment runs on in the service with its retries; the Sync page shows how it goes.
    if (city) await api('enrolWithCity', city);
    window.location.assign(city ? '/sync' : '/');
  };

  switch (step) {
    case 'role':
      return <RoleStep initial={answers.role} total={total} onNext={(role) => go(role === 'hub' ? 'ward' : 'join', { role })} />;
    case 'join':
      return answers.role === 'hub' ? null : <JoinStep role={answers.role} total={total} onBack={() => go('role')} />;
    case 'ward':
      return (
        <WardStep wards={WARDS} initial={answers.ward} total={total} onBack={() => go('role')} onNext={(ward) => go('counter', { ward })} />
      );
    case 'counter':
      return (
        <CounterStep
          services={state.services}
          initial={answers.counter}
          total={total}
          onBack={() => go('ward')}
          onNext={(counter) => go('printers', { counter })}
        />
      );
    case 'printers':
      return (
        <PrintersStep
          initial={answers.printers}
          wardName={answers.ward?.name ?? ''}
          total={total}
          onBack={() => go('counter')}
          onNext={(printers) => go('city', { printers })}
        />
      );
    case 'city':
      return (
        <CityStep
          initial={answers.city ?? { cityUrl: '', code: '' }}
          total={total}
          onBack={() => go('printers')}
          onNext={(city) => go('admin', { city })}
        />
      );
    case 'admin':
      return (
        <section
          className="stack setup-step"
          aria-labelledby="setup-admin-title"
          data-testid="setup-admin"
          onKeyDown={(event) => event.key === 'Escape' && go('city')}
        >
          <p className="setup-progress">{t.stepOf(total, total)}</p>
          <h2 id="setup-admin-title">{t.adminTitle}</h2>
          <p>{t.adminHint}</p>
          <FirstAdminFields create={finish} submitLabel={t.finish} />
          <button type="button" onClick={() => go('city')} data-testid="setup-back">
            {t.back}
          </button>
        </section>
      );
  }
}
