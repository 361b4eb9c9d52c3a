import { Confidence } from '../../shared/calendar/calendar-data';
import { confidenceLabels } from '../../shared/i18n/vi/calendar';

/** How sure a calendar fact is (C, S, U), each choice with its Vietnamese meaning. */
export function ConfidenceSelect({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: Confidence;
  onChange: (value: Confidence) => void;
  testId: string;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(Confidence.parse(e.target.value))} data-testid={testId}>
        {Confidence.options.map((c) => (
          <option key={c} value={c}>
            {`${c} — ${confidenceLabels[c]}`}
          </option>
        ))}
      </select>
    </label>
  );
}
