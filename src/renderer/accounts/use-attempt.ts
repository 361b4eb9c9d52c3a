import { useState } from 'react';
import { failureMessage } from '../state/failure';

/**
 * A sign-in gate form's one try: busy from the start, and still busy once it worked (the gate moves on and
 * the form goes away); a failure gives the service's refusal in words and the form back.
 */
export function useAttempt() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** `onFailure` runs after the refusal is shown, e.g. to clear a wrong PIN and focus it again. */
  const attempt = async (work: () => Promise<void>, onFailure?: () => void): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failureMessage(failure));
      setBusy(false);
      onFailure?.();
    }
  };

  return { busy, error, setError, attempt };
}
