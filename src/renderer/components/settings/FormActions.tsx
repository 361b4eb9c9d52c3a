import { settingsText } from '../../../shared/i18n/vi';
import { FormStatus } from '../FormStatus';

interface FormActionsProps {
  /** Test-id stem: `<item>-active`, `<item>-save`, `<item>-form` (status). */
  item: string;
  active: boolean;
  onActive: (active: boolean) => void;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
}

/** The tail every settings form shares: the "active" switch, save / cancel, and the result. */
export function FormActions({ item, active, onActive, busy, error, onCancel }: FormActionsProps) {
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={active} onChange={(e) => onActive(e.target.checked)} data-testid={`${item}-active`} />
        {settingsText.active}
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid={`${item}-save`}>
          {settingsText.save}
        </button>
        <button type="button" onClick={onCancel}>
          {settingsText.cancelEdit}
        </button>
      </div>
      <FormStatus error={error} saved={false} testId={`${item}-form`} />
    </>
  );
}
