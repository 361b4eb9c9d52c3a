import type { Board } from '../../../shared/api/schemas';
import { kioskText } from '../../../shared/i18n/vi';

interface PriorityChooserProps {
  serviceName: string;
  categories: Board['priorityCategories'];
  onChoose: (priorityCategoryId: string | null) => void;
  onBack: () => void;
}

/** Key 0 is "no priority", 1–9 the categories in order, Esc goes back. */
export function PriorityChooser({ serviceName, categories, onChoose, onBack }: PriorityChooserProps) {
  return (
    <>
      <h1>{kioskText.priorityTitle}</h1>
      <p className="kiosk-hint">{serviceName}</p>
      <div className="kiosk-grid">
        <button
          type="button"
          className="kiosk-priority none"
          data-testid="kiosk-priority-none"
          aria-keyshortcuts="0"
          onClick={() => onChoose(null)}
        >
          <kbd>0</kbd> {kioskText.noPriority}
        </button>
        {categories.map((c, i) => (
          <button
            key={c.id}
            type="button"
            className="kiosk-priority"
            data-testid={`kiosk-priority-${i + 1}`}
            aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
            onClick={() => onChoose(c.id)}
          >
            {i < 9 && <kbd>{i + 1}</kbd>} {c.name}
          </button>
        ))}
      </div>
      <button type="button" className="kiosk-back" data-testid="kiosk-back" aria-keyshortcuts="Escape" onClick={onBack}>
        {kioskText.back}
      </button>
    </>
  );
}
