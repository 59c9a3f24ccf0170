// Device enrolment: POST /v1/devices with a device's public signing JWK. The kid is computed
// here (RFC 7638 thumbprint), never trusted from the request. New keys are approved at once; a key an
// administrator revoked (admin tool: devices revoke) stays refused.
// Must never accept a private key (a JWK with `d`) or anything but an EC P-256 public key.
import { importJWK } from 'jose';
import * as v from 'valibot';
import { describeIssues } from '@src/lead/issues';
import { jwkThumbprintKid } from '@src/vault/envelope';
import { json, problem } from './http';
import type { ConnectorRequest, ConnectorResponse, LeadStore, Logger } from './types';

const Coordinate = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));

export const DeviceEnrolmentSchema = v.strictObject({
  jwk: v.strictObject({
    kty: v.literal('EC'),
    crv: v.literal('P-256'),
    x: Coordinate,
    y: Coordinate,
    kid: v.optional(v.string()),
    alg: v.optional(v.literal('ES256')),
    use: v.optional(v.literal('sig')),
  }),
});

export async function enrolDevice(
  request: ConnectorRequest,
  store: LeadStore,
  log: Logger,
  now: () => Date,
): Promise<ConnectorResponse> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
    return problem(415, 'Content-Type must be application/json');
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return problem(400, 'Request body is not valid JSON');
  }
  const parsed = v.safeParse(DeviceEnrolmentSchema, body);
  if (!parsed.success)
    return problem(422, 'Expected {"jwk": <EC P-256 public signing key>}', {
      problems: describeIssues(parsed.issues),
    });
  const { kty, crv, x, y, kid: claimedKid } = parsed.output.jwk;
  const core = { kty, crv, x, y };
  try {
    await importJWK(core, 'ES256'); // rejects points not on the curve
  } catch {
    return problem(422, 'The JWK is not a valid P-256 public key');
  }
  const kid = await jwkThumbprintKid(core);
  if (claimedKid !== undefined && claimedKid !== kid)
    return problem(422, 'The JWK kid is not its RFC 7638 thumbprint');
  const outcome = store.enrolDevice(
    kid,
    JSON.stringify({ ...core, kid, alg: 'ES256', use: 'sig' }),
    now().toISOString(),
  );
  log.info('device.enrolment', { outcome, deviceKid: kid });
  if (outcome === 'conflict') return problem(409, 'Another key is enrolled under this kid');
  if (outcome === 'revoked')
    return problem(403, 'An administrator revoked this device; it cannot enrol again');
  return json(outcome === 'created' ? 201 : 200, { kid, status: 'approved' });
}
