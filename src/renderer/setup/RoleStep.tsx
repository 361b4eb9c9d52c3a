import { useState, type KeyboardEvent } from 'react';
import { setupText as t } from '../../shared/i18n/vi/setup';
import { WizardStep } from './WizardStep';

export const PC_ROLES = ['hub', 'counter', 'kiosk', 'display'] as const;
export type PcRole = (typeof PC_ROLES)[number];

/** The first question: this PC keeps the ward's data, or it joins the PC that does. Keys 1–4 choose. */
export function RoleStep({ initial, total, onNext }: { initial: PcRole; total: number; onNext: (role: PcRole) => void }) {
  const [role, setRole] = useState<PcRole>(initial);
  const digit = (event: KeyboardEvent): void => {
    const chosen = PC_ROLES[Number(event.key) - 1];
    if (chosen) {
      event.preventDefault();
      setRole(chosen);
      document.getElementById(`setup-role-${chosen}`)?.focus();
    }
  };
  return (
    <WizardStep step={1} total={total} title={t.roleTitle} testId="setup-role" onBack={null} onNext={() => onNext(role)}>
      <p>{t.roleHint}</p>
      <div role="radiogroup" aria-labelledby="setup-role-title" className="setup-choices" onKeyDown={digit}>
        {PC_ROLES.map((value, index) => (
          <label key={value} className="setup-choice">
            <input
              id={`setup-role-${value}`}
              type="radio"
              name="setup-role"
              value={value}
              checked={role === value}
              autoFocus={role === value}
              onChange={() => setRole(value)}
              data-testid={`setup-role-${value}`}
            />
            <span>
              {index + 1}. {t.roles[value]}
            </span>
          </label>
        ))}
      </div>
    </WizardStep>
  );
}
