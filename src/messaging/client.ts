// Sends typed requests from extension pages to the background and unwraps the response.
// Must never swallow an error: a failed request rejects with a RequestError the UI can show.
import { browser } from 'wxt/browser';
import { bilingual, untranslated } from '@src/ui/i18n/bilingual';
import { RequestError } from './errors';
import { ERROR_CODES, type RequestOf, type RequestType, type Response } from './protocol';
import type { ResponseData } from './responses';

export async function sendRequest<T extends RequestType>(
  request: RequestOf<T>,
): Promise<ResponseData<T>> {
  let response: Response<ResponseData<T>> | undefined;
  try {
    response = await browser.runtime.sendMessage<
      RequestOf<T>,
      Response<ResponseData<T>> | undefined
    >(request);
  } catch {
    throw new RequestError(ERROR_CODES.internal, bilingual('errNoBackground'));
  }
  if (!response) throw new RequestError(ERROR_CODES.internal, bilingual('errNoAnswer'));
  if (!response.ok) {
    const { code, message, text } = response.error;
    throw new RequestError(code, text ?? untranslated(message));
  }
  return response.data;
}
