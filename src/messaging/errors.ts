// A request failure with a code and a message fit to show the user, in English and Simplified
// Chinese (`text`; `message` is the English one, for logs and tests). The UI shows the text in its
// own language. Must never carry personal data or internals in either language.
import type { LocalizedText } from '@src/consent';
import type { ErrorCode } from './protocol';

export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = 'RequestError';
  }
}
