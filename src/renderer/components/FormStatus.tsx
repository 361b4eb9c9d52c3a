import { settingsText } from '../../shared/i18n/vi';
import { FormError } from './FormError';

/** Where a form says it saved, or why the service refused it. */
export function FormStatus({ error, saved, testId }: { error: string | null; saved: boolean; testId: string }) {
  return (
    <>
      <FormError error={error} testId={`${testId}-error`} />
      <div className="notice" role="status">
        {saved && settingsText.saved}
      </div>
    </>
  );
}
