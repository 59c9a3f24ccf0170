import { describe, expect, it, vi } from 'vitest';
import { deliverLead, toSubmission } from '@src/outbox/deliver';
import * as v from 'valibot';
import { LeadSubmissionSchema } from '@src/lead/wire';
import { leadRecord } from '../lead-fixtures';

function respond(status: number, body: unknown = {}) {
  return vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

describe('deliverLead', () => {
  it('posts the submission schema to /v1/leads', async () => {
    const fetchImpl = respond(201);
    const record = leadRecord();
    await expect(
      deliverLead(record, { endpoint: 'http://127.0.0.1:8787', fetchImpl }),
    ).resolves.toEqual({ ok: true, status: 201 });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:8787/v1/leads');
    expect(v.safeParse(LeadSubmissionSchema, JSON.parse(init.body as string)).success).toBe(true);
    expect(toSubmission(record).id).toBe(record.id);
  });

  it('counts an already-stored lead (200) as delivered', async () => {
    await expect(
      deliverLead(leadRecord(), { endpoint: 'http://x', fetchImpl: respond(200) }),
    ).resolves.toMatchObject({ ok: true });
  });

  it('reports a validation refusal as not retryable, with the connector problems', async () => {
    const outcome = await deliverLead(leadRecord(), {
      endpoint: 'http://x',
      fetchImpl: respond(422, {
        error: 'The lead does not match',
        problems: [{ path: 'person.emails.0', message: 'Invalid email' }],
      }),
    });
    expect(outcome).toEqual({
      ok: false,
      retryable: false,
      error: 'The lead does not match; person.emails.0: Invalid email',
    });
  });

  it.each([500, 503, 429, 408])('treats HTTP %i as retryable', async (status) => {
    await expect(
      deliverLead(leadRecord(), { endpoint: 'http://x', fetchImpl: respond(status, 'not json') }),
    ).resolves.toMatchObject({ ok: false, retryable: true });
  });

  it('treats a network failure or timeout as retryable and unreachable', async () => {
    const fetchImpl = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(deliverLead(leadRecord(), { endpoint: 'http://x', fetchImpl })).resolves.toEqual({
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
      deliverLead(leadRecord(), { endpoint: 'http://x', fetchImpl: slow as never, timeoutMs: 20 }),
    ).resolves.toMatchObject({ ok: false, retryable: true });
  });
});
