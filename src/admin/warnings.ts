// Advisory checks on a valid policy: legal points an administrator should look at before deploying.
// Must never block a valid policy (these are warnings) and never judge beyond what the policy states.
import { LAWFUL_BASES, type Jurisdiction, type Policy } from '@src/policy';

export interface PolicyWarning {
  path: (string | number)[];
  message: string;
}

const GDPR_STYLE: readonly Jurisdiction[] = ['EU', 'UK', 'CH'];
const GDPR_BASES = LAWFUL_BASES.slice(0, 6);

export function policyWarnings(policy: Policy): PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  const routed = Object.keys(policy.connector.routing);
  if (!policy.controller && routed.length > 0) {
    warnings.push({
      path: ['controller'],
      message: 'Leads are delivered but no controller identity is set for notices and receipts',
    });
  }
  for (const [jurisdiction, byPurpose] of Object.entries(policy.lawfulBases)) {
    for (const [purposeId, bases] of Object.entries(byPurpose ?? {})) {
      bases.forEach((basis, index) => {
        const path = ['lawfulBases', jurisdiction, purposeId, index];
        if (
          GDPR_STYLE.includes(jurisdiction as Jurisdiction) &&
          !(GDPR_BASES as readonly string[]).includes(basis)
        ) {
          warnings.push({ path, message: `"${basis}" is not a lawful basis under GDPR Art. 6` });
        }
        if (
          jurisdiction === 'CN' &&
          !basis.startsWith('pipl_') &&
          basis !== 'contract' &&
          basis !== 'legal_obligation'
        ) {
          warnings.push({
            path,
            message: `PIPL has no "${basis}" basis; prospecting in China usually needs consent`,
          });
        }
      });
    }
  }
  if (policy.connector.routing.CN !== undefined && policy.connector.routing.CN !== 'cn') {
    warnings.push({
      path: ['connector', 'routing', 'CN'],
      message: 'Leads from China leave the region: check PIPL cross-border transfer rules',
    });
  }
  for (const [jurisdiction, days] of Object.entries(policy.retention.days)) {
    if ((days ?? 0) > 365) {
      warnings.push({
        path: ['retention', 'days', jurisdiction],
        message: 'Retention over a year for prospects is hard to justify',
      });
    }
  }
  if (!policy.minimisation.blockSpecialCategories) {
    warnings.push({
      path: ['minimisation', 'blockSpecialCategories'],
      message: 'Special category data is not blocked',
    });
  }
  if (
    !policy.sites.deny.some((pattern) => pattern === 'linkedin.com' || pattern === '*.linkedin.com')
  ) {
    warnings.push({
      path: ['sites', 'deny'],
      message: 'linkedin.com is not denied; its terms restrict copying member data',
    });
  }
  if (policy.retention.legalHold.active && !policy.retention.legalHold.reason) {
    warnings.push({
      path: ['retention', 'legalHold'],
      message: 'A legal hold is active without a recorded reason',
    });
  }
  return warnings;
}
