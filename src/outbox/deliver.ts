// Sends one lead to the connector over HTTP and classifies the outcome.
// Must never put personal data in the returned error text, or treat a 4xx as retryable.
import type { LeadRecord } from '@src/lead/record';
import { LEAD_WIRE_VERSION, type LeadSubmission } from '@src/lead/wire';

export type DeliveryOutcome =
  { ok: true; status: number } | { ok: false; retryable: boolean; error: string };

export interface DeliverOptions {
  endpoint: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export function toSubmission(record: LeadRecord): LeadSubmission {
  return {
    schemaVersion: LEAD_WIRE_VERSION,
    id: record.id,
    capturedAt: record.capturedAt,
    sourceUrl: record.sourceUrl,
    person: record.person,
    provenance: record.provenance,
    ...(record.compliance ? { compliance: record.compliance } : {}),
  };
}

async function errorSummary(response: globalThis.Response): Promise<string> {
  try {
    const body = (await response.json()) as {
      error?: unknown;
      problems?: { path: string; message: string }[];
    };
    const problems = Array.isArray(body.problems)
      ? body.problems.slice(0, 3).map((p) => `${String(p.path)}: ${String(p.message)}`)
      : [];
    const head = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    return [head, ...problems].join('; ').slice(0, 300);
  } catch {
    return `HTTP ${response.status}`;
  }
}

export async function deliverLead(
  record: LeadRecord,
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: globalThis.Response;
  try {
    response = await fetchImpl(`${options.endpoint}/v1/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(toSubmission(record)),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch {
    return { ok: false, retryable: true, error: 'Connector unreachable' };
  }
  if (response.status === 200 || response.status === 201)
    return { ok: true, status: response.status };
  const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
  return { ok: false, retryable, error: await errorSummary(response) };
}
