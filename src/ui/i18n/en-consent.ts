// English strings for the lawful-basis parts of the interface (development mode, jurisdiction
// reasons, notice exemptions, suppression): merged into `en`. Must never contain HTML.
export const enConsent = {
  lbLiaSummary:
    'Your legitimate-interest assessment: the interest pursued, why the data is necessary and why it does not override the person’s rights (at least 10 characters)',
  saveBlocked:
    'Save is blocked until the lawful-basis record is complete: the reasons are listed under “Lawful basis”.',
  reasonAddressCountry: 'address country → {country}',
  reasonAddressUnknown: 'address country not recognised',
  reasonPhoneCode: 'phone country code +{code} → {country}',
  reasonPhoneUnknown: 'phone number without a recognisable country code',
  reasonEmailDomain: 'email domain {tld} → {country}',
  reasonEmailGeneric: 'email domain {tld} is generic → no country',
  reasonWebsiteDomain: 'website domain {tld} → {country}',
  reasonWebsiteGeneric: 'website domain {tld} is generic → no country',
  reasonPageDomain: 'page domain {tld} → {country}',
  reasonPageGeneric: 'page domain {tld} is generic → no country',
  reasonLanguageRegion: 'page language region {language} → {country}',
  reasonLanguageCountry: 'page language {language} → {country}',
  reasonLanguageNone: 'page language {language} names no single country',
  reasonSubdivisionRegion: 'address region → {jurisdiction}',
  reasonSubdivisionAreaCode: 'phone area code → {jurisdiction}',
  reasonSubdivisionConflict: 'phone area codes disagree → stricter {jurisdiction}',
  reasonSubdivisionUnknown: 'state or province unknown → stricter {jurisdiction}',
  reasonNoSignal: 'no country signal → strictest rules',
  reasonConflict: 'equally strong signals point to different regimes → strictest rules',
  noticeExemptOpen: 'Claim an exemption',
  noticeExemption: 'Exemption',
  noticeExemptionChoose: 'Choose an exemption…',
  noticeExemptionReason:
    'Why it applies (at least 10 characters; kept with the lead, never in the audit trail)',
  noticeExemptionSubmit: 'Record exemption',
  noticeExemptionNone: 'The law of this jurisdiction lists no exemption from this notice.',
  exemptionAlreadyInformed: 'The person already has the information',
  exemptionDisproportionateEffort: 'Impossible or disproportionate effort',
  exemptionRequiredByLaw: 'Obtaining or disclosure is laid down by law',
  exemptionProfessionalSecrecy: 'Professional secrecy or a statutory duty of confidentiality',
  exemptionBusinessContact: 'Business contact information',
  exemptionPurposePublished: 'Purpose of use published in advance',
  exemptionReasonableNotToNotify: 'Reasonable in the circumstances not to notify',
  exemptionOther: 'Other exemption under this law',
  suppressedLeftOut:
    'Some people on this page are on your organisation’s do-not-contact list and were left out.',
} as const;
