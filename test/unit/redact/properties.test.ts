import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, type Finding } from '@src/redact';
import { cnIdComplete, ibanComplete, luhnComplete, nhsComplete } from './specimens';

const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

/** Replaces the last character with a different digit. */
function breakCheckDigit(value: string, delta: number): string {
  const last = Number(value[value.length - 1]);
  return value.slice(0, -1) + String((last + delta) % 10);
}

function entitiesAt(text: string, value: string): string[] {
  const start = text.indexOf(value);
  return detect(text)
    .filter((f) => f.start === start && f.end === start + value.length)
    .map((f) => f.entity);
}

function wellFormed(text: string, findings: Finding[]): void {
  let previousEnd = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(previousEnd); // sorted, non-overlapping overall
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.score).toBeGreaterThan(0);
    expect(f.score).toBeLessThanOrEqual(1);
    previousEnd = f.end;
  }
}

const group4 = (d: string): string => d.replace(/(\d{4})(?=\d)/g, '$1 ');

describe('generated valid numbers are found, broken check digits are not', () => {
  it('Visa / Mastercard numbers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('4', '51', '52', '55', '2221'),
        digits(14),
        fc.boolean(),
        (prefix, body, spaced) => {
          const card = luhnComplete((prefix + body).slice(0, 15));
          const shown = spaced ? group4(card) : card;
          expect(entitiesAt(`Card: ${shown} thanks`, shown)).toEqual(['CREDIT_CARD']);
          const broken = breakCheckDigit(card, 3);
          const shownBroken = spaced ? group4(broken) : broken;
          expect(
            detect(`Card: ${shownBroken} thanks`).filter((f) => f.entity === 'CREDIT_CARD'),
          ).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('IBANs', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 4, maxLength: 4 })
          .map((a) => a.join('')),
        digits(14),
        fc.integer({ min: 1, max: 96 }),
        (bank, account, shift) => {
          const iban = ibanComplete('GB', bank + account);
          expect(entitiesAt(`IBAN ${iban}.`, iban)).toEqual(['IBAN_CODE']);
          const wrong =
            'GB' +
            String(((Number(iban.slice(2, 4)) + shift - 2) % 97) + 2).padStart(2, '0') +
            iban.slice(4);
          if (wrong !== iban)
            expect(detect(`IBAN ${wrong}.`).filter((f) => f.entity === 'IBAN_CODE')).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('NHS numbers', () => {
    fc.assert(
      fc.property(digits(9), fc.integer({ min: 1, max: 9 }), (body, delta) => {
        const nhs = nhsComplete(body);
        fc.pre(nhs !== null);
        const shown = `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
        expect(entitiesAt(`NHS number ${shown}.`, shown)).toContain('UK_NHS');
        const broken = breakCheckDigit(nhs, delta);
        const shownBroken = `${broken.slice(0, 3)} ${broken.slice(3, 6)} ${broken.slice(6)}`;
        expect(detect(`NHS number ${shownBroken}.`).filter((f) => f.entity === 'UK_NHS')).toEqual(
          [],
        );
      }),
      { numRuns: 200 },
    );
  });
  it('Chinese resident IDs', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        digits(3),
        (date, seq) => {
          const ymd = date.toISOString().slice(0, 10).replace(/-/g, '');
          const id = cnIdComplete('310104' + ymd + seq);
          expect(entitiesAt(`身份证：${id}。`, id)).toEqual(['CN_RESIDENT_ID']);
          const last = id[17]!;
          const wrong =
            id.slice(0, 17) + (last === 'X' ? '0' : last === '9' ? 'X' : String(Number(last) + 1));
          expect(detect(`身份证：${wrong}。`).filter((f) => f.entity === 'CN_RESIDENT_ID')).toEqual(
            [],
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('random input never throws and findings are well-formed', () => {
  it('arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        wellFormed(text, detect(text));
      }),
      { numRuns: 500 },
    );
  });
  it('digit / separator / letter soup (the pre-scan paths)', () => {
    const soup = fc
      .array(fc.constantFrom(...'0123456789 -./()+\n\u200b\uff11\u3000@:ABXxz年月日'.split('')), {
        maxLength: 200,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(soup, (text) => {
        wellFormed(text, detect(text));
      }),
      { numRuns: 500 },
    );
  });
  it('specimen-laden random concatenations', () => {
    const pieces = fc.constantFrom(
      '4111 1111 1111 1111',
      'john@example.com',
      '+44 20 7946 0958',
      ' ',
      '\n',
      'diabetes',
      '工会会员',
      '11010519491231002X',
      'GB82 WEST 1234 5698 7654 32',
      '2001:db8::1',
      'https://a.io/x',
      '12',
      '.',
      '-',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        wellFormed(text, detect(text));
      }),
      { numRuns: 300 },
    );
  });
});
