// The connector's HTTP behaviour, independent of Node: routing, validation, idempotent storage.
// Must never store or answer with anything from a request that failed validation, or log personal data.
import * as v from 'valibot';
import { describeIssues } from '@src/lead/issues';
import { LeadSubmissionSchema } from '@src/lead/wire';
import { cors } from './cors';
import { sha256Hex } from './hash';
import type { ConnectorRequest, ConnectorResponse, LeadStore, Logger } from './types';

export const MAX_BODY_BYTES = 256 * 1024;

export interface ConnectorAppOptions {
  store: LeadStore;
  log: Logger;
  version: string;
  now?: () => Date;
  /** The admin-signed policy bundle (compact JWS) this connector serves, if one is deployed. */
  readPolicyBundle?: () => string | undefined;
}

function json(
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

function problem(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
): ConnectorResponse {
  return json(status, { error, ...extra });
}

export function createConnectorApp(options: ConnectorAppOptions) {
  const now = options.now ?? (() => new Date());

  async function receiveLead(request: ConnectorRequest): Promise<ConnectorResponse> {
    if (request.bodyTooLarge)
      return problem(413, `Request body is larger than ${MAX_BODY_BYTES} bytes`);
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type))
      return problem(415, 'Content-Type must be application/json');
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return problem(400, 'Request body is not valid JSON');
    }
    const parsed = v.safeParse(LeadSubmissionSchema, body);
    if (!parsed.success) {
      return problem(422, 'The lead does not match the submission schema', {
        problems: describeIssues(parsed.issues),
      });
    }
    const lead = parsed.output;
    const receivedAt = now().toISOString();
    const outcome = options.store.insertLead(
      lead,
      await sha256Hex(JSON.stringify(lead)),
      receivedAt,
    );
    options.log.info('lead.received', { outcome, leadId: lead.id });
    if (outcome === 'conflict') {
      return problem(409, 'A lead with this id was already stored with different content');
    }
    const stored = options.store.getLeadMeta(lead.id);
    return json(outcome === 'created' ? 201 : 200, {
      id: lead.id,
      receivedAt: stored?.receivedAt ?? receivedAt,
      outcome,
    });
  }

  async function route(request: ConnectorRequest): Promise<ConnectorResponse> {
    const path = request.path.split('?')[0] ?? '/';
    if (request.method === 'OPTIONS') return { status: 204, headers: {}, body: undefined };
    if (path === '/healthz') {
      if (request.method !== 'GET') return problem(405, 'Use GET for /healthz');
      const healthy = options.store.isHealthy();
      return json(healthy ? 200 : 503, {
        status: healthy ? 'ok' : 'unavailable',
        version: options.version,
      });
    }
    if (path === '/v1/policy') {
      if (request.method !== 'GET') return problem(405, 'Use GET for /v1/policy');
      const bundle = options.readPolicyBundle?.();
      if (!bundle) return problem(404, 'No signed policy bundle is deployed on this connector');
      return { status: 200, headers: { 'content-type': 'application/jose' }, body: bundle };
    }
    if (path === '/v1/leads') {
      if (request.method !== 'POST') return problem(405, 'Use POST for /v1/leads');
      return receiveLead(request);
    }
    return problem(404, 'No such endpoint');
  }

  return async function handle(request: ConnectorRequest): Promise<ConnectorResponse> {
    let response: ConnectorResponse;
    try {
      response = await route(request);
    } catch (error) {
      options.log.error('request.failed', {
        reason: error instanceof Error ? error.name : 'unknown',
      });
      response = problem(500, 'Internal error; nothing was stored');
    }
    response.headers = { ...response.headers, ...cors(request.headers.origin) };
    return response;
  };
}
