// Runs an async action from an event handler and surfaces its error message.
// Must never leave a rejected promise unhandled.
import { useState } from 'preact/hooks';
import { errorText } from './error-text';

export function useErrorMessage() {
  const [error, setError] = useState<string>();
  const run = (action: () => Promise<void>) => {
    setError(undefined);
    action().catch((err: unknown) => setError(errorText(err)));
  };
  return { error, run };
}
