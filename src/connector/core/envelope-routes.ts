// Receives leads as envelopes: POST /v1/envelopes (application/jose, compact JWE). Opens them
// with the shared openEnvelope (device key from the devices table), refuses unknown devices
// (403) and replays (409), validates the lead with LeadSubmissionSchema and stores it
// idempotently. Must never log or answer with anything from an envelope that failed to open.
import * as v from 'valibot';
import type { JWK } from 'jose';
import { describeIssues } from '@src/lead/issues';
import { LeadSubmissionSchema } from '@src/lead/wire';
import {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  DEFAULT_ENVELOPE_MAX_AGE_SECONDS,
  EnvelopeError,
  openEnvelope,
  type EnvelopeErrorCode,
} from '@src/vault/envelope';
import { sha256Hex } from './hash';
import { json, problem } from './http';
import type { ConnectorKey, ConnectorRequest, ConnectorResponse, LeadStore, Logger } from './types';

export const ENVELOPE_MEDIA_TYPE = 'application/jose';

const REFUSALS: Record<EnvelopeErrorCode, [number, string]> = {
  malformed: [400, 'The envelope is malformed'],
  decrypt_failed: [400, 'The envelope cannot be opened with this connector’s key'],
  wrong_recipient: [400, 'The envelope is addressed to another connector key'],
  unknown_device: [
    403,
    'The envelope is signed by a device that is not enrolled: POST /v1/devices',
  ],
  signature_invalid: [400, 'The envelope signature is invalid'],
  expired: [400, 'The envelope is too old'],
  not_yet_valid: [400, 'The envelope is dated in the future'],
  replayed: [409, 'This envelope was already received'],
  invalid_lead: [422, 'The lead does not match the submission schema'],
};

export async function receiveEnvelope(
  request: ConnectorRequest,
  deps: { store: LeadStore; log: Logger; key: ConnectorKey; now: () => Date },
): Promise<ConnectorResponse> {
  const { store, log, key } = deps;
  if (!new RegExp(`^${ENVELOPE_MEDIA_TYPE}\\b`, 'i').test(request.headers['content-type'] ?? ''))
    return problem(415, `Content-Type must be ${ENVELOPE_MEDIA_TYPE}`);
  let opened;
  try {
    opened = await openEnvelope(
      request.body.trim(),
      key.privateKey,
      (kid) => {
        const device = store.getDevice(kid);
        return device?.status === 'approved' ? (JSON.parse(device.publicJwk) as JWK) : undefined;
      },
      {
        now: deps.now().getTime(),
        expectedConnectorKid: key.kid,
        isJtiSeen: (jti) => store.isEnvelopeSeen(jti),
      },
    );
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    log.warn('envelope.refused', { code: error.code });
    const [status, message] = REFUSALS[error.code];
    return problem(status, message, { code: error.code });
  }
  const parsed = v.safeParse(LeadSubmissionSchema, opened.lead);
  if (!parsed.success) {
    log.warn('envelope.refused', { code: 'invalid_lead', deviceKid: opened.deviceKid });
    return problem(422, REFUSALS.invalid_lead[1], {
      code: 'invalid_lead',
      problems: describeIssues(parsed.issues),
    });
  }
  const lead = parsed.output;
  const receivedAt = deps.now().toISOString();
  const outcome = store.receiveEnvelopeLead(
    lead,
    await sha256Hex(JSON.stringify(lead)),
    receivedAt,
    { jti: opened.jti, iat: opened.iat, deviceKid: opened.deviceKid },
  );
  log.info('lead.received', { outcome, leadId: lead.id, deviceKid: opened.deviceKid });
  // Ids older than the maximum envelope age can go: such envelopes are refused as expired.
  const horizon = DEFAULT_ENVELOPE_MAX_AGE_SECONDS + DEFAULT_CLOCK_TOLERANCE_SECONDS;
  store.pruneSeenEnvelopes(Math.floor(deps.now().getTime() / 1000) - horizon);
  if (outcome === 'replayed') return problem(409, REFUSALS.replayed[1], { code: 'replayed' });
  if (outcome === 'conflict')
    return problem(409, 'A lead with this id was already stored with different content');
  const stored = store.getLeadMeta(lead.id);
  return json(outcome === 'created' ? 201 : 200, {
    id: lead.id,
    receivedAt: stored?.receivedAt ?? receivedAt,
    outcome,
  });
}
