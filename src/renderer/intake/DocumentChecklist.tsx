import type { KeyboardEvent, RefObject } from 'react';
import type { RequiredDocument } from '../../shared/catalog/procedure';
import { intakeText } from '../../shared/i18n/vi/dossiers';

export interface ChecklistLine {
  document: RequiredDocument;
  present: boolean;
}

interface DocumentChecklistProps {
  lines: ChecklistLine[];
  firstRef: RefObject<HTMLInputElement | null>;
  onToggle: (index: number) => void;
}

/** One line per document the procedure asks for; Space marks it đủ or thiếu, the arrows move between lines. */
export function DocumentChecklist({ lines, firstRef, onToggle }: DocumentChecklistProps) {
  const move = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const boxes = Array.from(event.currentTarget.closest('ul')?.querySelectorAll('input') ?? []);
    const next = boxes.indexOf(event.currentTarget) + (event.key === 'ArrowDown' ? 1 : -1);
    boxes[next]?.focus();
  };

  return (
    <fieldset className="intake-checklist">
      <legend>{intakeText.checklistTitle}</legend>
      {lines.length === 0 && <p className="hint">{intakeText.checklistNone}</p>}
      <ul data-testid="intake-checklist">
        {lines.map(({ document, present }, i) => (
          <li key={i} className={present ? 'present' : 'missing'}>
            <label>
              <input
                ref={i === 0 ? firstRef : undefined}
                type="checkbox"
                data-testid={`intake-document-${i}`}
                checked={present}
                onChange={() => onToggle(i)}
                onKeyDown={move}
              />
              <span className="mark" data-testid={`intake-document-${i}-mark`}>
                {present ? intakeText.present : intakeText.missing}
              </span>
              <span>
                {document.name} ({intakeText.kinds[document.kind]}, {document.count}) {document.optional && intakeText.optional}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
