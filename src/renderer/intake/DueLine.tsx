import type { MethodOutput } from '../../shared/api/contract';
import { intakeText } from '../../shared/i18n/vi/dossiers';

export type DueDate = MethodOutput<'getDueDate'>;

/** The appointment with its hour, marked when the holiday calendar it was counted on is not confirmed. */
export function DueLine({ due }: { due: DueDate | null }) {
  if (!due) return <p data-testid="intake-due">{intakeText.dueWaiting}</p>;
  const [year, month, day] = due.date.split('-');
  return (
    <p data-testid="intake-due">
      {intakeText.due}: <strong>{intakeText.dueAt(due.time, `${day}/${month}/${year}`)}</strong>{' '}
      {!due.calendar.confirmed && (
        <span className="intake-unconfirmed" data-testid="intake-due-unconfirmed" title={due.calendar.notice ?? undefined}>
          {intakeText.calendarMark}
        </span>
      )}
    </p>
  );
}
