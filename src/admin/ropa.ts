// Builds a GDPR Art. 30(1) record-of-processing entry from a policy, as data and as Markdown.
// States only what the policy says; anything the policy cannot know is marked for the controller to
// complete. Must never invent legal conclusions (e.g. that a transfer is lawful).
import {
  allowedFields,
  JURISDICTIONS,
  LAWFUL_BASIS_LABELS,
  lawfulBasesFor,
  retentionDays,
  routeFor,
  type Jurisdiction,
  type Policy,
} from '@src/policy';
import { describeRule } from './diff';

const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  jobTitle: 'job title',
  organization: 'employer / organisation',
  emails: 'business email addresses',
  phones: 'business phone numbers',
  urls: 'professional web pages',
  locality: 'city',
  region: 'region',
  country: 'country',
};
const GDPR_STYLE: readonly Jurisdiction[] = ['EU', 'UK', 'CH'];
const TO_COMPLETE = 'To be completed by the controller';

export interface RopaEntry {
  title: string;
  policy: { policyId: string; version: number; generatedAt: string };
  controller: {
    name: string;
    address: string;
    contact: string;
    dpo: string;
    euRepresentative: string;
    ukRepresentative: string;
  };
  purposes: {
    id: string;
    name: string;
    description: string;
    lawfulBases: { jurisdiction: Jurisdiction; bases: string[] }[];
    legitimateInterestAssessments: string[];
  }[];
  dataSubjects: string;
  jurisdictions: Jurisdiction[];
  personalData: { jurisdiction: Jurisdiction; categories: string[] }[];
  specialCategories: string;
  redaction: string[];
  recipients: string[];
  transfers: { jurisdiction: Jurisdiction; destination: string }[];
  retention: { jurisdiction: Jurisdiction; days: number }[];
  legalHold: string;
  securityMeasures: string[];
}

export function buildRopa(policy: Policy, now: number): RopaEntry {
  const covered = JURISDICTIONS.filter((j) =>
    policy.purposes.some((p) => lawfulBasesFor(policy, j, p.id).length > 0),
  );
  const controller = policy.controller;
  const person = (value?: { name?: string; address?: string; email: string }) =>
    value
      ? [value.name, value.address, value.email].filter(Boolean).join(', ')
      : 'None designated in the policy';
  const routes = covered.map((j) => ({ j, route: routeFor(policy, j) }));
  return {
    title: 'Lead capture for business development (Lawful Leads)',
    policy: {
      policyId: policy.policyId,
      version: policy.version,
      generatedAt: new Date(now).toISOString(),
    },
    controller: {
      name: controller?.organisation ?? TO_COMPLETE,
      address: controller?.address ?? TO_COMPLETE,
      contact: controller?.contactEmail ?? TO_COMPLETE,
      dpo: person(controller?.dpo),
      euRepresentative: person(controller?.euRepresentative),
      ukRepresentative: person(controller?.ukRepresentative),
    },
    purposes: policy.purposes.map((purpose) => ({
      id: purpose.id,
      name: purpose.name,
      description: purpose.description,
      lawfulBases: JURISDICTIONS.map((jurisdiction) => ({
        jurisdiction,
        bases: lawfulBasesFor(policy, jurisdiction, purpose.id).map((basis) =>
          GDPR_STYLE.includes(jurisdiction)
            ? LAWFUL_BASIS_LABELS[basis]
            : LAWFUL_BASIS_LABELS[basis].replace(/ \(GDPR .*\)$/, ''),
        ),
      })).filter((entry) => entry.bases.length > 0),
      legitimateInterestAssessments: policy.liaTemplates
        .filter((template) => template.purposeId === purpose.id)
        .map(
          (template) =>
            `${template.title} (approved by ${template.approvedBy} on ${template.approvedOn})`,
        ),
    })),
    dataSubjects:
      'Business contacts (prospects) acting in a professional capacity, found on web pages visited by sales staff',
    jurisdictions: covered,
    personalData: covered.map((jurisdiction) => ({
      jurisdiction,
      categories: allowedFields(policy, jurisdiction).map((field) => FIELD_LABELS[field] ?? field),
    })),
    specialCategories: policy.minimisation.blockSpecialCategories
      ? 'Not processed: special category data is blocked at capture'
      : 'Not blocked by the policy: an Art. 9 condition must be documented',
    redaction: Object.entries(policy.minimisation.redaction).map(
      ([entity, rule]) => `${entity}: ${describeRule(rule)}`,
    ),
    recipients: [
      ...Object.entries(policy.connector.endpoints).map(
        ([region, endpoint]) =>
          `Controller's lead connector, region '${region}' (${endpoint?.url ?? ''})`,
      ),
      'Sales staff of the controller',
    ],
    transfers: routes.map(({ j, route }) => ({
      jurisdiction: j,
      destination: route.deliver
        ? `region '${route.region}' (${route.url}); safeguards: ${TO_COMPLETE.toLowerCase()} if outside the origin`
        : "Not transferred: leads stay in the salesperson's encrypted vault",
    })),
    retention: JURISDICTIONS.map((jurisdiction) => ({
      jurisdiction,
      days: retentionDays(policy, jurisdiction),
    })),
    legalHold: policy.retention.legalHold.active
      ? `Active${policy.retention.legalHold.reason ? `: ${policy.retention.legalHold.reason}` : ''} (deletion suspended)`
      : 'None',
    securityMeasures: [
      `Leads are kept in an encrypted local vault that locks after ${policy.vault.autoLockMinutes} minutes of inactivity`,
      "Deliveries are encrypted to the connector's public key (ECDH-ES P-256) for the lead's region",
      'Policy is centrally managed; users can only make it stricter' +
        (policy.signing.adminPublicKey ? '; connector bundles are signature-checked' : ''),
      'Redaction of identifiers and minimisation of fields per jurisdiction at capture',
      `Alerts after ${policy.alerts.failedUnlockAttempts} failed unlocks, ${policy.alerts.outboxBacklog} undelivered leads or ${policy.alerts.deliveryDelayHours} h delivery delay`,
      ...(policy.suppression.checkBeforeDelivery
        ? ['Leads are checked against the suppression list before delivery']
        : []),
      'Remote wipe of local data is available to the administrator',
    ],
  };
}

export function renderRopaMarkdown(entry: RopaEntry): string {
  const list = (items: string[]) =>
    items.length > 0 ? items.map((item) => `- ${item}`).join('\n') : '- None';
  const c = entry.controller;
  return `# Record of processing activities (GDPR Art. 30(1))

**Processing activity:** ${entry.title}
**Policy:** ${entry.policy.policyId} version ${entry.policy.version} (generated ${entry.policy.generatedAt})

## (a) Controller
- Name: ${c.name}
- Address: ${c.address}
- Contact: ${c.contact}
- Data protection officer: ${c.dpo}
- EU representative: ${c.euRepresentative}
- UK representative: ${c.ukRepresentative}

## (b) Purposes and lawful bases
${entry.purposes
  .map(
    (p) => `### ${p.name} (\`${p.id}\`)
${p.description}

${list(p.lawfulBases.map((l) => `${l.jurisdiction}: ${l.bases.join('; ')}`))}${p.legitimateInterestAssessments.length > 0 ? `\n\nLegitimate interest assessments:\n${list(p.legitimateInterestAssessments)}` : ''}`,
  )
  .join('\n\n')}

## (c) Data subjects and personal data
${entry.dataSubjects}, in: ${entry.jurisdictions.join(', ') || 'no jurisdiction (nothing may be processed)'}.

${list(entry.personalData.map((d) => `${d.jurisdiction}: ${d.categories.join(', ')}`))}

Special categories: ${entry.specialCategories}.

Redaction at capture:
${list(entry.redaction)}

## (d) Recipients
${list(entry.recipients)}

## (e) Transfers
${list(entry.transfers.map((t) => `${t.jurisdiction}: ${t.destination}`))}

## (f) Time limits for erasure
${list(entry.retention.map((r) => `${r.jurisdiction}: ${r.days} days after capture`))}

Legal hold: ${entry.legalHold}

## (g) Technical and organisational security measures
${list(entry.securityMeasures)}
`;
}
