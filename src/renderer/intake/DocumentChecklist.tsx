import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { RequiredDocument } from '../../shared/catalog/procedure';
import { intakeText } from '../../shared/i18n/vi/dossiers';

export interface ChecklistLine {
  document: RequiredDocument;
  present: boolean;
}

interface DocumentChecklistProps {
  lines: ChecklistLine[];
  firstRef: RefObject<HTMLInputElement | null>;
  addRef: RefObject<HTMLInputElement | null>;
  onToggle: (index: number) => void;
  /** A paper the catalogue does not list (or a procedure whose list nobody has sourced yet), received. */
  onAdd: (name: string) => void;
}

/**
 * One line per document the procedure asks for; Space marks it đủ or thiếu, the arrows move between
 * lines. A paper the list lacks is typed below and comes in as received.
 */
export function DocumentChecklist({ lines, firstRef, addRef, onToggle, onAdd }: DocumentChecklistProps) {
  const [extra, setExtra] = useState('');
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
      <label className="intake-add-document">
        {intakeText.addDocument}
        <input
          ref={addRef}
          data-testid="intake-add-document"
          autoComplete="off"
          value={extra}
          onChange={(event) => setExtra(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.ctrlKey || extra.trim() === '') return;
            event.preventDefault();
            onAdd(extra.trim());
            setExtra('');
          }}
        />
      </label>
    </fieldset>
  );
}
