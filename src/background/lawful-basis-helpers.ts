// Helpers for the lawful-basis evaluation: the consent domain's draft of a lead, the recipients
// a route implies, the purpose choice with its LIA or consent evidence, the "no basis chosen yet"
// problem (English and Chinese, with its rule) and SHA-256 hex of a text.
// Must never include personal values in a problem.
import type { LeadDraft, JurisdictionId, PurposeChoice, RuleSet } from '@src/consent';
import type { LawfulBasisChoice } from '@src/messaging/consent-protocol';
import type { LawfulBasisProblemView } from '@src/messaging/consent-responses';
import type { LeadInput } from '@src/messaging/protocol';
import { routeFor, type Policy } from '@src/policy';
import { DEVELOPMENT_LIA_REF } from './development-policy';

/** Shortest LIA summary accepted in development mode (a word or two is not an assessment). */
export const MIN_LIA_SUMMARY = 10;

const MISSING_BASIS = {
  enforced: {
    en: 'Choose a purpose and a lawful basis your organisation allows for this jurisdiction.',
    zh: '请选择一个目的以及贵组织在该法域允许的合法性基础。',
  },
  development: {
    en: 'Choose a purpose and a lawful basis the law of this jurisdiction allows (development mode: no organisation policy applies, but no lead is saved without a lawful basis).',
    zh: '请选择一个目的以及该法域法律允许的合法性基础（开发模式：没有组织政策，但没有合法性基础的潜在客户不会被保存）。',
  },
} as const;

export function missingBasisProblem(rules: RuleSet, development = false): LawfulBasisProblemView {
  const articles = rules.allowedBases
    .map((b) => b.reference.article)
    .filter((a, i, all) => all.indexOf(a) === i)
    .join('; ');
  return {
    code: 'basis_missing',
    severity: 'block',
    message: MISSING_BASIS[development ? 'development' : 'enforced'],
    law: rules.law,
    article: articles.length > 0 ? articles : 'lawful basis',
  };
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function draftOf(input: LeadInput): LeadDraft {
  const p = input.person;
  return {
    emails: [...p.emails],
    phones: [...p.phones],
    urls: [...p.urls],
    pageUrl: input.sourceUrl,
    ...(p.name !== undefined ? { name: p.name } : {}),
    ...(p.jobTitle !== undefined ? { jobTitle: p.jobTitle } : {}),
    ...(p.organization !== undefined ? { organization: p.organization } : {}),
    ...(p.locality !== undefined ? { locality: p.locality } : {}),
    ...(p.region !== undefined ? { region: p.region } : {}),
    ...(p.country !== undefined ? { country: p.country } : {}),
  };
}

export function recipientsFor(policy: Policy, jurisdiction: JurisdictionId) {
  const route = routeFor(policy, jurisdiction);
  if (!route.deliver) return [];
  const country = policy.controller?.country;
  return [
    {
      name: `CRM connector (${route.region})`,
      role: 'crm' as const,
      ...(country ? { country } : {}),
    },
  ];
}

/** The approved LIA template (policy), or in development mode the salesperson's own summary. */
function legitimateInterestOf(choice: LawfulBasisChoice, policy: Policy, development: boolean) {
  const lia = policy.liaTemplates.find(
    (t) => t.id === choice.liaTemplateId && t.purposeId === choice.purposeId,
  );
  if (lia) {
    return {
      assessmentRef: `${policy.policyId}@${policy.version}#${lia.id}`,
      interestsPursued: lia.purposeTest.slice(0, 500),
    };
  }
  const summary = choice.liaSummary?.trim() ?? '';
  if (!development || summary.length < MIN_LIA_SUMMARY) return undefined;
  return { assessmentRef: DEVELOPMENT_LIA_REF, interestsPursued: summary.slice(0, 500) };
}

export async function purposeChoice(
  choice: LawfulBasisChoice,
  policy: Policy,
  development = false,
): Promise<PurposeChoice | undefined> {
  if (choice.purposeId === undefined || choice.basis === undefined) return undefined;
  const legitimateInterest =
    choice.basis === 'legitimate_interests'
      ? legitimateInterestOf(choice, policy, development)
      : undefined;
  const consent = choice.consent;
  return {
    purposeId: choice.purposeId,
    basis: choice.basis,
    primaryPurpose: true,
    ...(legitimateInterest ? { legitimateInterest } : {}),
    ...(choice.basis === 'consent' && consent
      ? {
          consent: {
            method: consent.method,
            givenAt: new Date(consent.givenAt).toISOString(),
            textVersionHash: await sha256Hex(consent.textVersion),
            withdrawalMethod: consent.withdrawalMethod,
          },
        }
      : {}),
  };
}
