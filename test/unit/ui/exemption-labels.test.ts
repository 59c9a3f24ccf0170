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

  it('falls back to a generic name for a code it does not know', () => {
    expect(exemptionName('new_code')).toBe(en.exemptionOther);
    expect(exemptionName('toString')).toBe(en.exemptionOther);
  });
});
