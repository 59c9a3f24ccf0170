import { describe, expect, it } from 'vitest';
import { createConnectorApp } from '@src/connector/core/app';
import type { ConnectorRequest, Logger } from '@src/connector/core/types';
import { listDevices, revokeDevice } from '@src/connector/node/device-admin';
import { createSqliteLeadStore, openDatabase } from '@src/connector/node/sqlite-store';
import { createJsonLogger } from '@src/connector/node/logger';
import { createDeviceIdentity, type DeviceIdentity } from '@src/vault/envelope';
import {
  PERSON_EMAIL,
  PERSON_NAME,
  sealFor,
  tempDir,
  testConnectorKey,
  validSubmission,
} from './fixtures';

async function setup() {
  const db = openDatabase(tempDir());
  const lines: string[] = [];
  const log: Logger = createJsonLogger((line) => lines.push(line));
  const key = await testConnectorKey();
  const store = createSqliteLeadStore(db);
  const handle = createConnectorApp({ store, log, version: 'test', key });
  const count = () => (db.prepare('SELECT COUNT(*) AS n FROM leads').get() as { n: number }).n;
  const device = await createDeviceIdentity();
  const enrol = (d: DeviceIdentity = device) => handle(postDevice({ jwk: d.publicJwk }));
  const envelope = (lead: unknown = validSubmission(), d: DeviceIdentity = device, opts = {}) =>
    sealFor(lead, d, key, opts);
  return { handle, db, lines, count, key, device, enrol, envelope };
}

function postEnvelope(jwe: string, contentType = 'application/jose'): ConnectorRequest {
  return {
    method: 'POST',
    path: '/v1/envelopes',
    headers: { 'content-type': contentType },
    body: jwe,
  };
}

function postDevice(body: unknown): ConnectorRequest {
  return {
    method: 'POST',
    path: '/v1/devices',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

describe('connector app', () => {
  it('answers /healthz', async () => {
    const { handle } = await setup();
    const response = await handle({ method: 'GET', path: '/healthz', headers: {}, body: '' });
    expect(response).toMatchObject({ status: 200, body: { status: 'ok', version: 'test' } });
  });

  it('serves its public envelope key (never the private part)', async () => {
    const { handle, key } = await setup();
    const response = await handle({
      method: 'GET',
      path: '/v1/connector-key',
      headers: {},
      body: '',
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...key.publicJwk });
    expect(response.body).not.toHaveProperty('d');
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('no longer takes plain JSON leads: POST /v1/leads answers 410 and stores nothing', async () => {
    const { handle, count } = await setup();
    const response = await handle({
      method: 'POST',
      path: '/v1/leads',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validSubmission()),
    });
    expect(response.status).toBe(410);
    expect(JSON.stringify(response.body)).toContain('/v1/envelopes');
    expect(count()).toBe(0);
  });
});

describe('device enrolment', () => {
  it('enrols a device public key under its thumbprint (201, then 200)', async () => {
    const { enrol, device, db } = await setup();
    expect(await enrol()).toMatchObject({
      status: 201,
      body: { kid: device.kid, status: 'approved' },
    });
    expect(await enrol()).toMatchObject({ status: 200 });
    const rows = db.prepare('SELECT kid, status FROM devices').all();
    expect(rows).toEqual([{ kid: device.kid, status: 'approved' }]);
  });

  it.each([
    ['not JSON', '{', 400],
    [
      'a private key',
      { jwk: { kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'b'.repeat(43), d: 'c'.repeat(43) } },
      422,
    ],
    ['an RSA key', { jwk: { kty: 'RSA', n: 'x', e: 'AQAB' } }, 422],
    [
      'a point not on the curve',
      { jwk: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) } },
      422,
    ],
  ] as const)('refuses %s', async (_label, body, status) => {
    const { handle, db } = await setup();
    expect((await handle(postDevice(body))).status).toBe(status);
    expect(db.prepare('SELECT COUNT(*) AS n FROM devices').get()).toEqual({ n: 0 });
  });

  it('refuses a kid that is not the key’s thumbprint', async () => {
    const { handle, device } = await setup();
    const response = await handle(
      postDevice({ jwk: { ...device.publicJwk, kid: 'x'.repeat(43) } }),
    );
    expect(response).toMatchObject({ status: 422 });
  });
});

describe('envelope intake', () => {
  it('opens an envelope from an enrolled device and stores the lead once (201, then 200)', async () => {
    const { handle, enrol, envelope, count, db } = await setup();
    await enrol();
    const first = await handle(postEnvelope(await envelope()));
    expect(first).toMatchObject({
      status: 201,
      body: { id: validSubmission().id, outcome: 'created' },
    });
    // The same lead in a new envelope (a retry after a lost answer) is a duplicate, not an error.
    const again = await handle(postEnvelope(await envelope()));
    expect(again).toMatchObject({ status: 200, body: { outcome: 'duplicate' } });
    expect(count()).toBe(1);
    const row = db.prepare('SELECT payload FROM leads').get() as { payload: string };
    expect(JSON.parse(row.payload)).toMatchObject({ person: { emails: [PERSON_EMAIL] } });
  });

  it('refuses an envelope from a device that is not enrolled with 403 and a clear message', async () => {
    const { handle, envelope, count } = await setup();
    const response = await handle(postEnvelope(await envelope()));
    expect(response).toMatchObject({ status: 403, body: { code: 'unknown_device' } });
    expect(JSON.stringify(response.body)).toContain('/v1/devices');
    expect(count()).toBe(0);
  });

  it('refuses a revoked device: its envelopes (403) and its re-enrolment (403); stored leads stay', async () => {
    const { handle, enrol, envelope, count, db, device } = await setup();
    await enrol();
    expect((await handle(postEnvelope(await envelope()))).status).toBe(201);
    expect(revokeDevice(db, device.kid)).toBe('revoked');
    expect(revokeDevice(db, device.kid)).toBe('already-revoked');
    expect(revokeDevice(db, 'no-such-kid')).toBe('unknown');
    const refused = await handle(
      postEnvelope(await envelope(validSubmission({ id: crypto.randomUUID() }))),
    );
    expect(refused).toMatchObject({ status: 403, body: { code: 'unknown_device' } });
    const again = await enrol();
    expect(again.status).toBe(403);
    expect(JSON.stringify(again.body)).toContain('revoked');
    expect(count()).toBe(1);
    expect(listDevices(db)).toEqual([
      { kid: device.kid, status: 'revoked', enrolledAt: expect.any(String) as unknown },
    ]);
  });

  it('refuses a replayed envelope with 409', async () => {
    const { handle, enrol, envelope } = await setup();
    await enrol();
    const jwe = await envelope();
    expect((await handle(postEnvelope(jwe))).status).toBe(201);
    expect(await handle(postEnvelope(jwe))).toMatchObject({
      status: 409,
      body: { code: 'replayed' },
    });
  });

  it('forgets envelope ids once they are too old to be accepted anyway', async () => {
    const { handle, enrol, envelope, db } = await setup();
    await enrol();
    db.prepare(
      "INSERT INTO envelopes_seen (jti, iat, device_kid, lead_id, received_at) VALUES ('old', 1, 'k', 'l', 'x')",
    ).run();
    await handle(postEnvelope(await envelope()));
    const jtis = db.prepare('SELECT jti FROM envelopes_seen').all() as { jti: string }[];
    expect(jtis.map((row) => row.jti)).not.toContain('old');
    expect(jtis).toHaveLength(1);
  });

  it('refuses a different lead under a stored id with 409 and keeps the original', async () => {
    const { handle, enrol, envelope, db } = await setup();
    await enrol();
    await handle(postEnvelope(await envelope()));
    const clash = validSubmission({
      person: { ...validSubmission().person, name: 'Someone Else' },
    });
    expect(await handle(postEnvelope(await envelope(clash)))).toMatchObject({ status: 409 });
    const row = db.prepare('SELECT payload FROM leads').get() as { payload: string };
    expect(row.payload).toContain(PERSON_NAME);
  });

  it('refuses an envelope for another connector key, tampered, stale, or of the wrong type', async () => {
    const { handle, enrol, envelope, device, count } = await setup();
    await enrol();
    const other = await testConnectorKey();
    const forOther = await sealFor(validSubmission(), device, other);
    expect((await handle(postEnvelope(forOther))).status).toBe(400);
    const jwe = await envelope();
    const parts = jwe.split('.');
    const ciphertext = parts[3]!;
    const middle = Math.floor(ciphertext.length / 2);
    const flipped = ciphertext[middle] === 'A' ? 'B' : 'A';
    parts[3] = `${ciphertext.slice(0, middle)}${flipped}${ciphertext.slice(middle + 1)}`;
    expect((await handle(postEnvelope(parts.join('.')))).status).toBe(400);
    const stale = await envelope(validSubmission(), device, { now: Date.now() - 30 * 86_400_000 });
    expect(await handle(postEnvelope(stale))).toMatchObject({
      status: 400,
      body: { code: 'expired' },
    });
    expect((await handle(postEnvelope(jwe, 'application/json'))).status).toBe(415);
    expect((await handle({ ...postEnvelope(''), bodyTooLarge: true })).status).toBe(413);
    expect(
      (await handle({ method: 'GET', path: '/v1/envelopes', headers: {}, body: '' })).status,
    ).toBe(405);
    expect(count()).toBe(0);
  });

  it('names every invalid field of the lead by path, without echoing values', async () => {
    const { handle, enrol, envelope, count } = await setup();
    await enrol();
    const bad = {
      ...validSubmission(),
      id: 'not-a-uuid',
      person: {
        ...validSubmission().person,
        emails: ['ada-at-example'],
        phones: ['020 7946 0958'],
      },
      extra: 'surprise',
    };
    const response = await handle(postEnvelope(await envelope(bad)));
    expect(response.status).toBe(422);
    const body = response.body as { problems: { path: string; message: string }[] };
    expect(body.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['id', 'person.emails.0', 'person.phones.0', 'extra']),
    );
    const text = JSON.stringify(body);
    expect(text).not.toContain('ada-at-example');
    expect(text).not.toContain('020 7946 0958');
    expect(count()).toBe(0);
  });

  it('refuses a lead with no name, email or phone', async () => {
    const { handle, enrol, envelope } = await setup();
    await enrol();
    const empty = validSubmission({ person: { emails: [], phones: [], urls: [] } });
    const response = await handle(postEnvelope(await envelope(empty)));
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain('needs a name, an email or a phone');
  });

  it('sends CORS headers to extension origins only', async () => {
    const { handle } = await setup();
    const fromExtension = await handle({
      method: 'OPTIONS',
      path: '/v1/envelopes',
      headers: { origin: 'chrome-extension://lcllegdidckiijolhdmoifjbpceafmka' },
      body: '',
    });
    expect(fromExtension.status).toBe(204);
    expect(fromExtension.headers['access-control-allow-origin']).toBe(
      'chrome-extension://lcllegdidckiijolhdmoifjbpceafmka',
    );
    const fromPage = await handle({
      method: 'OPTIONS',
      path: '/v1/envelopes',
      headers: { origin: 'https://evil.example' },
      body: '',
    });
    expect(fromPage.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never writes personal data to its logs', async () => {
    const { handle, lines, enrol, envelope } = await setup();
    await enrol();
    await handle(postEnvelope(await envelope()));
    await handle(postEnvelope(await envelope({ ...validSubmission(), id: 'x' })));
    await handle(postEnvelope('garbage'));
    const logs = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const value of [PERSON_EMAIL, PERSON_NAME, '+442079460958', 'Head of Partnerships']) {
      expect(logs).not.toContain(value);
    }
  });

  it('answers 500 without storing when the store throws', async () => {
    const lines: string[] = [];
    const key = await testConnectorKey();
    const handle = createConnectorApp({
      store: {
        insertLead: () => {
          throw new Error('disk full at ada@example.com');
        },
        receiveEnvelopeLead: () => {
          throw new Error('disk full at ada@example.com');
        },
        isEnvelopeSeen: () => false,
        pruneSeenEnvelopes: () => 0,
        enrolDevice: () => {
          throw new Error('disk full at ada@example.com');
        },
        getDevice: () => undefined,
        getLeadMeta: () => undefined,
        isHealthy: () => false,
      },
      log: createJsonLogger((line) => lines.push(line)),
      version: 'test',
      key,
    });
    const device = await createDeviceIdentity();
    const response = await handle(postDevice({ jwk: device.publicJwk }));
    expect(response).toMatchObject({
      status: 500,
      body: { error: 'Internal error; nothing was stored' },
    });
    expect(lines.join('')).not.toContain('ada@example.com');
    expect(await handle({ method: 'GET', path: '/healthz', headers: {}, body: '' })).toMatchObject({
      status: 503,
    });
  });
});

describe('policy bundle endpoint', () => {
  const BUNDLE = 'eyJhbGciOiJFUzI1NiJ9.eyJ2ZXJzaW9uIjoxfQ.c2lnbmF0dXJl';

  it('serves the deployed signed bundle as application/jose', async () => {
    const db = openDatabase(tempDir());
    const handle = createConnectorApp({
      store: createSqliteLeadStore(db),
      log: createJsonLogger(() => undefined),
      version: 't',
      key: await testConnectorKey(),
      readPolicyBundle: () => BUNDLE,
    });
    const response = await handle({ method: 'GET', path: '/v1/policy', headers: {}, body: '' });
    expect(response).toMatchObject({ status: 200, body: BUNDLE });
    expect(response.headers['content-type']).toBe('application/jose');
  });

  it('answers 404 when no bundle is deployed', async () => {
    const { handle } = await setup();
    const response = await handle({ method: 'GET', path: '/v1/policy', headers: {}, body: '' });
    expect(response.status).toBe(404);
  });
});
