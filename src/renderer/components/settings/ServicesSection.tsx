import { useState } from 'react';
import type { Service } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { ServiceForm } from './ServiceForm';

export function ServicesSection({ services }: { services: Service[] }) {
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  return (
    <section className="settings-section" aria-labelledby="settings-services-title">
      <h2 id="settings-services-title">{settingsText.servicesTitle}</h2>
      <table className="settings-table" data-testid="services-table">
        <thead>
          <tr>
            <th>{settingsText.serviceCode}</th>
            <th>{settingsText.serviceName}</th>
            <th>{settingsText.serviceLetterShort}</th>
            <th>{settingsText.serviceFieldsShort}</th>
            <th>{settingsText.serviceCapacityShort}</th>
            <th>{settingsText.serviceMinutesShort}</th>
            <th>{settingsText.active}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.id} data-testid="service-row">
              <td>{s.code}</td>
              <td>{s.name}</td>
              <td>{s.letter}</td>
              <td>{s.fields.join(', ')}</td>
              <td>{s.dailyCapacity ?? settingsText.unlimited}</td>
              <td>{s.minutesPerTicket}</td>
              <td>{s.active ? settingsText.yes : settingsText.no}</td>
              <td>
                <button type="button" onClick={() => setEditing(s)} data-testid="service-edit">
                  {settingsText.edit}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <ServiceForm key={editing === 'new' ? 'new' : editing.id} service={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')} data-testid="service-add">
          {settingsText.addService}
        </button>
      )}
    </section>
  );
}
