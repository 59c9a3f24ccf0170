import { describe, expect, it } from 'vitest';
import {
  isValidDate,
  iso7064Mod11_2Check,
  iso7064Mod11_10Check,
  luhnValid,
  mod97,
  verhoeffValid,
} from '@src/redact/checksums';
import { cardIssuerKnown, ibanValid } from '@src/redact/recognisers/financial';
import {
  chineseResidentIdValid,
  gstinValid,
  nricValid,
} from '@src/redact/recognisers/ids-asia-pacific';
import {
  germanTaxIdValid,
  italianFiscalCodeValid,
  peselValid,
} from '@src/redact/recognisers/ids-europe';
import {
  isBase58CheckAddress,
  isBech32Address,
  isEthereumAddress,
} from '@src/redact/recognisers/wallets';
import { sha256 } from '@src/redact/sha256';

describe('check-digit algorithms', () => {
  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('41a1')).toBe(false);
  });
  it('MOD 97-10', () => {
    expect(mod97('WEST12345698765432GB82')).toBe(1);
    expect(mod97('abc')).toBe(-1);
  });
  it('Verhoeff', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    expect(verhoeffValid('x')).toBe(false);
  });
  it('ISO 7064 MOD 11-2 and MOD 11,10', () => {
    expect(iso7064Mod11_2Check('11010519491231002')).toBe('X');
    expect(iso7064Mod11_10Check('8609574271')).toBe(9);
  });
  it('calendar dates', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2024, 13, 1)).toBe(false);
    expect(isValidDate(2024, 4, 31)).toBe(false);
  });
  it('SHA-256 matches the FIPS test vector', () => {
    const hex = (b: Uint8Array): string =>
      [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(new Uint8Array(0)))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});

describe('format validators', () => {
  it('card issuer ranges', () => {
    expect(cardIssuerKnown('4111111111111111')).toBe(true);
    expect(cardIssuerKnown('378282246310005')).toBe(true);
    expect(cardIssuerKnown('3782822463100050')).toBe(false); // Amex is 15 digits
    expect(cardIssuerKnown('9111111111111111')).toBe(false);
    expect(cardIssuerKnown('2221000000000009')).toBe(true);
  });
  it('IBAN: per-country length and mod-97', () => {
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('gb82west12345698765432')).toBe(true);
    expect(ibanValid('GB82WEST1234569876543')).toBe(false); // length
    expect(ibanValid('GB83WEST12345698765432')).toBe(false); // check digits
    expect(ibanValid('XX82WEST12345698765432')).toBe(false); // country
  });
  it('Chinese resident ID', () => {
    expect(chineseResidentIdValid('11010519491231002X')).toBe(true);
    expect(chineseResidentIdValid('110105194912310021')).toBe(false); // check char
    expect(chineseResidentIdValid('99010519491231002X')).toBe(false); // province
    expect(chineseResidentIdValid('110105194902300028')).toBe(false); // 30 February
  });
  it('Italian fiscal code', () => {
    expect(italianFiscalCodeValid('RSSMRA85T10A562S')).toBe(true);
    expect(italianFiscalCodeValid('RSSMRA85T10A562T')).toBe(false);
  });
  it('Polish PESEL', () => {
    expect(peselValid('44051401359')).toBe(true);
    expect(peselValid('44051401358')).toBe(false);
    expect(peselValid('44151401352')).toBe(false); // month 15
  });
  it('German tax id', () => {
    expect(germanTaxIdValid('86095742719')).toBe(true);
    expect(germanTaxIdValid('86095742718')).toBe(false);
    expect(germanTaxIdValid('12345678903')).toBe(false); // no repeated digit
    expect(germanTaxIdValid('06095742719')).toBe(false);
  });
  it('Indian GSTIN', () => {
    expect(gstinValid('27AAPFU0939F1ZV')).toBe(true);
    expect(gstinValid('27AAPFU0939F1ZW')).toBe(false);
  });
  it('Singapore NRIC / FIN', () => {
    expect(nricValid('S1234567D')).toBe(true);
    expect(nricValid('S1234567A')).toBe(false);
    expect(nricValid('X1234567D')).toBe(false);
  });
  it('crypto wallets', () => {
    expect(isBase58CheckAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe(true);
    expect(isBase58CheckAddress('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
    expect(isBase58CheckAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toBe(false);
    expect(isBase58CheckAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0')).toBe(false); // 0 not base58
    expect(isBech32Address('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(true);
    expect(isBech32Address('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr')).toBe(false);
    expect(isBech32Address('BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ')).toBe(true);
    expect(isBech32Address('bc1Qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(false); // mixed case
    expect(isEthereumAddress('0x52908400098527886E0F7030069857D2E4169EE7')).toBe(true);
    expect(isEthereumAddress('0x52908400098527886E0F7030069857D2E4169EE')).toBe(false);
  });
});
