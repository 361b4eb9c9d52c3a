import type { Board } from '../../../shared/api/schemas';
import { kioskText } from '../../../shared/i18n/vi';

type BoardService = Board['services'][number];

export function ServiceChooser({ services, onChoose }: { services: BoardService[]; onChoose: (service: BoardService) => void }) {
  if (services.length === 0) return <p className="kiosk-empty">{kioskText.noServices}</p>;
  return (
    <>
      <h1>{kioskText.title}</h1>
      <p className="kiosk-hint">{kioskText.hint}</p>
      <div className="kiosk-grid">
        {services.map((s, i) => (
          <button
            key={s.id}
            type="button"
            className={`kiosk-service${s.remainingToday === 0 ? ' sold-out' : ''}`}
            data-testid={`kiosk-service-${s.letter}`}
            aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
            onClick={() => onChoose(s)}
          >
            {i < 9 && <kbd>{i + 1}</kbd>}
            <span className="kiosk-service-name">{s.name}</span>
            <span className="kiosk-service-facts">
              <span>{kioskText.waiting(s.waiting)}</span>
              <span>{kioskText.estimatedWait(s.estimatedWaitMinutes)}</span>
              {s.remainingToday !== null && (
                <span data-testid="kiosk-remaining">
                  {s.remainingToday === 0 ? kioskText.soldOut : kioskText.remaining(s.remainingToday)}
                </span>
              )}
            </span>
          </button>
        ))}
      </div>
    </>
  );
}
