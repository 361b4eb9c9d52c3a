import type { Counter, Service } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { CounterForm } from './CounterForm';
import { EditableTable } from './EditableTable';

export function CountersSection({ counters, services }: { counters: Counter[]; services: Service[] }) {
  const letters = (ids: string[]) =>
    services
      .filter((s) => ids.includes(s.id))
      .map((s) => s.letter)
      .join(', ');
  return (
    <EditableTable
      item="counter"
      plural="counters"
      title={settingsText.countersTitle}
      addLabel={settingsText.addCounter}
      rows={counters}
      columns={[
        { header: settingsText.counterNumber, cell: (c) => c.number },
        { header: settingsText.counterName, cell: (c) => c.name },
        { header: settingsText.counterServices, cell: (c) => letters(c.serviceIds) },
        { header: settingsText.active, cell: (c) => (c.active ? settingsText.yes : settingsText.no) },
      ]}
      renderForm={(counter, onDone) => <CounterForm counter={counter} services={services} onDone={onDone} />}
    />
  );
}
