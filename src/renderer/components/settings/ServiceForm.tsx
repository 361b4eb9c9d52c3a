import { useState } from 'react';
import type { Service } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { api } from '../../api/client';
import { useSubmit } from '../../state/use-submit';
import { FormActions } from './FormActions';

interface ServiceFormProps {
  service: Service | null;
  onDone: () => void;
}

export function ServiceForm({ service, onDone }: ServiceFormProps) {
  const [code, setCode] = useState(service?.code ?? '');
  const [name, setName] = useState(service?.name ?? '');
  const [letter, setLetter] = useState(service?.letter ?? '');
  const [fields, setFields] = useState(service?.fields.join(', ') ?? '');
  const [capacity, setCapacity] = useState(service?.dailyCapacity?.toString() ?? '');
  const [minutes, setMinutes] = useState(String(service?.minutesPerTicket ?? 10));
  const [active, setActive] = useState(service?.active ?? true);
  const submit = useSubmit();

  const save = () =>
    api('saveService', {
      ...(service ? { id: service.id, sortOrder: service.sortOrder } : {}),
      code: code.trim(),
      name,
      letter: letter.trim().toUpperCase(),
      fields: fields
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
      dailyCapacity: capacity.trim() === '' ? null : Number(capacity),
      minutesPerTicket: Number(minutes),
      active,
    });

  return (
    <form
      className="settings-form"
      data-testid="service-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit.run(save).then((ok) => ok && onDone());
      }}
    >
      <h3>{service ? `${settingsText.edit}: ${service.name}` : settingsText.addService}</h3>
      <label>
        {settingsText.serviceCode}
        <input
          autoFocus
          required
          maxLength={32}
          pattern="[A-Za-z0-9_.\-]+"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="service-code"
        />
      </label>
      <label>
        {settingsText.serviceName}
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} data-testid="service-name" />
      </label>
      <label>
        {settingsText.serviceLetter}
        <input
          required
          maxLength={1}
          pattern="[A-Za-z]"
          value={letter}
          onChange={(e) => setLetter(e.target.value.toUpperCase())}
          data-testid="service-letter"
        />
      </label>
      <label>
        {settingsText.serviceFields}
        <input value={fields} onChange={(e) => setFields(e.target.value)} data-testid="service-fields" />
      </label>
      <label>
        {settingsText.serviceCapacity}
        <input
          type="number"
          min={1}
          max={100000}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          data-testid="service-capacity"
        />
      </label>
      <label>
        {settingsText.serviceMinutes}
        <input
          type="number"
          required
          min={1}
          max={480}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          data-testid="service-minutes"
        />
      </label>
      <FormActions item="service" active={active} onActive={setActive} busy={submit.busy} error={submit.error} onCancel={onDone} />
    </form>
  );
}
