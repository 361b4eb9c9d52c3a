import type { Ref } from 'react';

interface PinInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'current-password' where the clerk proves who they are, 'new-password' where a PIN is being set. */
  autoComplete: 'current-password' | 'new-password';
  testId: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** A line under the field that the field names as its description. */
  hint?: { id: string; text: string };
}

/** One labelled PIN field, with the contract's length limit. */
export function PinInput({ label, value, onChange, autoComplete, testId, autoFocus, inputRef, hint }: PinInputProps) {
  return (
    <label>
      {label}
      <input
        ref={inputRef}
        autoFocus={autoFocus}
        type="password"
        required
        autoComplete={autoComplete}
        maxLength={128}
        aria-describedby={hint?.id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {hint && <small id={hint.id}>{hint.text}</small>}
    </label>
  );
}
