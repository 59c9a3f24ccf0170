import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectorApp, MAX_BODY_BYTES } from '@src/connector/core/app';
import { createJsonLogger } from '@src/connector/node/logger';
import { createConnectorServer } from '@src/connector/node/server';
import { createSqliteLeadStore, openDatabase } from '@src/connector/node/sqlite-store';
import { createDeviceIdentity } from '@src/vault/envelope';
import { PERSON_EMAIL, sealFor, tempDir, testConnectorKey, validSubmission } from './fixtures';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function start() {
  const lines: string[] = [];
  const log = createJsonLogger((line) => lines.push(line));
  const db = openDatabase(tempDir());
  const key = await testConnectorKey();
  const server = createConnectorServer(
    createConnectorApp({ store: createSqliteLeadStore(db), log, version: 't', key }),
    log,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines, key };
}

describe('connector HTTP server', () => {
  it('enrols a device and accepts its envelope over real HTTP, logging no personal data', async () => {
    const { url, lines, key } = await start();
    const served = (await (await fetch(`${url}/v1/connector-key`)).json()) as { kid: string };
    expect(served.kid).toBe(key.kid);
    const device = await createDeviceIdentity();
    const enrolled = await fetch(`${url}/v1/devices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jwk: device.publicJwk }),
    });
    expect(enrolled.status).toBe(201);
    const response = await fetch(`${url}/v1/envelopes?email=${PERSON_EMAIL}`, {
      method: 'POST',
      headers: { 'content-type': 'application/jose' },
      body: await sealFor(validSubmission(), device, key),
    });
    expect(response.status).toBe(201);
    const log = lines.join('');
    expect(log).toContain('"route":"/v1/envelopes"');
    expect(log).not.toContain(PERSON_EMAIL);
  });

  it('answers 413 to a body over the limit', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/v1/envelopes`, {
      method: 'POST',
      headers: { 'content-type': 'application/jose' },
      body: 'x'.repeat(MAX_BODY_BYTES + 10),
    });
    expect(response.status).toBe(413);
  });
});
