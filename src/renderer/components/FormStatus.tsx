import { settingsText } from '../../shared/i18n/vi';

/** Where a form says it saved, or why the service refused it. */
export function FormStatus({ error, saved, testId }: { error: string | null; saved: boolean; testId: string }) {
  return (
    <>
      <div className="alert" role="alert" data-testid={`${testId}-error`}>
        {error}
      </div>
      <div className="notice" role="status">
        {saved && settingsText.saved}
      </div>
    </>
  );
}
