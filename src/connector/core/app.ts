// The connector's HTTP behaviour, independent of Node: routing, device enrolment, envelope intake.
// Leads arrive only as encrypted, signed envelopes (POST /v1/envelopes); the old plain
// POST /v1/leads answers 410. Must never store or answer with anything from a request that failed
// validation, or log personal data.
import { cors } from './cors';
import { enrolDevice } from './device-routes';
import { receiveEnvelope } from './envelope-routes';
import { json, problem } from './http';
import type {
  ConnectorKey,
  ConnectorRequest,
  ConnectorResponse,
  LeadStore,
  Logger,
  SuppressionStore,
} from './types';

export const MAX_BODY_BYTES = 256 * 1024;

export interface ConnectorAppOptions {
  store: LeadStore;
  log: Logger;
  version: string;
  key: ConnectorKey;
  now?: () => Date;
  /** The admin-signed policy bundle (compact JWS) this connector serves, if one is deployed. */
  readPolicyBundle?: () => string | undefined;
  /** The suppression list served at GET /v1/suppression (keyed hashes only). */
  suppression?: SuppressionStore;
}

export function createConnectorApp(options: ConnectorAppOptions) {
  const now = options.now ?? (() => new Date());
  const { store, log, key } = options;

  async function route(request: ConnectorRequest): Promise<ConnectorResponse> {
    const path = request.path.split('?')[0] ?? '/';
    if (request.method === 'OPTIONS') return { status: 204, headers: {}, body: undefined };
    if (path === '/healthz') {
      if (request.method !== 'GET') return problem(405, 'Use GET for /healthz');
      const healthy = store.isHealthy();
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
    if (path === '/v1/suppression') {
      if (request.method !== 'GET') return problem(405, 'Use GET for /v1/suppression');
      if (!options.suppression) return problem(404, 'This connector keeps no suppression list');
      const entries = options.suppression.list();
      return json(200, { entries, count: entries.length });
    }
    if (path === '/v1/connector-key') {
      if (request.method !== 'GET') return problem(405, 'Use GET for /v1/connector-key');
      return json(200, key.publicJwk);
    }
    if (path === '/v1/devices') {
      if (request.method !== 'POST') return problem(405, 'Use POST for /v1/devices');
      if (request.bodyTooLarge)
        return problem(413, `Request body is larger than ${MAX_BODY_BYTES} bytes`);
      return enrolDevice(request, store, log, now);
    }
    if (path === '/v1/envelopes') {
      if (request.method !== 'POST') return problem(405, 'Use POST for /v1/envelopes');
      if (request.bodyTooLarge)
        return problem(413, `Request body is larger than ${MAX_BODY_BYTES} bytes`);
      return receiveEnvelope(request, { store, log, key, now });
    }
    if (path === '/v1/leads') {
      return problem(410, 'Leads are accepted only as encrypted envelopes: POST /v1/envelopes');
    }
    return problem(404, 'No such endpoint');
  }

  return async function handle(request: ConnectorRequest): Promise<ConnectorResponse> {
    let response: ConnectorResponse;
    try {
      response = await route(request);
    } catch (error) {
      log.error('request.failed', {
        reason: error instanceof Error ? error.name : 'unknown',
      });
      response = problem(500, 'Internal error; nothing was stored');
    }
    response.headers = { ...response.headers, ...cors(request.headers.origin) };
    return response;
  };
}
