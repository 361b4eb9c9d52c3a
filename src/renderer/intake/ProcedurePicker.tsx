import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Procedure } from '../../shared/catalog/procedure';
import { intakeText } from '../../shared/i18n/vi/dossiers';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { failureMessage } from '../state/failure';

/** Enough to pick from while typing; a longer list means the clerk should type one more word. */
const SHOWN = 8;

interface ProcedurePickerProps {
  inputRef: RefObject<HTMLInputElement | null>;
  chosen: Procedure | null;
  onPick: (procedure: Procedure) => void;
}

/**
 * The procedure by its national code or a few words typed without accents (the catalogue's own
 * search): arrows move through the matches, Enter takes the highlighted one.
 */
export function ProcedurePicker({ inputRef, chosen, onPick }: ProcedurePickerProps) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Procedure[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const asked = ++latest.current;
    if (query.trim() === '') {
      setMatches([]);
      return;
    }
    api('listProcedures', { query, limit: SHOWN }).then(
      (result) => {
        if (asked !== latest.current) return;
        setMatches(result.procedures);
        setActive(0);
        setError(null);
      },
      (failure: unknown) => {
        if (asked === latest.current) setError(failureMessage(failure));
      },
    );
  }, [query]);

  const showList = !picked && matches.length > 0;
  const pick = (procedure: Procedure): void => {
    setPicked(true);
    onPick(procedure);
  };

  return (
    <div className="intake-procedure">
      <label>
        {intakeText.procedure}
        <input
          ref={inputRef}
          data-testid="intake-procedure-search"
          role="combobox"
          aria-expanded={showList}
          aria-controls="intake-procedure-list"
          aria-activedescendant={showList ? `intake-procedure-${active}` : undefined}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPicked(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((i) => Math.min(Math.max(i + step, 0), Math.max(matches.length - 1, 0)));
            } else if (event.key === 'Enter' && !event.ctrlKey && !picked && matches[active]) {
              event.preventDefault();
              pick(matches[active]);
            }
          }}
        />
      </label>
      <FormError error={error} testId="intake-procedure-error" />
      {query.trim() !== '' && matches.length === 0 && !error && <p className="hint">{intakeText.procedureNone}</p>}
      {showList && (
        <ul id="intake-procedure-list" role="listbox" className="intake-matches" data-testid="intake-procedure-matches">
          {matches.map((procedure, i) => (
            <li
              key={procedure.id}
              id={`intake-procedure-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(procedure);
              }}
            >
              {procedure.nationalCode.code && <span className="code">{procedure.nationalCode.code}</span>} {procedure.name}
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <p className="intake-chosen" data-testid="intake-procedure-chosen">
          {chosen.name}
        </p>
      )}
    </div>
  );
}
