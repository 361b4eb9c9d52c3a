import { useState } from 'react';
import type { Counter, Service } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { api } from '../../api/client';
import { useSubmit } from '../../state/use-submit';
import { FormActions } from './FormActions';

interface CounterFormProps {
  counter: Counter | null;
  services: Service[];
  onDone: () => void;
}

export function CounterForm({ counter, services, onDone }: CounterFormProps) {
  const [number, setNumber] = useState(counter?.number.toString() ?? '');
  const [name, setName] = useState(counter?.name ?? '');
  const [serviceIds, setServiceIds] = useState<string[]>(counter?.serviceIds ?? []);
  const [active, setActive] = useState(counter?.active ?? true);
  const submit = useSubmit();

  const toggle = (id: string, on: boolean) => setServiceIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  return (
    <form
      className="settings-form"
      data-testid="counter-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit
          .run(() => api('saveCounter', { ...(counter ? { id: counter.id } : {}), number: Number(number), name, serviceIds, active }))
          .then((ok) => ok && onDone());
      }}
    >
      <h3>{counter ? `${settingsText.edit}: ${counter.name}` : settingsText.addCounter}</h3>
      <label>
        {settingsText.counterNumber}
        <input
          autoFocus
          type="number"
          required
          min={1}
          max={99}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          data-testid="counter-number"
        />
      </label>
      <label>
        {settingsText.counterName}
        <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} data-testid="counter-name" />
      </label>
      <fieldset>
        <legend>{settingsText.counterServices}</legend>
        {services.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" checked={serviceIds.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            {s.letter} – {s.name}
          </label>
        ))}
      </fieldset>
      <FormActions item="counter" active={active} onActive={setActive} busy={submit.busy} error={submit.error} onCancel={onDone} />
    </form>
  );
}
