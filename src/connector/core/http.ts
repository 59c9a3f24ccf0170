// Small response helpers shared by the connector's routes.
// Must never put request contents into a response body.
import type { ConnectorResponse } from './types';

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): ConnectorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body,
  };
}

export function problem(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
): ConnectorResponse {
  return json(status, { error, ...extra });
}
