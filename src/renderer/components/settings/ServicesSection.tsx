import type { Service } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { EditableTable, type Column } from './EditableTable';
import { ServiceForm } from './ServiceForm';

const columns: Column<Service>[] = [
  { header: settingsText.serviceCode, cell: (s) => s.code },
  { header: settingsText.serviceName, cell: (s) => s.name },
  { header: settingsText.serviceLetterShort, cell: (s) => s.letter },
  { header: settingsText.serviceFieldsShort, cell: (s) => s.fields.join(', ') },
  { header: settingsText.serviceCapacityShort, cell: (s) => s.dailyCapacity ?? settingsText.unlimited },
  { header: settingsText.serviceMinutesShort, cell: (s) => s.minutesPerTicket },
  { header: settingsText.active, cell: (s) => (s.active ? settingsText.yes : settingsText.no) },
];

export function ServicesSection({ services }: { services: Service[] }) {
  return (
    <EditableTable
      item="service"
      plural="services"
      title={settingsText.servicesTitle}
      addLabel={settingsText.addService}
      rows={services}
      columns={columns}
      renderForm={(service, onDone) => <ServiceForm service={service} onDone={onDone} />}
    />
  );
}
