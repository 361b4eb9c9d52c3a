import { useState } from 'react';
import type { Counter, Service } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { CounterForm } from './CounterForm';

export function CountersSection({ counters, services }: { counters: Counter[]; services: Service[] }) {
  const [editing, setEditing] = useState<Counter | 'new' | null>(null);
  const letters = (ids: string[]) =>
    services
      .filter((s) => ids.includes(s.id))
      .map((s) => s.letter)
      .join(', ');
  return (
    <section className="settings-section" aria-labelledby="settings-counters-title">
      <h2 id="settings-counters-title">{settingsText.countersTitle}</h2>
      <table className="settings-table" data-testid="counters-table">
        <thead>
          <tr>
            <th>{settingsText.counterNumber}</th>
            <th>{settingsText.counterName}</th>
            <th>{settingsText.counterServices}</th>
            <th>{settingsText.active}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {counters.map((c) => (
            <tr key={c.id} data-testid="counter-row">
              <td>{c.number}</td>
              <td>{c.name}</td>
              <td>{letters(c.serviceIds)}</td>
              <td>{c.active ? settingsText.yes : settingsText.no}</td>
              <td>
                <button type="button" onClick={() => setEditing(c)} data-testid="counter-edit">
                  {settingsText.edit}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <CounterForm
          key={editing === 'new' ? 'new' : editing.id}
          counter={editing === 'new' ? null : editing}
          services={services}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')} data-testid="counter-add">
          {settingsText.addCounter}
        </button>
      )}
    </section>
  );
}
