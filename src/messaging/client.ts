// Sends typed requests from extension pages to the background and unwraps the response.
// Must never swallow an error: a failed request rejects with a RequestError the UI can show.
import { browser } from 'wxt/browser';
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
    throw new RequestError(
      ERROR_CODES.internal,
      'The extension background is not responding. Try again.',
    );
  }
  if (!response)
    throw new RequestError(ERROR_CODES.internal, 'No answer from the extension background.');
  if (!response.ok) throw new RequestError(response.error.code, response.error.message);
  return response.data;
}
