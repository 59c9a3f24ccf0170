// Runs an async action from an event handler and surfaces its error message.
// Must never leave a rejected promise unhandled.
import { useState } from 'preact/hooks';

export function useErrorMessage() {
  const [error, setError] = useState<string>();
  const run = (action: () => Promise<void>) => {
    setError(undefined);
    action().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return { error, run };
}
