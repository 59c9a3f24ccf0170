// Every notice exemption a regime lists has a name in the interface and an audit code.
import { describe, expect, it } from 'vitest';
import { AUDIT_EXEMPTIONS } from '@src/audit';
import { REGIMES } from '@src/consent';
import { en } from '@src/ui/i18n/en';
import { exemptionName } from '@src/ui/sidepanel/lawful-basis-labels';

const codes = [
  ...new Set(Object.values(REGIMES).flatMap((r) => r.notice.exemptions.map((e) => e.code))),
];

describe('notice exemption labels', () => {
  it('names every exemption code the regimes list, and audits it as itself', () => {
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) {
      expect(exemptionName(code)).not.toBe(en.exemptionOther);
      expect(AUDIT_EXEMPTIONS).toContain(code);
    }
  });

  it('words "required by law" as each law does (GDPR Art. 14(5)(c), PIPL Art. 18, FADP Art. 20(1)(b))', () => {
    const named = Object.values(REGIMES).flatMap((r) =>
      r.notice.exemptions
        .filter((e) => e.code === 'required_by_law')
        .map((e) => [e.reference.law, exemptionName(e.code, e.reference.law)] as const),
    );
    const byLaw = new Map(named);
    expect(byLaw.get('GDPR')).toBe(en.exemptionRequiredByLaw);
    expect(byLaw.get('PIPL')).toBe(en.exemptionConfidentialityByLaw);
    expect(byLaw.get('FADP')).toBe(en.exemptionProvidedByLaw);
    expect(exemptionName('required_by_law', 'constructor')).toBe(en.exemptionRequiredByLaw);
  });

  it('falls back to a generic name for a code it does not know', () => {
    expect(exemptionName('new_code')).toBe(en.exemptionOther);
    expect(exemptionName('toString')).toBe(en.exemptionOther);
  });
});
