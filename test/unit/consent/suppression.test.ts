import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePhone, normalizeProfileUrl } from '@src/consent/identifiers';
import { importHmacKey, keyedIdentifierHash, pseudonymousSubjectId } from '@src/consent/keyed-hash';
import { checkSuppression, SUPPRESSED_MESSAGE, suppressionEntry } from '@src/consent/suppression';
import { draft, testHmacKey } from './fixtures';

describe('identifier normalisation', () => {
  it.each([
    [' Jane.Doe@Example.COM ', 'jane.doe@example.com'],
    ['mailto:JANE@example.com', 'jane@example.com'],
    ['no-at-sign', undefined],
    ['@example.com', undefined],
    ['jane@', undefined],
  ])('email %j → %j', (input, expected) => expect(normalizeEmail(input)).toBe(expected));

  it.each([
    ['+49 30 123456', '+4930123456'],
    ['+49 (0)30-123456', '+4930123456'],
    ['+1 415 555 0123', '+14155550123'],
    ['12345', undefined],
  ])('phone %j → %j', (input, expected) => expect(normalizePhone(input)).toBe(expected));

  it.each([
    ['https://www.LinkedIn.com/in/jane-doe/?trk=x#top', 'linkedin.com/in/jane-doe'],
    ['http://linkedin.com/in/jane-doe', 'linkedin.com/in/jane-doe'],
    ['linkedin.com/in/jane-doe/', 'linkedin.com/in/jane-doe'],
    ['https://example.com/in/J%C3%BCrgen', 'example.com/in/Jürgen'],
    ['http://', undefined],
  ])('profile URL %j → %j', (input, expected) => expect(normalizeProfileUrl(input)).toBe(expected));
});

describe('keyed hashes', () => {
  it('are HMAC-SHA-256, domain-separated by kind, and depend on the key', async () => {
    const key = await testHmacKey();
    const a = await keyedIdentifierHash('email', 'Jane@Example.com', key);
    expect(a).toMatch(/^hmac-sha256:[A-Za-z0-9_-]{43}$/);
    expect(await keyedIdentifierHash('email', ' jane@example.com', key)).toBe(a);
    const otherKey = await importHmacKey(new Uint8Array(32).fill(9));
    expect(await keyedIdentifierHash('email', 'jane@example.com', otherKey)).not.toBe(a);
    expect(await keyedIdentifierHash('url', 'https://example.com/x', key)).not.toBe(
      await keyedIdentifierHash('email', 'x@example.com', key),
    );
    expect(await keyedIdentifierHash('email', 'broken', key)).toBeUndefined();
  });

  it('match an independent HMAC computation', async () => {
    const raw = new Uint8Array(32).fill(7);
    const expected = await crypto.subtle.sign(
      'HMAC',
      await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
      new TextEncoder().encode('email:jane@example.com'),
    );
    expect(await keyedIdentifierHash('email', 'JANE@example.com', await importHmacKey(raw))).toBe(
      `hmac-sha256:${Buffer.from(expected).toString('base64url')}`,
    );
  });

  it('refuse short keys', async () => {
    await expect(importHmacKey(new Uint8Array(16))).rejects.toThrow(RangeError);
  });

  it('the subject id prefers email, then phone, then URL, and never contains the raw value', async () => {
    const key = await testHmacKey();
    const byEmail = await pseudonymousSubjectId(
      { emails: ['bad', 'jane@example.com'], phones: ['+4930123456'], urls: [] },
      key,
    );
    expect(byEmail).toBe(await keyedIdentifierHash('email', 'jane@example.com', key));
    expect(byEmail).not.toContain('jane');
    expect(
      await pseudonymousSubjectId({ emails: [], phones: ['+4930123456'], urls: [] }, key),
    ).toBe(await keyedIdentifierHash('phone', '+4930123456', key));
    expect(await pseudonymousSubjectId({ emails: [], phones: [], urls: [] }, key)).toBeUndefined();
  });
});

describe('checkSuppression', () => {
  it.each([
    ['email (other spelling)', { emails: ['other@x.de', ' JANE@example.com'] }],
    ['phone (other formatting)', { emails: [], phones: ['+49 30 123456'] }],
    ['profile URL (other form)', { emails: [], urls: ['https://www.linkedin.com/in/jane-doe/'] }],
  ])('refuses a listed %s with the same message', async (_label, overrides) => {
    const key = await testHmacKey();
    const list = {
      entries: [
        (await suppressionEntry('email', 'jane@example.com', key))!,
        (await suppressionEntry('phone', '+4930123456', key))!,
        (await suppressionEntry('url', 'linkedin.com/in/jane-doe', key))!,
      ],
    };
    const result = await checkSuppression(draft({ phones: [], urls: [], ...overrides }), list, key);
    expect(result).toEqual({ suppressed: true, code: 'suppressed', message: SUPPRESSED_MESSAGE });
  });

  it('the refusal reveals nothing about which identifier matched', async () => {
    const key = await testHmacKey();
    const list = {
      entries: [
        (await suppressionEntry('email', 'jane@example.com', key))!,
        (await suppressionEntry('phone', '+4930123456', key))!,
      ],
    };
    const byEmail = await checkSuppression(draft({ emails: ['jane@example.com'] }), list, key);
    const byPhone = await checkSuppression(
      draft({ emails: [], phones: ['+4930123456'] }),
      list,
      key,
    );
    expect(byEmail).toEqual(byPhone);
    const text = JSON.stringify(byEmail);
    expect(text).not.toMatch(/jane|4930123456|email|phone/i);
  });

  it('allows unlisted people, and a list made with another key matches nothing', async () => {
    const key = await testHmacKey();
    const otherKey = await importHmacKey(new Uint8Array(32).fill(3));
    const list = { entries: [(await suppressionEntry('email', 'jane@example.com', otherKey))!] };
    expect(await checkSuppression(draft(), list, key)).toEqual({ suppressed: false });
    expect(await checkSuppression(draft(), { entries: [] }, key)).toEqual({ suppressed: false });
  });

  it('property: a listed email is refused however it is cased or padded', async () => {
    const key = await testHmacKey();
    await fc.assert(
      fc.asyncProperty(fc.emailAddress(), fc.boolean(), async (email, upper) => {
        const entry = await suppressionEntry('email', email, key);
        if (entry === undefined) return;
        const variant = ` ${upper ? email.toUpperCase() : email} `;
        const result = await checkSuppression(
          draft({ emails: [variant] }),
          { entries: [entry] },
          key,
        );
        expect(result.suppressed).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
