// Shared GDPR-family pieces: Art. 9 categories, the Art. 6 / 9 / 14 rules for a GDPR text,
// the EEA member list and the EU adequacy list. Must never hold regime-specific choices.
import type { SpecialCategory } from '../ids';
import type { NoticeExemption, RuleSet } from '../rule-set';
import { ref } from './ref';

export const ART9_CATEGORIES: readonly SpecialCategory[] = [
  'racial_or_ethnic_origin',
  'political_opinions',
  'religious_or_philosophical_beliefs',
  'trade_union_membership',
  'genetic_data',
  'biometric_data',
  'health',
  'sex_life_or_sexual_orientation',
  'criminal_convictions',
];

export function gdprLike(law: string): Pick<RuleSet, 'allowedBases' | 'notice' | 'sensitiveData'> {
  const exemptions: NoticeExemption[] = [
    {
      code: 'already_informed',
      description: 'The person already has the information',
      reference: ref(law, 'Art. 14(5)(a)'),
    },
    {
      code: 'disproportionate_effort',
      description: 'Impossible or disproportionate effort',
      reference: ref(law, 'Art. 14(5)(b)'),
    },
    {
      code: 'required_by_law',
      description: 'Obtaining or disclosure is laid down by law',
      reference: ref(law, 'Art. 14(5)(c)'),
    },
    {
      code: 'professional_secrecy',
      description: 'Professional secrecy obligation',
      reference: ref(law, 'Art. 14(5)(d)'),
    },
  ];
  return {
    allowedBases: [
      // Consent must be a clear affirmative act (Art. 4(11), Recital 32): implied consent is refused.
      { basis: 'consent', reference: ref(law, 'Art. 6(1)(a)'), requiresExplicitConsent: true },
      { basis: 'contract', reference: ref(law, 'Art. 6(1)(b)') },
      { basis: 'legal_obligation', reference: ref(law, 'Art. 6(1)(c)') },
      { basis: 'vital_interests', reference: ref(law, 'Art. 6(1)(d)') },
      { basis: 'public_task', reference: ref(law, 'Art. 6(1)(e)') },
      {
        basis: 'legitimate_interests',
        reference: ref(law, 'Art. 6(1)(f)'),
        requiresAssessment: true,
      },
    ],
    notice: {
      deadline: { kind: 'calendar-months', months: 1, earlierOnContact: true },
      reference: ref(law, 'Art. 14(3)'),
      exemptions,
    },
    sensitiveData: {
      categories: ART9_CATEGORIES,
      rule: 'condition-required',
      conditions: [
        { id: 'explicit_consent', reference: ref(law, 'Art. 9(2)(a)') },
        { id: 'employment_social_security', reference: ref(law, 'Art. 9(2)(b)') },
        { id: 'vital_interests', reference: ref(law, 'Art. 9(2)(c)') },
        { id: 'not_for_profit_body', reference: ref(law, 'Art. 9(2)(d)') },
        { id: 'manifestly_made_public', reference: ref(law, 'Art. 9(2)(e)') },
        { id: 'legal_claims', reference: ref(law, 'Art. 9(2)(f)') },
        { id: 'substantial_public_interest', reference: ref(law, 'Art. 9(2)(g)') },
        { id: 'health_care', reference: ref(law, 'Art. 9(2)(h)') },
        { id: 'public_health', reference: ref(law, 'Art. 9(2)(i)') },
        { id: 'archiving_research', reference: ref(law, 'Art. 9(2)(j)') },
      ],
      reference: ref(law, 'Art. 9(1)'),
    },
  };
}

/** EU member states plus Iceland, Liechtenstein and Norway (EEA), alpha-2. */
export const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
] as const;

/** Destinations with an EU adequacy decision (Art. 45), alpha-2; US only under the DPF. */
export const EU_ADEQUATE = [
  'AD',
  'AR',
  'CA',
  'FO',
  'GG',
  'IL',
  'IM',
  'JP',
  'JE',
  'NZ',
  'KR',
  'CH',
  'GB',
  'UY',
];
