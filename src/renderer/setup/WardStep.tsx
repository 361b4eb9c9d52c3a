import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { UnitCode } from '../../shared/dossier-code/dossier-code';
import { setupText as t } from '../../shared/i18n/vi/setup';
import { matchWards, type WardChoice } from '../../shared/setup/ward-list';
import { WizardStep } from './WizardStep';

const SHOWN = 8;

export interface WardAnswer {
  name: string;
  unitCode: string;
}

interface WardStepProps {
  wards: readonly WardChoice[];
  initial: WardAnswer | null;
  total: number;
  onBack: () => void;
  onNext: (ward: WardAnswer) => void;
}

/**
 * The ward picked from Hanoi's list by typing part of its name, accents or not, then its unit code:
 * taken from the list where it was sourced, typed by the administrator where it was not.
 */
export function WardStep({ wards, initial, total, onBack, onNext }: WardStepProps) {
  const [query, setQuery] = useState(initial?.name ?? '');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<WardChoice | null>(
    initial ? (wards.find((w) => w.name === initial.name) ?? { name: initial.name, unitCode: '', codeConfirmed: false }) : null,
  );
  const [unitCode, setUnitCode] = useState(initial?.unitCode ?? '');
  const [error, setError] = useState<string | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => matchWards(wards, query).slice(0, SHOWN), [wards, query]);

  const choose = (ward: WardChoice): void => {
    setChosen(ward);
    setQuery(ward.name);
    setUnitCode(ward.unitCode);
    setError(null);
    codeInput.current?.focus();
  };

  const keys = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(matches.length - 1, 0)));
    } else if (event.key === 'Enter' && chosen?.name !== query) {
      event.preventDefault();
      const ward = matches[active];
      if (ward) choose(ward);
    }
  };

  const next = (): void => {
    if (!chosen) {
      setError(t.wardRequired);
      return;
    }
    const code = UnitCode.safeParse(unitCode);
    if (!code.success) {
      setError(t.unitCodeBad);
      codeInput.current?.focus();
      return;
    }
    onNext({ name: chosen.name, unitCode: code.data });
  };

  const listOpen = chosen?.name !== query;
  return (
    <WizardStep step={2} total={total} title={t.wardTitle} testId="setup-ward" onBack={onBack} onNext={next} error={error}>
      <label>
        {t.wardSearch}
        <input
          autoFocus
          role="combobox"
          aria-expanded={listOpen}
          aria-controls="setup-ward-list"
          aria-activedescendant={listOpen && matches[active] ? `setup-ward-${active}` : undefined}
          aria-describedby="setup-ward-hint"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={keys}
          data-testid="setup-ward-search"
        />
      </label>
      <small id="setup-ward-hint">{t.wardHint}</small>
      {listOpen && (
        <ul id="setup-ward-list" role="listbox" className="setup-ward-list" data-testid="setup-ward-list">
          {matches.map((ward, index) => (
            <li
              key={ward.name}
              id={`setup-ward-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(ward);
              }}
            >
              {ward.name}
            </li>
          ))}
          {matches.length === 0 && <li className="setup-none">{t.wardNone}</li>}
        </ul>
      )}
      {chosen && !listOpen && <p data-testid="setup-ward-chosen">{t.wardChosen(chosen.name)}</p>}
      <label>
        {t.unitCode}
        <input
          ref={codeInput}
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          aria-describedby="setup-unit-code-hint"
          value={unitCode}
          onChange={(e) => setUnitCode(e.target.value.toUpperCase())}
          data-testid="setup-unit-code"
        />
      </label>
      <small id="setup-unit-code-hint">{chosen?.codeConfirmed ? t.unitCodeConfirmed : t.unitCodeUnconfirmed}</small>
    </WizardStep>
  );
}
