// A request failure with a code and a message fit to show the user.
// Must never carry personal data or internals in `message`.
import type { ErrorCode } from './protocol';

export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
