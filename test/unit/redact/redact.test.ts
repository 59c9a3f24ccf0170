import { describe, expect, it } from 'vitest';
import {
  canonicalValue,
  detect,
  generateTenantKey,
  importTenantKey,
  maskValue,
  MissingTenantKeyError,
  pseudonym,
  redact,
  type Finding,
} from '@src/redact';

const text = 'Card 4111 1111 1111 1111, mail jane@example.com, SSN 536-22-1234.';

describe('redact operators', () => {
  it('remove, replace, mask and leaves unnamed entities alone', async () => {
    const findings = detect(text);
    const result = await redact(text, findings, {
      CREDIT_CARD: { operator: 'mask', keepLast: 4 },
      EMAIL_ADDRESS: { operator: 'replace' },
      US_SSN: { operator: 'remove' },
    });
    expect(result.text).toBe('Card **** **** **** 1111, mail <EMAIL_ADDRESS>, SSN .');
    expect(result.log).toEqual([
      { entity: 'CREDIT_CARD', field: 'text', operator: 'mask' },
      { entity: 'EMAIL_ADDRESS', field: 'text', operator: 'replace' },
      { entity: 'US_SSN', field: 'text', operator: 'remove' },
    ]);
    const partial = await redact(text, findings, {
      US_SSN: { operator: 'replace', replacement: '[id]' },
    });
    expect(partial.text).toBe('Card 4111 1111 1111 1111, mail jane@example.com, SSN [id].');
    expect(partial.log).toHaveLength(1);
  });
  it('a default rule covers entities the rules do not name', async () => {
    const result = await redact(
      text,
      detect(text),
      {},
      { defaultRule: { operator: 'replace' }, field: 'notes' },
    );
    expect(result.text).toBe('Card <CREDIT_CARD>, mail <EMAIL_ADDRESS>, SSN <US_SSN>.');
    expect(result.log.every((l) => l.field === 'notes')).toBe(true);
  });
  it('the log never carries a value', async () => {
    const result = await redact(text, detect(text), {}, { defaultRule: { operator: 'mask' } });
    const serialised = JSON.stringify(result.log);
    for (const value of ['4111', 'jane', 'example', '536']) expect(serialised).not.toContain(value);
  });
  it('mask keeps separators and chooses the character', () => {
    expect(maskValue('4111-1111-1111-1234', 4, '#')).toBe('####-####-####-1234');
    expect(maskValue('abc', 10)).toBe('abc');
    expect(maskValue('糖尿病', 1)).toBe('**病');
    expect(maskValue('')).toBe('');
  });
  it('ignores out-of-range and overlapping findings', async () => {
    const bad: Finding[] = [
      { entity: 'X', start: -1, end: 3, score: 1 },
      { entity: 'X', start: 2, end: 1, score: 1 },
      { entity: 'X', start: 0, end: 999, score: 1 },
      { entity: 'X', start: 0, end: 4, score: 1 },
      { entity: 'X', start: 2, end: 6, score: 1 },
    ];
    const result = await redact('abcdefgh', bad, { X: { operator: 'replace' } });
    expect(result.text).toBe('<X>efgh');
    expect(result.log).toHaveLength(1);
  });
});

describe('hash operator', () => {
  it('is stable for one key, differs across keys, and ignores formatting', async () => {
    const key = await generateTenantKey();
    const other = await generateTenantKey();
    const rules = { CREDIT_CARD: { operator: 'hash' as const } };
    const a = await redact(
      '4111 1111 1111 1111',
      [{ entity: 'CREDIT_CARD', start: 0, end: 19, score: 1 }],
      rules,
      { hmacKey: key },
    );
    const b = await redact(
      '4111-1111-1111-1111',
      [{ entity: 'CREDIT_CARD', start: 0, end: 19, score: 1 }],
      rules,
      { hmacKey: key },
    );
    const c = await redact(
      '4111 1111 1111 1111',
      [{ entity: 'CREDIT_CARD', start: 0, end: 19, score: 1 }],
      rules,
      { hmacKey: other },
    );
    expect(a.text).toMatch(/^<CREDIT_CARD:[0-9a-f]{24}>$/);
    expect(a.text).toBe(b.text);
    expect(a.text).not.toBe(c.text);
    expect(a.text).not.toContain('4111');
    expect(a.log).toEqual([{ entity: 'CREDIT_CARD', field: 'text', operator: 'hash' }]);
  });
  it('e-mails are case-insensitive, entity is part of the input', async () => {
    const key = await importTenantKey(new Uint8Array(32).fill(7));
    expect(await pseudonym(key, 'EMAIL_ADDRESS', 'Jane@Example.com')).toBe(
      await pseudonym(key, 'EMAIL_ADDRESS', 'jane@example.com'),
    );
    expect(await pseudonym(key, 'US_SSN', '536221234')).not.toBe(
      await pseudonym(key, 'CA_SIN', '536221234'),
    );
    expect(canonicalValue('CREDIT_CARD', '４１１１\u200b-1111')).toBe('41111111');
    expect(canonicalValue('PHONE_NUMBER', '+-')).toBe('+-');
  });
  it('the imported key is not extractable and short keys are refused', async () => {
    const key = await importTenantKey(new Uint8Array(32).fill(1));
    expect(key.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(importTenantKey(new Uint8Array(8))).rejects.toThrow(RangeError);
  });
  it('without a key it refuses instead of leaking', async () => {
    await expect(
      redact('4111 1111 1111 1111', [{ entity: 'CREDIT_CARD', start: 0, end: 19, score: 1 }], {
        CREDIT_CARD: { operator: 'hash' },
      }),
    ).rejects.toThrow(MissingTenantKeyError);
    await expect(
      redact('4111 1111 1111 1111', [{ entity: 'CREDIT_CARD', start: 0, end: 19, score: 1 }], {
        CREDIT_CARD: { operator: 'hash' },
      }),
    ).rejects.not.toThrow(/4111/);
  });
});
