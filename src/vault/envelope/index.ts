// Public surface of lead envelopes (shared by the extension and the connector).
// Must never export private-key material helpers beyond key-pair creation.
export {
  createConnectorKeyPair,
  jwkThumbprintKid,
  type ConnectorKeyPair,
  type ConnectorPublicJwk,
} from './connector-keys';
export {
  createDeviceIdentity,
  describeDevicePublicKey,
  deviceIdentityFromKeys,
  type DeviceIdentity,
  type DevicePublicJwk,
} from './device-identity';
export {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  DEFAULT_ENVELOPE_MAX_AGE_SECONDS,
  EnvelopeClaimsSchema,
  EnvelopeError,
  type EnvelopeClaims,
  type EnvelopeErrorCode,
} from './envelope-format';
export {
  openEnvelope,
  type DevicePublicKeyResolver,
  type OpenedEnvelope,
  type OpenEnvelopeOptions,
} from './open-envelope';
export { createReplayGuard, type ReplayGuard } from './replay-guard';
export {
  sealEnvelope,
  type EnvelopeRecipient,
  type EnvelopeSigner,
  type SealedEnvelope,
  type SealEnvelopeInput,
} from './seal-envelope';
