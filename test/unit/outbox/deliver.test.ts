import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { LeadSubmissionSchema } from '@src/lead/wire';
import { enrolDevice, fetchConnectorKey, postEnvelope, toSubmission } from '@src/outbox/deliver';
import { leadRecord } from '../lead-fixtures';

function respond(status: number, body: unknown = {}) {
  return vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

describe('connector calls', () => {
  it('posts a compact JWE to /v1/envelopes as application/jose', async () => {
    const fetchImpl = respond(201, { outcome: 'created' });
    await expect(
      postEnvelope('a.b.c.d.e', { endpoint: 'http://127.0.0.1:8787', fetchImpl }),
    ).resolves.toEqual({ ok: true, status: 201, body: { outcome: 'created' } });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:8787/v1/envelopes');
    expect(init.headers).toEqual({ 'content-type': 'application/jose' });
    expect(init.body).toBe('a.b.c.d.e');
  });

  it('enrols with {jwk} and fetches the connector key with GET', async () => {
    const fetchImpl = respond(200, { kid: 'k' });
    await enrolDevice({ kty: 'EC' }, { endpoint: 'http://x', fetchImpl });
    await fetchConnectorKey({ endpoint: 'http://x', fetchImpl });
    const calls = fetchImpl.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url, init]) => `${init.method} ${url}`)).toEqual([
      'POST http://x/v1/devices',
      'GET http://x/v1/connector-key',
    ]);
    expect(JSON.parse(calls[0]![1].body as string)).toEqual({ jwk: { kty: 'EC' } });
  });

  it('builds the submission schema from a record', () => {
    const record = leadRecord();
    const submission = toSubmission(record);
    expect(v.safeParse(LeadSubmissionSchema, submission).success).toBe(true);
    expect(submission.id).toBe(record.id);
  });

  it('reports a refusal as not retryable, with the connector’s code and problems', async () => {
    const outcome = await postEnvelope('x', {
      endpoint: 'http://x',
      fetchImpl: respond(422, {
        error: 'The lead does not match',
        code: 'invalid_lead',
        problems: [{ path: 'person.emails.0', message: 'Invalid email' }],
      }),
    });
    expect(outcome).toEqual({
      ok: false,
      retryable: false,
      status: 422,
      code: 'invalid_lead',
      error: 'The lead does not match; person.emails.0: Invalid email',
    });
  });

  it.each([500, 503, 429, 408])('treats HTTP %i as retryable', async (status) => {
    await expect(
      postEnvelope('x', { endpoint: 'http://x', fetchImpl: respond(status, 'not json') }),
    ).resolves.toMatchObject({ ok: false, retryable: true });
  });

  it('treats a network failure or timeout as retryable and unreachable', async () => {
    const fetchImpl = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(postEnvelope('x', { endpoint: 'http://x', fetchImpl })).resolves.toEqual({
      ok: false,
      retryable: true,
      error: 'Connector unreachable',
    });
    const slow = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    await expect(
      postEnvelope('x', { endpoint: 'http://x', fetchImpl: slow as never, timeoutMs: 20 }),
    ).resolves.toMatchObject({ ok: false, retryable: true });
  });
});
