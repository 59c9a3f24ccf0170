// Delivers one saved lead to the connector as an envelope: signed with this device's key (JWS),
// encrypted to the trusted connector key (JWE); enrols the device first. Records `send` and
// `delivered` audit events (envelope id and digest only).
// Must never send a lead unencrypted, or put personal data in an error or an audit event.
import { sha256Hex } from '@src/audit';
import type { LeadRecord } from '@src/lead/record';
import { enrolDevice, postEnvelope, toSubmission, type DeliveryOutcome } from '@src/outbox/deliver';
import type { JWK } from 'jose';
import { sealEnvelope, type DeviceIdentity } from '@src/vault/envelope';
import { deviceIdentity } from './device-signer';
import { getMeta, META_KEYS, setMeta } from '@src/vault/meta';
import { recordAudit } from './audit-service';
import { trustedConnectorKey } from './connector-trust';
import { db } from './services';

type Enrolments = Record<string, number>;

async function ensureEnrolled(
  identity: DeviceIdentity,
  connectorKid: string,
  endpoint: string,
  force = false,
): Promise<DeliveryOutcome> {
  const database = await db();
  const enrolments = ((await getMeta(database, META_KEYS.enrolments)) ?? {}) as Enrolments;
  const slot = `${connectorKid}:${identity.kid}`;
  if (!force && enrolments[slot]) return { ok: true, status: 200 };
  const outcome = await enrolDevice(identity.publicJwk, { endpoint });
  if (outcome.ok)
    await setMeta(database, META_KEYS.enrolments, { ...enrolments, [slot]: Date.now() });
  return outcome;
}

async function failed(record: LeadRecord, outcome: DeliveryOutcome & { ok: false }) {
  await recordAudit({
    type: 'delivered',
    recordId: record.id,
    outcome: 'failed',
    reason: outcome.retryable ? 'network_error' : 'connector_rejected',
  });
  return outcome;
}

export async function deliverRecord(
  record: LeadRecord,
  target: { endpoint: string; encryptionKey?: JWK },
): Promise<DeliveryOutcome> {
  const { endpoint } = target;
  const trusted = await trustedConnectorKey(await db(), endpoint, target.encryptionKey);
  if (!trusted.ok) return failed(record, trusted);
  const identity = await deviceIdentity();
  const enrolled = await ensureEnrolled(identity, trusted.key.kid, endpoint);
  if (!enrolled.ok) return failed(record, enrolled);
  const send = async (): Promise<DeliveryOutcome> => {
    const envelope = await sealEnvelope({
      lead: toSubmission(record),
      device: identity,
      connector: { publicKey: trusted.key.jwk, kid: trusted.key.kid },
    });
    await recordAudit({
      type: 'send',
      recordId: record.id,
      envelopeId: envelope.jti,
      deviceKid: identity.kid,
      digest: await sha256Hex(envelope.jwe),
    });
    return postEnvelope(envelope.jwe, { endpoint });
  };
  let outcome = await send();
  if (!outcome.ok && outcome.code === 'unknown_device') {
    // The connector forgot this device (e.g. a new database): enrol again, once.
    const again = await ensureEnrolled(identity, trusted.key.kid, endpoint, true);
    if (!again.ok) return failed(record, again);
    outcome = await send();
  }
  if (!outcome.ok) return failed(record, outcome);
  await recordAudit({ type: 'delivered', recordId: record.id, outcome: 'ok' });
  return outcome;
}
