import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { setupText as t } from '../../shared/i18n/vi/setup';
import { FormError } from '../components/FormError';

interface WizardStepProps {
  step: number;
  total: number;
  title: string;
  testId: string;
  /** Null on the first step. */
  onBack: (() => void) | null;
  onNext: () => void;
  error?: string | null;
  nextLabel?: string;
  busy?: boolean;
  children: ReactNode;
}

/**
 * One page of the wizard, a form: Enter goes on (from a text field, a radio button, a checkbox or a list alike),
 * Esc goes back, so the whole set-up is done without a mouse.
 */
export function WizardStep({ step, total, title, testId, onBack, onNext, error, nextLabel, busy, children }: WizardStepProps) {
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!busy) onNext();
  };
  const keys = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape' && onBack) {
      event.preventDefault();
      onBack();
    } else if (event.key === 'Enter' && goesOnWithEnter(event.target)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  return (
    <form
      noValidate
      className="stack setup-step"
      onSubmit={submit}
      onKeyDown={keys}
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
    >
      <p className="setup-progress">{t.stepOf(step, total)}</p>
      <h2 id={`${testId}-title`}>{title}</h2>
      {children}
      <FormError error={error ?? null} testId={`${testId}-error`} />
      <div className="setup-buttons">
        {onBack && (
          <button type="button" onClick={onBack} data-testid="setup-back">
            {t.back}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy} data-testid="setup-next">
          {nextLabel ?? t.next}
        </button>
      </div>
    </form>
  );
}

/** Fields a browser does not submit the form from on Enter, as it does from a text field. */
function goesOnWithEnter(target: EventTarget): boolean {
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && ['radio', 'checkbox'].includes(target.type);
}
