import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectorApp, MAX_BODY_BYTES } from '@src/connector/core/app';
import { createJsonLogger } from '@src/connector/node/logger';
import { createConnectorServer } from '@src/connector/node/server';
import { createSqliteLeadStore, openDatabase } from '@src/connector/node/sqlite-store';
import { PERSON_EMAIL, tempDir, validSubmission } from './fixtures';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function start() {
  const lines: string[] = [];
  const log = createJsonLogger((line) => lines.push(line));
  const db = openDatabase(tempDir());
  const server = createConnectorServer(
    createConnectorApp({ store: createSqliteLeadStore(db), log, version: 't' }),
    log,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines };
}

describe('connector HTTP server', () => {
  it('accepts a lead over real HTTP and logs the request without personal data', async () => {
    const { url, lines } = await start();
    const response = await fetch(`${url}/v1/leads?email=${PERSON_EMAIL}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validSubmission()),
    });
    expect(response.status).toBe(201);
    const log = lines.join('');
    expect(log).toContain('"route":"/v1/leads"');
    expect(log).not.toContain(PERSON_EMAIL);
  });

  it('answers 413 to a body over the limit', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/v1/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(MAX_BODY_BYTES + 10),
    });
    expect(response.status).toBe(413);
  });
});
