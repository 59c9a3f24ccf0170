// Helpers for the lawful-basis evaluation: the consent domain's draft of a lead, the recipients
// a route implies, the purpose choice with its LIA or consent evidence, the "no basis chosen yet"
// problem (English and Chinese, with its rule) and SHA-256 hex of a text.
// Must never include personal values in a problem.
import type { LeadDraft, JurisdictionId, PurposeChoice, RuleSet } from '@src/consent';
import type { LawfulBasisChoice } from '@src/messaging/consent-protocol';
import type { LawfulBasisProblemView } from '@src/messaging/consent-responses';
import type { LeadInput } from '@src/messaging/protocol';
import { routeFor, type Policy } from '@src/policy';

export function missingBasisProblem(rules: RuleSet): LawfulBasisProblemView {
  const articles = rules.allowedBases
    .map((b) => b.reference.article)
    .filter((a, i, all) => all.indexOf(a) === i)
    .join('; ');
  return {
    code: 'basis_missing',
    severity: 'block',
    message: {
      en: 'Choose a purpose and a lawful basis your organisation allows for this jurisdiction.',
      zh: '请选择一个目的以及贵组织在该法域允许的合法性基础。',
    },
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

export async function purposeChoice(
  choice: LawfulBasisChoice,
  policy: Policy,
): Promise<PurposeChoice | undefined> {
  if (choice.purposeId === undefined || choice.basis === undefined) return undefined;
  const lia = policy.liaTemplates.find(
    (t) => t.id === choice.liaTemplateId && t.purposeId === choice.purposeId,
  );
  const consent = choice.consent;
  return {
    purposeId: choice.purposeId,
    basis: choice.basis,
    primaryPurpose: true,
    ...(choice.basis === 'legitimate_interests' && lia
      ? {
          legitimateInterest: {
            assessmentRef: `${policy.policyId}@${policy.version}#${lia.id}`,
            interestsPursued: lia.purposeTest.slice(0, 500),
          },
        }
      : {}),
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
