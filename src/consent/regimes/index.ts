// The regime table: jurisdiction id → rule set, plus the derived strictest rule set used for
// UNKNOWN. Must never special-case a regime in code elsewhere: callers read these records.
import type { BasisId, JurisdictionId, KnownJurisdictionId, SpecialCategory } from '../ids';
import type { BasisRule, RuleSet } from '../rule-set';
import { AU_PRIVACY_ACT } from './australia';
import { BR_LGPD } from './brazil';
import { CA_PIPEDA, CA_QC_LAW25 } from './canada';
import { CN_PIPL } from './china';
import { EU_GDPR, UK_GDPR } from './eu-uk';
import { IN_DPDP } from './india';
import { JP_APPI } from './japan';
import { KR_PIPA } from './korea';
import { SG_PDPA } from './singapore';
import { CH_FADP } from './switzerland';
import { US_CA_CCPA, US_OTHER } from './united-states';

export const KNOWN_REGIMES: Readonly<Record<KnownJurisdictionId, RuleSet>> = {
  EU: EU_GDPR,
  UK: UK_GDPR,
  CH: CH_FADP,
  'US-CA': US_CA_CCPA,
  'US-OTHER': US_OTHER,
  CN: CN_PIPL,
  CA: CA_PIPEDA,
  'CA-QC': CA_QC_LAW25,
  BR: BR_LGPD,
  SG: SG_PDPA,
  AU: AU_PRIVACY_ACT,
  JP: JP_APPI,
  KR: KR_PIPA,
  IN: IN_DPDP,
};

const STRICTEST_REF = { law: 'Strictest common rules', article: 'intersection of all regimes' };

/**
 * The rule set for an unknown jurisdiction: only the bases every regime allows (consent is
 * always explicit), every category any regime treats as sensitive (explicit consent required),
 * separate consent plus a mechanism for any transfer, the shortest default retention, and the
 * GDPR Art. 14 one-month notice clock (the strictest clock that indirect capture can meet).
 */
function deriveStrictest(regimes: readonly RuleSet[]): RuleSet {
  const basisIds = regimes
    .map((r) => new Set<BasisId>(r.allowedBases.map((b) => b.basis)))
    .reduce((acc, set) => new Set([...acc].filter((b) => set.has(b))));
  const allowedBases: BasisRule[] = [...basisIds]
    .filter((b) => b !== 'business_contact')
    .map((basis) => ({
      basis,
      reference: STRICTEST_REF,
      requiresExplicitConsent: basis === 'consent',
    }));
  const categories = new Set<SpecialCategory>(regimes.flatMap((r) => r.sensitiveData.categories));
  return {
    id: 'UNKNOWN',
    name: {
      en: 'Unknown jurisdiction (strictest common rules)',
      zh: '未知法域（最严格的共同规则）',
    },
    law: 'Strictest common rules',
    allowedBases,
    businessContactExemption: null,
    notice: { ...EU_GDPR.notice, exemptions: [] },
    sensitiveData: {
      categories: [...categories],
      rule: 'explicit-consent-required',
      conditions: [{ id: 'explicit_consent', reference: STRICTEST_REF }],
      reference: STRICTEST_REF,
    },
    crossBorder: {
      mechanisms: ['sccs', 'pipl_standard_contract', 'contractual_comparable_protection'],
      separateConsentRequired: true,
      freeDestinations: [],
      reference: STRICTEST_REF,
    },
    retention: {
      defaultDays: Math.min(...regimes.map((r) => r.retention.defaultDays)),
      reference: STRICTEST_REF,
      source: 'project-default',
    },
    complaintAuthority: {
      en: 'the data protection authority of your country',
      zh: '您所在国家的数据保护机构',
    },
    rights: EU_GDPR.rights,
    rightsReference: EU_GDPR.rightsReference,
  };
}

export const STRICTEST_REGIME: RuleSet = deriveStrictest(Object.values(KNOWN_REGIMES));

export const REGIMES: Readonly<Record<JurisdictionId, RuleSet>> = {
  ...KNOWN_REGIMES,
  UNKNOWN: STRICTEST_REGIME,
};

export function ruleSetFor(jurisdiction: JurisdictionId): RuleSet {
  return REGIMES[jurisdiction];
}

export { EEA_COUNTRIES } from './gdpr-common';
export { OTHER_US_STATE_LAWS } from './united-states';
