import { describe, expect, it, vi } from 'vitest';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import {
  countRefusal,
  readRefusals,
  REFUSALS_KEY,
  type KeyValueArea,
} from '@src/messaging/refusals';
import { createMessageListener, type Handlers } from '@src/messaging/router';

const RUNTIME_ID = 'lcllegdidckiijolhdmoifjbpceafmka';

function setup(overrides: Partial<Handlers> = {}) {
  const refused: string[] = [];
  const handlers = {
    'capture.run': vi.fn(),
    'capture.drafts': vi.fn(),
    'capture.selection': vi.fn(),
    'leads.save': vi.fn(),
    'leads.preview': vi.fn(),
    'leads.list': vi.fn(() => Promise.resolve([])),
    'policy.get': vi.fn(),
    'leads.retry': vi.fn(),
    'leads.erase': vi.fn(),
    'status.get': vi.fn(),
    'vault.status': vi.fn(),
    'vault.setup': vi.fn(),
    'vault.unlock': vi.fn(),
    'vault.lock': vi.fn(),
    'vault.changePassphrase': vi.fn(),
    'audit.verify': vi.fn(),
    'audit.export': vi.fn(),
    'receipt.verify': vi.fn(),
    'notices.markSent': vi.fn(),
    'notices.markContacted': vi.fn(),
    'notices.claimExemption': vi.fn(),
    'notices.text': vi.fn(),
    ...overrides,
  };
  const onHandlerError = vi.fn();
  const listener = createMessageListener({
    runtimeId: RUNTIME_ID,
    handlers,
    onRefused: (reason) => {
      refused.push(reason);
      return Promise.resolve();
    },
    onHandlerError,
  });
  return { listener, refused, handlers, onHandlerError };
}

describe('message router', () => {
  it('dispatches a valid message from this extension to its handler', async () => {
    const { listener, handlers } = setup();
    await expect(listener({ type: 'leads.list' }, { id: RUNTIME_ID })).resolves.toEqual({
      ok: true,
      data: [],
    });
    expect(handlers['leads.list']).toHaveBeenCalledOnce();
  });

  it.each([
    ['another extension', { id: 'abcdefghabcdefghabcdefghabcdefgh' }],
    ['no sender id', {}],
    [
      'a web page that claims an extension URL',
      { url: `chrome-extension://${RUNTIME_ID}/sidepanel.html` },
    ],
  ])('ignores and counts a message from %s', async (_label, sender) => {
    const { listener, refused, handlers } = setup();
    expect(listener({ type: 'leads.list' }, sender as { id?: string })).toBeUndefined();
    await Promise.resolve();
    expect(refused).toEqual(['foreign-sender']);
    expect(handlers['leads.list']).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'leads.delete-all' }],
    ['a missing type', { tabId: 1 }],
    ['an extra field', { type: 'leads.list', admin: true }],
    ['a wrong field type', { type: 'capture.run', tabId: '7' }],
    ['a negative tab id', { type: 'capture.run', tabId: -1 }],
    ['not an object', 'leads.list'],
    ['null', null],
    [
      'a prototype-pollution payload',
      JSON.parse('{"type":"leads.list","__proto__":{"polluted":1}}'),
    ],
  ])('refuses and counts %s', async (_label, message) => {
    const { listener, refused } = setup();
    const reply = await listener(message, { id: RUNTIME_ID });
    expect(reply).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(refused).toEqual(['malformed']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('describes what was wrong without echoing the values', async () => {
    const { listener } = setup();
    const reply = await listener(
      { type: 'leads.retry', id: 'secret-person@example.com' },
      { id: RUNTIME_ID },
    );
    expect(reply).toMatchObject({ ok: false });
    const text = JSON.stringify(reply);
    expect(text).toContain('id');
    expect(text).not.toContain('secret-person@example.com');
  });

  it('passes a handler RequestError through with its code', async () => {
    const { listener } = setup({
      'leads.retry': () => Promise.reject(new RequestError('not_found', bilingual('errLeadGone'))),
    });
    const reply = await listener(
      { type: 'leads.retry', id: crypto.randomUUID() },
      { id: RUNTIME_ID },
    );
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'This lead no longer exists.',
        text: { en: 'This lead no longer exists.', zh: '此线索已不存在。' },
      },
    });
  });

  it('turns a handler crash into an opaque internal error and keeps working', async () => {
    const { listener, onHandlerError } = setup({
      'status.get': () => Promise.reject(new Error('db exploded with ada@example.com')),
    });
    const reply = await listener({ type: 'status.get' }, { id: RUNTIME_ID });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('ada@example.com');
    expect(onHandlerError).toHaveBeenCalledWith('status.get', expect.any(Error));
    await expect(listener({ type: 'leads.list' }, { id: RUNTIME_ID })).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe('refusal counter', () => {
  function memoryArea(): KeyValueArea & { data: Record<string, unknown> } {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (key) => {
        await new Promise((r) => setTimeout(r, 1));
        return key in data ? { [key]: data[key] } : {};
      },
      set: async (items) => {
        await new Promise((r) => setTimeout(r, 1));
        Object.assign(data, items);
      },
    };
  }

  it('counts refusals that arrive together without losing any', async () => {
    const area = memoryArea();
    await Promise.all([
      countRefusal(area, 'malformed'),
      countRefusal(area, 'malformed'),
      countRefusal(area, 'foreign-sender'),
    ]);
    expect(readRefusals(area.data[REFUSALS_KEY])).toEqual({
      total: 3,
      byReason: { malformed: 2, 'foreign-sender': 1 },
    });
  });

  it('treats a corrupted stored counter as zero instead of failing', () => {
    expect(readRefusals('garbage')).toEqual({ total: 0, byReason: {} });
    expect(readRefusals({ total: -4 })).toEqual({ total: 0, byReason: {} });
  });
});
