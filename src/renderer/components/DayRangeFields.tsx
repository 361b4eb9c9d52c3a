import { DateInput } from './DateInput';

/** The two days of a report's range, typed dd/mm/yyyy; test ids `<prefix>-from` and `<prefix>-to`. */
export function DayRangeFields(props: {
  from: string;
  to: string;
  setFrom: (day: string) => void;
  setTo: (day: string) => void;
  labels: { from: string; to: string };
  testIdPrefix: string;
}) {
  return (
    <>
      <label>
        {props.labels.from}
        <DateInput value={props.from} required onChange={props.setFrom} data-testid={`${props.testIdPrefix}-from`} />
      </label>
      <label>
        {props.labels.to}
        <DateInput value={props.to} required onChange={props.setTo} data-testid={`${props.testIdPrefix}-to`} />
      </label>
    </>
  );
}

/** What the last action on the range came to: its refusal, or what it did. */
export function RangeActionOutcome({ error, status }: { error: string | null; status: string | null }) {
  return (
    <>
      <div className="alert" role="alert">
        {error}
      </div>
      <div className="notice" role="status">
        {status}
      </div>
    </>
  );
}
