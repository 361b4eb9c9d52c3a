import { useEffect, useId, useRef, useState } from 'react';
import { dateInputText as text } from '../../shared/i18n/vi/common';
import { formatDay, parseDayText } from '../../shared/time/format';
import { localDay } from '../../shared/time/local-time';

interface DateInputProps {
  /** "YYYY-MM-DD", or "" for none. */
  value: string;
  /** The day typed ("YYYY-MM-DD"), or "" while the field is empty or holds no real day. */
  onChange: (day: string) => void;
  'data-testid'?: string;
  id?: string;
  required?: boolean;
  autoFocus?: boolean;
  min?: string;
  max?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

function shiftDay(day: string, by: number): string {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000);
  return next.toISOString().slice(0, 10);
}

function problemOf(typed: string, min?: string, max?: string): string | null {
  if (!typed.trim()) return null;
  const parsed = parseDayText(typed);
  if (!parsed.ok) return parsed.reason === 'format' ? text.format : text.impossible(typed.trim());
  if (min && parsed.day < min) return text.tooEarly(formatDay(min));
  if (max && parsed.day > max) return text.tooLate(formatDay(max));
  return null;
}

/**
 * A day typed as dd/mm/yyyy. The browser's own date input writes the day in the order of the PC's
 * language (12/07/2026 on an English Windows), so the clerk would read one order here and another
 * in every heading; this one always reads and takes day/month/year. Arrow up/down step a day.
 */
export function DateInput({ value, onChange, min, max, required, autoFocus, ...rest }: DateInputProps) {
  const [typed, setTyped] = useState(() => (value ? formatDay(value) : ''));
  const [touched, setTouched] = useState(false);
  // The day last handed up: a new value from the parent (a reset, a loaded record) replaces what is typed.
  const emitted = useRef(value);
  const inputRef = useRef<HTMLInputElement>(null);
  const problemId = useId();

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setTyped(value ? formatDay(value) : '');
    setTouched(false);
  }, [value]);

  const problem = problemOf(typed, min, max);
  // An impossible day is said at once; an unfinished one only once the clerk leaves the field.
  const shown = problem && (touched || parseDayText(typed).ok || /\d{4}\s*$/.test(typed)) ? problem : null;

  useEffect(() => inputRef.current?.setCustomValidity(problem ?? ''), [problem]);

  const accept = (next: string): void => {
    setTyped(next);
    const parsed = parseDayText(next);
    const day = parsed.ok && !problemOf(next, min, max) ? parsed.day : '';
    if (day !== emitted.current) {
      emitted.current = day;
      onChange(day);
    }
  };

  const describedBy = [rest['aria-describedby'], shown ? problemId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        ref={inputRef}
        id={rest.id}
        data-testid={rest['data-testid']}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={text.placeholder}
        title={text.hint}
        maxLength={10}
        size={10}
        required={required}
        autoFocus={autoFocus}
        value={typed}
        aria-invalid={shown || rest['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => accept(event.target.value)}
        onBlur={() => setTouched(true)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
          event.preventDefault();
          const parsed = parseDayText(typed);
          const base = parsed.ok ? parsed.day : value || localDay(new Date());
          accept(formatDay(shiftDay(base, event.key === 'ArrowUp' ? 1 : -1)));
        }}
      />
      {shown && (
        <span className="alert date-input-problem" role="alert" id={problemId}>
          {shown}
        </span>
      )}
    </>
  );
}
