import { useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import { CounterNumber } from '../../shared/api/schemas';
import { setupText as t } from '../../shared/i18n/vi/setup';
import { WizardStep } from './WizardStep';

type SetupState = MethodOutput<'getSetupState'>;

export interface CounterAnswer {
  number: number;
  name: string;
  serviceIds: string[];
}

/** The config file's counter if it named one, else counter 1 as the ward starts with it. */
export function initialCounter(state: SetupState): CounterAnswer {
  const prefill = state.prefill.counter;
  const number = prefill?.number ?? state.counters[0]?.number ?? 1;
  const existing = state.counters.find((c) => c.number === number);
  const byCode = prefill?.serviceCodes ? state.services.filter((s) => prefill.serviceCodes!.includes(s.code)).map((s) => s.id) : null;
  return {
    number,
    name: prefill?.name ?? existing?.name ?? t.defaultCounterName(number),
    serviceIds: byCode ?? existing?.serviceIds ?? state.services.map((s) => s.id),
  };
}

interface CounterStepProps {
  services: SetupState['services'];
  initial: CounterAnswer;
  total: number;
  onBack: () => void;
  onNext: (counter: CounterAnswer) => void;
}

/** The counter this PC serves at and its services: Space ticks a service, Enter goes on. */
export function CounterStep({ services, initial, total, onBack, onNext }: CounterStepProps) {
  const [number, setNumber] = useState(String(initial.number));
  const [name, setName] = useState(initial.name);
  const [serviceIds, setServiceIds] = useState(new Set(initial.serviceIds));
  const [error, setError] = useState<string | null>(null);

  const next = (): void => {
    const parsed = CounterNumber.safeParse(Number(number));
    if (!parsed.success) setError(t.counterNumberBad);
    else if (serviceIds.size === 0) setError(t.counterNeedsService);
    else onNext({ number: parsed.data, name: name.trim() || t.defaultCounterName(parsed.data), serviceIds: [...serviceIds] });
  };
  const toggle = (id: string): void => {
    const next = new Set(serviceIds);
    if (!next.delete(id)) next.add(id);
    setServiceIds(next);
  };

  return (
    <WizardStep step={3} total={total} title={t.counterTitle} testId="setup-counter" onBack={onBack} onNext={next} error={error}>
      <label>
        {t.counterNumber}
        <input
          autoFocus
          type="number"
          min={1}
          max={99}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          data-testid="setup-counter-number"
        />
      </label>
      <label>
        {t.counterName}
        <input maxLength={100} value={name} onChange={(e) => setName(e.target.value)} data-testid="setup-counter-name" />
      </label>
      <fieldset className="setup-choices">
        <legend>{t.counterServices}</legend>
        {services.map((service) => (
          <label key={service.id} className="setup-choice">
            <input
              type="checkbox"
              checked={serviceIds.has(service.id)}
              onChange={() => toggle(service.id)}
              data-testid={`setup-service-${service.code}`}
            />
            <span>
              {service.letter} — {service.name}
            </span>
          </label>
        ))}
      </fieldset>
    </WizardStep>
  );
}
