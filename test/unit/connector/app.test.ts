import { describe, expect, it } from 'vitest';
import { createConnectorApp, MAX_BODY_BYTES } from '@src/connector/core/app';
import type { ConnectorRequest, Logger } from '@src/connector/core/types';
import { createSqliteLeadStore, openDatabase } from '@src/connector/node/sqlite-store';
import { createJsonLogger } from '@src/connector/node/logger';
import { PERSON_EMAIL, PERSON_NAME, tempDir, validSubmission } from './fixtures';

function setup() {
  const db = openDatabase(tempDir());
  const lines: string[] = [];
  const log: Logger = createJsonLogger((line) => lines.push(line));
  const handle = createConnectorApp({ store: createSqliteLeadStore(db), log, version: 'test' });
  const count = () => (db.prepare('SELECT COUNT(*) AS n FROM leads').get() as { n: number }).n;
  return { handle, db, lines, count };
}

function post(
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): ConnectorRequest {
  return {
    method: 'POST',
    path: '/v1/leads',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

describe('connector app', () => {
  it('answers /healthz', async () => {
    const { handle } = setup();
    const response = await handle({ method: 'GET', path: '/healthz', headers: {}, body: '' });
    expect(response).toMatchObject({ status: 200, body: { status: 'ok', version: 'test' } });
  });

  it('stores a valid lead once and answers 201, then 200 for the same lead again', async () => {
    const { handle, count, db } = setup();
    const first = await handle(post(validSubmission()));
    expect(first).toMatchObject({
      status: 201,
      body: { id: validSubmission().id, outcome: 'created' },
    });
    const again = await handle(post(validSubmission()));
    expect(again).toMatchObject({ status: 200, body: { outcome: 'duplicate' } });
    expect(count()).toBe(1);
    const row = db.prepare('SELECT payload FROM leads').get() as { payload: string };
    expect(JSON.parse(row.payload)).toMatchObject({ person: { emails: [PERSON_EMAIL] } });
  });

  it('refuses a different lead under an existing id with 409 and keeps the original', async () => {
    const { handle, db } = setup();
    await handle(post(validSubmission()));
    const clash = validSubmission({
      person: { ...validSubmission().person, name: 'Someone Else' },
    });
    expect(await handle(post(clash))).toMatchObject({ status: 409 });
    const row = db.prepare('SELECT payload FROM leads').get() as { payload: string };
    expect(row.payload).toContain(PERSON_NAME);
  });

  it.each([
    ['invalid JSON', post('{"schemaVersion":1,'), 400, 'not valid JSON'],
    [
      'a wrong content type',
      post(validSubmission(), { 'content-type': 'text/plain' }),
      415,
      'application/json',
    ],
    ['no content type', post(validSubmission(), {}), 415, 'application/json'],
    ['an oversized body', { ...post(''), bodyTooLarge: true }, 413, String(MAX_BODY_BYTES)],
    [
      'an unknown path',
      { method: 'GET', path: '/v1/people', headers: {}, body: '' },
      404,
      'No such endpoint',
    ],
    ['a wrong method', { method: 'GET', path: '/v1/leads', headers: {}, body: '' }, 405, 'POST'],
  ] as const)(
    'rejects %s with a precise 4xx and stores nothing',
    async (_label, request, status, text) => {
      const { handle, count } = setup();
      const response = await handle(request);
      expect(response.status).toBe(status);
      expect(JSON.stringify(response.body)).toContain(text);
      expect(count()).toBe(0);
    },
  );

  it('names every invalid field by path, without echoing values', async () => {
    const { handle, count } = setup();
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
    const response = await handle(post(bad));
    expect(response.status).toBe(422);
    const body = response.body as { problems: { path: string; message: string }[] };
    expect(body.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['id', 'person.emails.0', 'person.phones.0', 'extra']),
    );
    expect(body.problems.find((p) => p.path === 'extra')?.message).toBe('Unknown field');
    const text = JSON.stringify(body);
    expect(text).not.toContain('ada-at-example');
    expect(text).not.toContain('020 7946 0958');
    expect(count()).toBe(0);
  });

  it('refuses a lead with no name, email or phone', async () => {
    const { handle } = setup();
    const empty = validSubmission({ person: { emails: [], phones: [], urls: [] } });
    const response = await handle(post(empty));
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain('needs a name, an email or a phone');
  });

  it('sends CORS headers to extension origins only', async () => {
    const { handle } = setup();
    const fromExtension = await handle({
      method: 'OPTIONS',
      path: '/v1/leads',
      headers: { origin: 'chrome-extension://lcllegdidckiijolhdmoifjbpceafmka' },
      body: '',
    });
    expect(fromExtension.status).toBe(204);
    expect(fromExtension.headers['access-control-allow-origin']).toBe(
      'chrome-extension://lcllegdidckiijolhdmoifjbpceafmka',
    );
    const fromPage = await handle({
      method: 'OPTIONS',
      path: '/v1/leads',
      headers: { origin: 'https://evil.example' },
      body: '',
    });
    expect(fromPage.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never writes personal data to its logs', async () => {
    const { handle, lines } = setup();
    await handle(post(validSubmission()));
    await handle(post({ ...validSubmission(), id: 'x' }));
    const logs = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const value of [PERSON_EMAIL, PERSON_NAME, '+442079460958', 'Head of Partnerships']) {
      expect(logs).not.toContain(value);
    }
  });

  it('answers 500 without storing when the store throws', async () => {
    const lines: string[] = [];
    const handle = createConnectorApp({
      store: {
        insertLead: () => {
          throw new Error('disk full at ada@example.com');
        },
        getLeadMeta: () => undefined,
        isHealthy: () => false,
      },
      log: createJsonLogger((line) => lines.push(line)),
      version: 'test',
    });
    const response = await handle(post(validSubmission()));
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
      readPolicyBundle: () => BUNDLE,
    });
    const response = await handle({ method: 'GET', path: '/v1/policy', headers: {}, body: '' });
    expect(response).toMatchObject({ status: 200, body: BUNDLE });
    expect(response.headers['content-type']).toBe('application/jose');
  });

  it('answers 404 when no bundle is deployed', async () => {
    const { handle } = setup();
    const response = await handle({ method: 'GET', path: '/v1/policy', headers: {}, body: '' });
    expect(response.status).toBe(404);
  });
});
