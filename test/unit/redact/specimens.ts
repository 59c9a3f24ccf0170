// Published specimen numbers and check-digit generators shared by the redaction tests.
// Never holds real people's data: every value is a documented test/specimen value or generated.

export function luhnComplete(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let v = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      sum += v;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}

export function verhoeffComplete(body: string): string {
  const d = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
  ];
  const p = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
  ];
  const inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
  let c = 0;
  const rev = body.split('').reverse();
  for (let i = 0; i < rev.length; i++) c = d[c]![p[(i + 1) % 8]![Number(rev[i])]!]!;
  return body + inv[c];
}

export function nhsComplete(body9: string): string | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body9[i]) * (10 - i);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check === 10 ? null : body9 + check;
}

export function cnIdComplete(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (2 ** (17 - i) % 11);
  return body17 + '10X98765432'[sum % 11];
}

export function ibanComplete(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  let rest = 0;
  for (const ch of rearranged) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of v) rest = (rest * 10 + Number(digit)) % 97;
  }
  return country + String(98 - rest).padStart(2, '0') + bban;
}

export function krRrnComplete(body12: string): string {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body12[i]) * w[i]!;
  return body12 + ((11 - (sum % 11)) % 10);
}

export function thTninComplete(body12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body12[i]) * (13 - i);
  return body12 + ((11 - (sum % 11)) % 10);
}

/** Value, entity, and a realistic sentence around it. */
export const SPECIMENS: readonly { entity: string; value: string; sentence: string }[] = [
  {
    entity: 'CREDIT_CARD',
    value: '4111 1111 1111 1111',
    sentence: 'Please charge card $ for the renewal.',
  },
  { entity: 'CREDIT_CARD', value: '5500-0055-5555-5559', sentence: 'Her Mastercard is $.' },
  { entity: 'CREDIT_CARD', value: '378282246310005', sentence: 'Amex on file: $' },
  {
    entity: 'IBAN_CODE',
    value: 'GB82 WEST 1234 5698 7654 32',
    sentence: 'Wire it to IBAN $, thanks.',
  },
  { entity: 'IBAN_CODE', value: 'DE89370400440532013000', sentence: 'Bankverbindung $ bitte.' },
  { entity: 'IBAN_CODE', value: 'FR14 2004 1010 0505 0001 3M02 606', sentence: 'Compte: $' },
  { entity: 'US_SSN', value: '536-22-1234', sentence: 'His SSN is $.' },
  { entity: 'US_ITIN', value: '912-70-1234', sentence: 'ITIN $ was issued last year.' },
  { entity: 'UK_NHS', value: '943 476 5919', sentence: 'NHS number $ is on the referral.' },
  { entity: 'UK_NINO', value: 'AB 12 34 56 C', sentence: 'National Insurance number $.' },
  { entity: 'ES_NIF', value: '12345678Z', sentence: 'Mi DNI es $.' },
  { entity: 'ES_NIE', value: 'X1234567L', sentence: 'NIE $ para el contrato.' },
  { entity: 'IT_FISCAL_CODE', value: 'RSSMRA85T10A562S', sentence: 'Codice fiscale: $' },
  { entity: 'IN_PAN', value: 'ABCPE1234F', sentence: 'PAN card $ attached.' },
  { entity: 'IN_AADHAAR', value: '2345 6789 0124', sentence: 'Aadhaar $ verified.' },
  { entity: 'SG_NRIC_FIN', value: 'S1234567D', sentence: 'NRIC $ on the form.' },
  { entity: 'AU_TFN', value: '123 456 782', sentence: 'My tax file number is $.' },
  { entity: 'AU_ABN', value: '51 824 753 556', sentence: 'ABN $ for invoicing.' },
  { entity: 'AU_ACN', value: '004 085 616', sentence: 'ACN $ registered.' },
  { entity: 'AU_MEDICARE', value: '2123 45670 1', sentence: 'Medicare card $.' },
  { entity: 'CA_SIN', value: '046 454 286', sentence: 'Social insurance number $.' },
  { entity: 'PL_PESEL', value: '44051401359', sentence: 'Numer PESEL $.' },
  { entity: 'KR_RRN', value: '900101-1234568', sentence: '주민등록번호 $' },
  { entity: 'CN_RESIDENT_ID', value: '11010519491231002X', sentence: '身份证号码：$。' },
  { entity: 'DE_TAX_ID', value: '86095742719', sentence: 'Steuer-ID $ bitte angeben.' },
  { entity: 'FI_PERSONAL_IDENTITY_CODE', value: '131052-308T', sentence: 'Henkilötunnus $.' },
  { entity: 'IN_GSTIN', value: '27AAPFU0939F1ZV', sentence: 'GSTIN $ on the invoice.' },
  { entity: 'MEDICAL_LICENSE', value: 'AB1234563', sentence: 'DEA number $.' },
  { entity: 'US_MBI', value: '1EG4-TE5-MK73', sentence: 'Medicare MBI $.' },
  { entity: 'EMAIL_ADDRESS', value: 'jane.doe@example.co.uk', sentence: 'Write to $ today.' },
  { entity: 'PHONE_NUMBER', value: '+44 20 7946 0958', sentence: 'Call me on $ tomorrow.' },
  { entity: 'PHONE_NUMBER', value: '(212) 555-0123', sentence: 'Office: $' },
  { entity: 'PHONE_NUMBER', value: '13812345678', sentence: '手机：$，随时联系。' },
  { entity: 'URL', value: 'https://example.com/about?id=3', sentence: 'See $ for details.' },
  { entity: 'IP_ADDRESS', value: '203.0.113.7', sentence: 'Login from IP $ blocked.' },
  { entity: 'IP_ADDRESS', value: '2001:db8::ff00:42:8329', sentence: 'IPv6 $ seen.' },
  { entity: 'MAC_ADDRESS', value: '00:1A:2B:3C:4D:5E', sentence: 'Device MAC $.' },
  { entity: 'CRYPTO', value: '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', sentence: 'Send BTC to $.' },
  { entity: 'CRYPTO', value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', sentence: 'Wallet $' },
  { entity: 'DATE_OF_BIRTH', value: '12 March 1985', sentence: 'She was born on $ in Leeds.' },
  { entity: 'DATE_OF_BIRTH', value: '1985年3月12日', sentence: '出生日期：$' },
  { entity: 'DATE_TIME', value: '2024-01-03', sentence: 'We met on $ at the fair.' },
  { entity: 'HEALTH_DATA', value: 'diabetes', sentence: 'He mentioned his $ during the call.' },
  { entity: 'HEALTH_DATA', value: '糖尿病', sentence: '客户有$，需注意。' },
  { entity: 'RELIGIOUS_BELIEF', value: 'Muslim', sentence: 'She is a practising $.' },
  { entity: 'POLITICAL_OPINION', value: 'party member', sentence: 'He is a Labour $.' },
  { entity: 'TRADE_UNION_MEMBERSHIP', value: 'trade union', sentence: 'Active in the $ at work.' },
  { entity: 'TRADE_UNION_MEMBERSHIP', value: '工会会员', sentence: '他是$。' },
  { entity: 'ETHNIC_ORIGIN', value: 'Hispanic', sentence: 'Identifies as $.' },
  { entity: 'SEX_LIFE_ORIENTATION', value: 'bisexual', sentence: 'He said he is $.' },
  { entity: 'GENETIC_DATA', value: 'genetic test', sentence: 'Results of her $ came back.' },
  { entity: 'BIOMETRIC_DATA', value: 'fingerprint', sentence: 'We store a $ template.' },
];
