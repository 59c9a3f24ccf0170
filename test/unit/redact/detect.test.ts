import { describe, expect, it } from 'vitest';
import { detect, SUPPORTED_ENTITIES, SUPPORTED_ENTITY_NAMES, type Finding } from '@src/redact';
import { SPECIMENS } from './specimens';

function found(text: string, value: string): Finding[] {
  const start = text.indexOf(value);
  return detect(text).filter((f) => f.start === start && f.end === start + value.length);
}

describe('detect: specimens in realistic sentences', () => {
  for (const s of SPECIMENS) {
    it(`finds ${s.entity} (${s.value})`, () => {
      const text = s.sentence.replace('$', s.value);
      expect(found(text, s.value).map((f) => f.entity)).toEqual([s.entity]);
    });
  }
});

describe('detect: near-misses are not reported', () => {
  const nearMisses = [
    'The ratio was 3.14159265358979 in the test.',
    'Order 4111111111111112 shipped yesterday.', // Luhn fails
    'Order number 4929804463622139 shipped yesterday.', // Luhn passes, but "order" context
    'Release v1.2.3.4 is out; build 2024.01.03.1 follows.',
    'Timestamp 1700000000 and 12:30:45 in the log.',
    'Invoice INV-2024-000123 totals 1,234,567.89 EUR.',
    'Version 10.0.19045.3693 of the client.',
    'Revenue grew 12345678 units over 987654321 days.',
    'The meeting is in room 101 at 10:30.',
    'ISBN 978-3-16-148410-0 is the book.',
    '订单号 20240103123456789，金额 1234.56 元。',
    'He said the union of sets is commutative.',
    'Call at 555 1234 maybe.',
  ];
  for (const text of nearMisses) {
    it(`nothing in: ${text}`, () => {
      expect(detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`)).toEqual([]);
    });
  }
});

describe('detect: text tricks do not hide data', () => {
  it('full-width digits and ideographic spaces', () => {
    const text = '卡号：４１１１　１１１１　１１１１　１１１１。';
    const [f] = detect(text);
    expect(f?.entity).toBe('CREDIT_CARD');
    expect(text.slice(f!.start, f!.end)).toBe('４１１１　１１１１　１１１１　１１１１');
  });
  it('zero-width characters inside a number, offsets into the original', () => {
    const text = 'card 4111\u200b1111\u200b1111\u200b1111 ok';
    const [f] = detect(text);
    expect(f).toMatchObject({ entity: 'CREDIT_CARD', start: 5, end: 24 });
  });
  it('zero-width characters before the number shift offsets correctly', () => {
    const text = '\u200b\u200b\u200bSSN: 536-22-1234';
    const [f] = detect(text);
    expect(f?.entity).toBe('US_SSN');
    expect(text.slice(f!.start, f!.end)).toBe('536-22-1234');
  });
  it('a line break and odd separators inside a number', () => {
    const text = 'IBAN: GB82 WEST\n1234 5698 7654 32 and card 4111 – 1111 – 1111 – 1111';
    const entities = detect(text).map((f) => [f.entity, text.slice(f.start, f.end)]);
    expect(entities).toEqual([
      ['IBAN_CODE', 'GB82 WEST\n1234 5698 7654 32'],
      ['CREDIT_CARD', '4111 – 1111 – 1111 – 1111'],
    ]);
  });
  it('soft hyphens and non-breaking spaces', () => {
    const text = 'NHS\u00a0943\u00ad476\u00a05919';
    expect(detect(text).map((f) => f.entity)).toEqual(['UK_NHS']);
  });
  it('full-width e-mail', () => {
    const text = '邮箱ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ谢谢';
    const [f] = detect(text);
    expect(f?.entity).toBe('EMAIL_ADDRESS');
    expect(text.slice(f!.start, f!.end)).toBe('ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ');
  });
});

describe('detect: sentence ends between numbers', () => {
  // A full stop and a blank end a number: "… 9452. SSN 195-…" must not glue the phone to the next
  // sentence's short upper-case word (which hid the phone and let 415-696-9452 pass as an NHS number).
  it('a phone number before a sentence that starts with an upper-case label', () => {
    const text = 'Call +1 415-696-9452. SSN 195-83-6207 for payroll.';
    expect(detect(text).map((f) => [f.entity, text.slice(f.start, f.end)])).toEqual([
      ['PHONE_NUMBER', '+1 415-696-9452'],
      ['US_SSN', '195-83-6207'],
    ]);
  });
  it('an IBAN after a sentence end keeps its country letters', () => {
    const text = 'Tel +44 20 7946 0958. GB82 WEST 1234 5698 7654 32 is the account.';
    expect(detect(text).map((f) => [f.entity, text.slice(f.start, f.end)])).toEqual([
      ['PHONE_NUMBER', '+44 20 7946 0958'],
      ['IBAN_CODE', 'GB82 WEST 1234 5698 7654 32'],
    ]);
  });
  it('dots without a blank still join groups', () => {
    const text = 'Server 192.168.10.20 answered.';
    expect(detect(text).map((f) => f.entity)).toEqual(['IP_ADDRESS']);
  });
});

describe('detect: local phone formats and references that look like phones', () => {
  const spans = (text: string): string[] =>
    detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

  it('Hong Kong and Singapore eight-digit numbers need a phone word', () => {
    expect(spans('香港同事电话 2123 4567，下午找她。')).toEqual(['PHONE_NUMBER:2123 4567']);
    expect(spans('SG mobile 9123 4567 (Daniel Tan).')).toEqual(['PHONE_NUMBER:9123 4567']);
    expect(spans('Batch 2123 4567 shipped.')).toEqual([]);
    expect(spans('Ref 91234567 closed.')).toEqual([]);
  });

  it('Brazilian numbers with the area code in brackets', () => {
    expect(spans('Escritório (11) 3456-7890.')).toEqual(['PHONE_NUMBER:(11) 3456-7890']);
    expect(spans('Celular (11) 91234-5678.')).toEqual(['PHONE_NUMBER:(11) 91234-5678']);
  });

  it('a reference label right before a phone-shaped number makes it a reference', () => {
    expect(spans('Order 13912345678 was split.')).toEqual([]);
    expect(spans('订单号 15012345678，已发货。')).toEqual([]);
    expect(spans('Call 13912345678 about order 13912345678.')).toEqual([
      'PHONE_NUMBER:13912345678',
      'PHONE_NUMBER:13912345678',
    ]);
    expect(spans('Thanks for the order. +44 20 7946 0321 is her line.')).toEqual([
      'PHONE_NUMBER:+44 20 7946 0321',
    ]);
    expect(spans('Portable 06 12 34 56 78, joignable le matin.')).toEqual([
      'PHONE_NUMBER:06 12 34 56 78',
    ]);
  });

  it('firmware and release numbers are not IP addresses; servers still are', () => {
    expect(spans('Firmware 3.10.2.1 on all gateways.')).toEqual([]);
    expect(spans('It runs release 10.2.0.45 now.')).toEqual([]);
    expect(spans('Server 10.2.0.45 is down.')).toEqual(['IP_ADDRESS:10.2.0.45']);
  });
});

describe('detect: dates of birth need a birth label for that date', () => {
  const dates = (text: string): string[] =>
    detect(text, { entities: ['DATE_TIME', 'DATE_OF_BIRTH'] }).map(
      (f) => `${f.entity}:${text.slice(f.start, f.end)}`,
    );

  it('a birth label before or right after the date', () => {
    expect(dates('Her date of birth, per the passport copy, is 1984-02-29.')).toEqual([
      'DATE_OF_BIRTH:1984-02-29',
    ]);
    expect(dates('Geburtsdatum: 03.05.1990')).toEqual(['DATE_OF_BIRTH:03.05.1990']);
    expect(dates('DOB: 03-May-1990')).toEqual(['DATE_OF_BIRTH:03-May-1990']);
    expect(dates('Client 1990-05-03 (DOB) on file.')).toEqual(['DATE_OF_BIRTH:1990-05-03']);
  });

  it('another date label, a birthplace or a birthday party in between: a plain date', () => {
    expect(dates('Born and raised in Leeds; joined Acme on 01/09/2019.')).toEqual([
      'DATE_TIME:01/09/2019',
    ]);
    expect(dates('出生地：上海；入职日期：2018年3月1日。')).toEqual(['DATE_TIME:2018年3月1日']);
    expect(dates('His 40th birthday party on 14 June 2025.')).toEqual(['DATE_TIME:14 June 2025']);
  });

  it('German and French month names', () => {
    expect(dates('Termin am 15. Januar 2026.')).toEqual(['DATE_TIME:15. Januar 2026']);
    expect(dates('Rendez-vous le 3 mars 2026.')).toEqual(['DATE_TIME:3 mars 2026']);
  });
});

describe('detect: addresses, hosts and codes that only look alike', () => {
  const spans = (text: string): string[] =>
    detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

  it('internationalised e-mail addresses are whole, never a URL fragment', () => {
    expect(spans('Mail jürgen.müller@bäckerei-müller.de today.')).toEqual([
      'EMAIL_ADDRESS:jürgen.müller@bäckerei-müller.de',
    ]);
    expect(spans('邮箱john@example.cn谢谢')).toEqual(['EMAIL_ADDRESS:john@example.cn']);
  });

  it('file names and product names are not addresses', () => {
    expect(spans('Attach report@2x.png please.')).toEqual([]);
    expect(spans('They built it on ASP.NET and Socket.IO.')).toEqual([]);
    expect(spans('See acme.io for docs.')).toEqual(['URL:acme.io']);
  });

  it('a digits-only dotted triple needs a MAC word; a labelled MAC is found', () => {
    expect(spans('Ledger account 4000.1200.3400 closed.')).toEqual([]);
    expect(spans('MAC 00-1B-63-84-45-E6 on the gateway.')).toEqual([
      'MAC_ADDRESS:00-1B-63-84-45-E6',
    ]);
  });
});

describe('detect: review fixes (stop 11)', () => {
  const spans = (text: string): string[] =>
    detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

  it('a word running on after an address is not part of its host', () => {
    expect(spans('Kontakt: info@firma.deÜber uns')).toEqual(['EMAIL_ADDRESS:info@firma.de']);
    expect(spans('Пишите: ivan@example.ru.Спасибо')).toEqual(['EMAIL_ADDRESS:ivan@example.ru']);
    expect(spans('Москваjohn@example.ru')).toEqual(['EMAIL_ADDRESS:john@example.ru']);
  });

  it('a birth label on the line above still makes a date of birth; words inside names do not', () => {
    expect(spans('Date of Birth\n12/03/1985')).toEqual(['DATE_OF_BIRTH:12/03/1985']);
    expect(spans('Born in Metz, 12 March 1985')).toEqual(['DATE_OF_BIRTH:12 March 1985']);
    expect(spans('Call Dobson on 12/03/2024')).toEqual(['DATE_TIME:12/03/2024']);
  });

  it('a "+" number stays a phone after any label; "Po" as a surname is no label', () => {
    expect(spans('Reference: +44 20 7946 0871')).toEqual(['PHONE_NUMBER:+44 20 7946 0871']);
    expect(spans('Jane Po 020 7946 0871')).toEqual(['PHONE_NUMBER:020 7946 0871']);
    expect(spans('PO no. 4155550123')).toEqual([]);
  });

  it('only a MAC label joins a digits-only MAC', () => {
    expect(spans('PN 12-34-56-78-90-12 in stock')).toEqual([]);
  });
});

describe('detect: context words', () => {
  it('a bare 9-digit SSN needs context', () => {
    expect(detect('Ref 536221234 attached').map((f) => f.entity)).toEqual([]);
    expect(detect('SSN 536221234 attached').map((f) => f.entity)).toEqual(['US_SSN']);
  });
  it('Chinese context words count', () => {
    expect(detect('护照号码 123456789').map((f) => f.entity)).toEqual(['US_PASSPORT']);
  });
  it('a date is a date of birth only with birth context', () => {
    expect(detect('Meeting on 03/12/2024.').map((f) => f.entity)).toEqual(['DATE_TIME']);
    expect(detect('DOB 03/12/1985.').map((f) => f.entity)).toEqual(['DATE_OF_BIRTH']);
    expect(detect('生日：1990年5月6日').map((f) => f.entity)).toEqual(['DATE_OF_BIRTH']);
  });
  it('bank account numbers need context', () => {
    expect(detect('Total 12345678901 units').map((f) => f.entity)).toEqual([]);
    expect(detect('bank account number 12345678901').map((f) => f.entity)).toEqual([
      'US_BANK_NUMBER',
    ]);
  });
});

describe('detect: options and shape of results', () => {
  const text = 'Mail a@example.com, card 4111 1111 1111 1111, SSN 536-22-1234.';
  it('filters by entity', () => {
    expect(detect(text, { entities: ['US_SSN'] }).map((f) => f.entity)).toEqual(['US_SSN']);
    expect(detect(text, { entities: ['NOT_AN_ENTITY'] })).toEqual([]);
    expect(detect(text, { entities: [] })).toEqual([]);
  });
  it('minScore drops weaker findings', () => {
    expect(detect(text, { minScore: 0.99 }).map((f) => f.entity)).toEqual([
      'EMAIL_ADDRESS',
      'CREDIT_CARD',
      'US_SSN',
    ]);
    expect(detect('IP 10.0.0.1', { minScore: 0.99 })).toEqual([]);
  });
  it('results are sorted, in range and non-overlapping', () => {
    const findings = detect(text + ' ' + text);
    expect(findings.length).toBe(6);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });
  it('never throws on odd input', () => {
    expect(detect('')).toEqual([]);
    expect(detect(undefined as unknown as string)).toEqual([]);
    expect(detect(42 as unknown as string)).toEqual([]);
    expect(detect('\ud800\udc00\ud800 lone surrogates 4111 1111 1111 1111')).toHaveLength(1);
  });
  it('every supported entity has a category and labels, and every specimen entity is supported', () => {
    expect(new Set(SUPPORTED_ENTITY_NAMES).size).toBe(SUPPORTED_ENTITIES.length);
    for (const e of SUPPORTED_ENTITIES) {
      expect(e.label.en.length).toBeGreaterThan(0);
      expect(e.label.zh.length).toBeGreaterThan(0);
    }
    for (const s of SPECIMENS) expect(SUPPORTED_ENTITY_NAMES).toContain(s.entity);
  });
  it('covers every Presidio predefined pattern entity plus China', () => {
    const presidio = [
      'CREDIT_CARD',
      'CRYPTO',
      'DATE_TIME',
      'EMAIL_ADDRESS',
      'IBAN_CODE',
      'IP_ADDRESS',
      'MAC_ADDRESS',
      'PHONE_NUMBER',
      'MEDICAL_LICENSE',
      'URL',
      'US_BANK_NUMBER',
      'US_DRIVER_LICENSE',
      'US_ITIN',
      'US_PASSPORT',
      'US_SSN',
      'US_MBI',
      'UK_NHS',
      'UK_NINO',
      'ES_NIF',
      'ES_NIE',
      'IT_FISCAL_CODE',
      'IT_DRIVER_LICENSE',
      'IT_VAT_CODE',
      'IT_PASSPORT',
      'IT_IDENTITY_CARD',
      'PL_PESEL',
      'SG_NRIC_FIN',
      'SG_UEN',
      'AU_ABN',
      'AU_ACN',
      'AU_TFN',
      'AU_MEDICARE',
      'IN_PAN',
      'IN_AADHAAR',
      'IN_VEHICLE_REGISTRATION',
      'IN_VOTER',
      'IN_PASSPORT',
      'IN_GSTIN',
      'FI_PERSONAL_IDENTITY_CODE',
      'KR_RRN',
      'TH_TNIN',
      'CN_RESIDENT_ID',
    ];
    for (const name of presidio) expect(SUPPORTED_ENTITY_NAMES).toContain(name);
  });
});
