import type { Board } from '../../shared/api/schemas';
import { displayText } from '../../shared/i18n/vi';

export function WaitingList({ services }: { services: Board['services'] }) {
  return (
    <section className="display-panel">
      <h2>{displayText.waiting}</h2>
      <ul className="display-waiting" data-testid="waiting-counts">
        {services.map((service) => (
          <li key={service.id} data-testid={`waiting-${service.letter}`}>
            <span className="display-letter">{service.letter}</span>
            <span className="display-service-name">{service.name}</span>
            <span className="display-waiting-count">{displayText.waitingCount(service.waiting)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
