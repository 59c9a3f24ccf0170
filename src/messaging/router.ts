// Turns raw runtime messages into validated, typed handler calls, after one sender check.
// Must never trust sender.url, run a handler for an unvalidated message, or let a handler crash the worker.
import * as v from 'valibot';
import { describeIssues } from '@src/lead/issues';
import { bilingual } from '@src/ui/i18n/bilingual';
import { RequestError } from './errors';
import {
  ERROR_CODES,
  RequestSchema,
  type RequestOf,
  type RequestType,
  type Response,
} from './protocol';
import type { ResponseData } from './responses';

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>) => Promise<ResponseData<T>>;
};

export interface MessageSenderLike {
  id?: string;
}

export const REFUSAL_REASONS = {
  foreignSender: 'foreign-sender',
  malformed: 'malformed',
} as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[keyof typeof REFUSAL_REASONS];

export interface RouterOptions {
  runtimeId: string;
  handlers: Handlers;
  onRefused: (reason: RefusalReason) => Promise<void>;
  onHandlerError?: (type: RequestType, error: unknown) => void;
}

export function createMessageListener(options: RouterOptions) {
  return (message: unknown, sender: MessageSenderLike): Promise<Response<unknown>> | undefined => {
    if (!sender || sender.id !== options.runtimeId) {
      void options.onRefused(REFUSAL_REASONS.foreignSender).catch(() => undefined);
      return undefined;
    }
    const parsed = v.safeParse(RequestSchema, message);
    if (!parsed.success) {
      void options.onRefused(REFUSAL_REASONS.malformed).catch(() => undefined);
      const problems = describeIssues(parsed.issues)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ');
      const text = bilingual('errRefused', { problems });
      return Promise.resolve({
        ok: false,
        error: { code: ERROR_CODES.refused, message: text.en, text },
      });
    }
    return dispatch(options, parsed.output);
  };
}

async function dispatch(
  options: RouterOptions,
  request: RequestOf<RequestType>,
): Promise<Response<unknown>> {
  const handler = options.handlers[request.type] as (r: typeof request) => Promise<unknown>;
  try {
    return { ok: true, data: await handler(request) };
  } catch (error) {
    if (error instanceof RequestError)
      return { ok: false, error: { code: error.code, message: error.message, text: error.text } };
    options.onHandlerError?.(request.type, error);
    const text = bilingual('errInternal');
    return { ok: false, error: { code: ERROR_CODES.internal, message: text.en, text } };
  }
}
