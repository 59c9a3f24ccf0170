// Talks to the connector over HTTP: fetches its public key, enrols this device, posts envelopes,
// and classifies each outcome. Must never put personal data in the returned error text, or treat
// a 4xx as retryable.
import type { LeadRecord } from '@src/lead/record';
import { LEAD_WIRE_VERSION, type LeadSubmission } from '@src/lead/wire';

export type DeliveryOutcome =
  | { ok: true; status: number; body?: unknown }
  | { ok: false; retryable: boolean; error: string; status?: number; code?: string };

export interface DeliverOptions {
  endpoint: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export const ENVELOPE_MEDIA_TYPE = 'application/jose';

/** The error when no answer came (stored as the lead's last error; the interface's English table uses
 * this very text, so the stored wording and its translation cannot drift apart). */
export const CONNECTOR_UNREACHABLE = 'Connector unreachable';

export function toSubmission(record: LeadRecord): LeadSubmission {
  return {
    schemaVersion: LEAD_WIRE_VERSION,
    id: record.id,
    capturedAt: record.capturedAt,
    sourceUrl: record.sourceUrl,
    person: record.person,
    provenance: record.provenance,
    ...(record.compliance ? { compliance: record.compliance } : {}),
    ...(record.receipt ? { receipt: record.receipt.jws } : {}),
  };
}

async function readFailure(
  response: globalThis.Response,
): Promise<{ error: string; code?: string }> {
  try {
    const body = (await response.json()) as {
      error?: unknown;
      code?: unknown;
      problems?: { path: string; message: string }[];
    };
    const problems = Array.isArray(body.problems)
      ? body.problems.slice(0, 3).map((p) => `${String(p.path)}: ${String(p.message)}`)
      : [];
    const head = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    const error = [head, ...problems].join('; ').slice(0, 300);
    return typeof body.code === 'string' ? { error, code: body.code } : { error };
  } catch {
    return { error: `HTTP ${response.status}` };
  }
}

async function call(
  path: string,
  init: RequestInit,
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: globalThis.Response;
  try {
    response = await fetchImpl(`${options.endpoint}${path}`, {
      ...init,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch {
    return { ok: false, retryable: true, error: CONNECTOR_UNREACHABLE };
  }
  if (response.status === 200 || response.status === 201) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return { ok: true, status: response.status, body };
  }
  const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
  return { ok: false, retryable, status: response.status, ...(await readFailure(response)) };
}

/** GET /v1/connector-key: the connector's public envelope key (the body is checked by the caller). */
export function fetchConnectorKey(options: DeliverOptions): Promise<DeliveryOutcome> {
  return call('/v1/connector-key', { method: 'GET' }, options);
}

/** POST /v1/devices with this device's public signing JWK. */
export function enrolDevice(publicJwk: object, options: DeliverOptions): Promise<DeliveryOutcome> {
  return call(
    '/v1/devices',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jwk: publicJwk }),
    },
    options,
  );
}

/** POST /v1/envelopes with one compact JWE. */
export function postEnvelope(jwe: string, options: DeliverOptions): Promise<DeliveryOutcome> {
  return call(
    '/v1/envelopes',
    { method: 'POST', headers: { 'content-type': ENVELOPE_MEDIA_TYPE }, body: jwe },
    options,
  );
}
