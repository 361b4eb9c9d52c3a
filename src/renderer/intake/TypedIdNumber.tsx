import { useState, type RefObject } from 'react';
import { checkTypedIdNumber, type IdNumberCheck } from '../../shared/citizen-id/typed-id-number';
import { localDay } from '../../shared/time/local-time';
import { TypedIdVerdict } from './IdWarnings';

interface TypedIdNumberProps {
  value: string;
  onChange: (value: string) => void;
  testId: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** A personal ID number typed by hand, checked as a scan's would be when the clerk presses Enter or leaves the field. */
export function TypedIdNumber({ value, onChange, testId, inputRef }: TypedIdNumberProps) {
  const [check, setCheck] = useState<{ of: string; result: IdNumberCheck } | null>(null);
  const checkId = (): void => setCheck({ of: value, result: checkTypedIdNumber(value, { today: localDay(new Date()) }) });
  return (
    <>
      <input
        ref={inputRef}
        data-testid={testId}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => value && checkId()}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.ctrlKey) return;
          event.preventDefault();
          checkId();
        }}
      />
      <TypedIdVerdict check={check?.of === value ? check.result : null} />
    </>
  );
}
