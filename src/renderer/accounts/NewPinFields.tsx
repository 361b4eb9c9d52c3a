import { useState } from 'react';
import { PinInput } from './PinInput';
import { newSecretProblem } from './secret-checks';

export interface NewPin {
  secret: string;
  again: string;
  setSecret: (value: string) => void;
  setAgain: (value: string) => void;
  /** Too short, or not typed the same twice; null when the PIN may be sent. */
  problem: string | null;
}

/** A new PIN typed twice, and what is wrong with it. */
export function useNewPin(): NewPin {
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  return { secret, again, setSecret, setAgain, problem: newSecretProblem(secret, again) };
}

interface NewPinFieldsProps {
  pin: NewPin;
  label: string;
  againLabel: string;
  /** Under the first field, which names it as its description. */
  hint: { id: string; text: string };
  testId: string;
  againTestId: string;
}

/** The new PIN and its repeat, one under the other. */
export function NewPinFields({ pin, label, againLabel, hint, testId, againTestId }: NewPinFieldsProps) {
  return (
    <>
      <PinInput label={label} value={pin.secret} onChange={pin.setSecret} autoComplete="new-password" hint={hint} testId={testId} />
      <PinInput label={againLabel} value={pin.again} onChange={pin.setAgain} autoComplete="new-password" testId={againTestId} />
    </>
  );
}
