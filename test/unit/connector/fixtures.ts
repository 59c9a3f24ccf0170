// Shared test data for connector tests: a valid submission and a temporary database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LeadSubmission } from '@src/lead/wire';

export const PERSON_EMAIL = 'ada.lovelace@meridian-analytics.co.uk';
export const PERSON_NAME = 'Ada Lovelace';

export function validSubmission(overrides: Partial<LeadSubmission> = {}): LeadSubmission {
  return {
    schemaVersion: 1,
    id: '8f2a1c3e-1b2c-4d5e-8f90-123456789abc',
    capturedAt: '2026-11-23T10:00:00.000Z',
    sourceUrl: 'https://meridian-analytics.co.uk/team',
    person: {
      name: PERSON_NAME,
      jobTitle: 'Head of Partnerships',
      emails: [PERSON_EMAIL],
      phones: ['+442079460958'],
      urls: [],
    },
    provenance: {
      name: [
        {
          method: 'json-ld',
          locator: 'jsonld[0].name',
          pageUrl: 'https://meridian-analytics.co.uk/team',
          capturedAt: '2026-11-23T10:00:00.000Z',
        },
      ],
    },
    ...overrides,
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'll-test-'));
}

/** A fresh connector envelope key, as the connector loads it. */
export async function testConnectorKey() {
  const { createConnectorKeyPair } = await import('@src/vault/envelope');
  const { connectorKeyFromPrivateJwk } = await import('@src/connector/core/connector-key');
  return connectorKeyFromPrivateJwk((await createConnectorKeyPair()).privateJwk);
}

/** Signs (device key) and encrypts (connector key) a lead, as the extension does. */
export async function sealFor(
  lead: unknown,
  device: { privateKey: CryptoKey; kid: string },
  connector: { publicJwk: object; kid: string },
  options: { now?: number; jti?: string } = {},
): Promise<string> {
  const { sealEnvelope } = await import('@src/vault/envelope');
  const { jwe } = await sealEnvelope({
    lead,
    device,
    connector: { publicKey: connector.publicJwk, kid: connector.kid },
    ...options,
  });
  return jwe;
}
