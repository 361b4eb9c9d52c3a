import { useState } from 'react';
import { failureMessage } from './failure';

interface SubmitState {
  busy: boolean;
  error: string | null;
  saved: boolean;
}

/** One form's save: busy while it runs, then either "saved" or the service's Vietnamese refusal. */
export function useSubmit() {
  const [state, setState] = useState<SubmitState>({ busy: false, error: null, saved: false });
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setState({ busy: true, error: null, saved: false });
    try {
      await work();
      setState({ busy: false, error: null, saved: true });
      return true;
    } catch (error) {
      setState({ busy: false, error: failureMessage(error), saved: false });
      return false;
    }
  };
  return { ...state, run };
}
