// What the side panel shows a salesperson about the applied policy: each setting, its value in
// plain words, whether an administrator manages it (locked: the user can only tighten it) and
// whether the user's own preference made it stricter. Pure; the UI maps ids to translated labels.
import { allowedFields } from './evaluate';
import type { ResolvedPolicy } from './resolve';
import type { Policy } from './schema';
import { JURISDICTIONS } from './vocabulary';

export interface SettingView {
  id: string;
  label: string;
  value: string;
  /** Set by an administrator (managed storage, signed bundle or their last known good copy). */
  managed: boolean;
  /** The user cannot loosen it (always true: users can only ever tighten). */
  locked: boolean;
  /** The user's preference made it stricter than the administrator's value. */
  tightenedByUser: boolean;
}

export interface PolicyHeaderView {
  policyId: string;
  version: number;
  source: ResolvedPolicy['source'];
  signer?: string;
  appliedAt: number;
  problems: number;
}

export function policyHeaderView(resolved: ResolvedPolicy): PolicyHeaderView {
  return {
    policyId: resolved.policyId,
    version: resolved.version,
    source: resolved.source,
    ...(resolved.signer ? { signer: resolved.signer } : {}),
    appliedAt: resolved.appliedAt,
    problems: resolved.problems.filter((item) => item.severity !== 'info').length,
  };
}

type Describe = (policy: Policy) => string;

const SETTINGS: [id: string, label: string, describe: Describe][] = [
  ['sites.deny', 'Sites where capture is blocked', (p) => p.sites.deny.join(', ') || 'none'],
  [
    'sites.defaultAction',
    'Capture on other sites',
    (p) => (p.sites.defaultAction === 'allow' ? 'allowed' : 'blocked'),
  ],
  [
    'minimisation.blockSpecialCategories',
    'Special category data',
    (p) => (p.minimisation.blockSpecialCategories ? 'blocked' : 'allowed'),
  ],
  [
    'minimisation.allowedFields',
    'Fields kept',
    (p) => JURISDICTIONS.map((j) => `${j}: ${allowedFields(p, j).join(', ') || 'none'}`).join('; '),
  ],
  [
    'retention',
    'Records are deleted after',
    (p) =>
      [
        `${p.retention.defaultDays} days by default`,
        ...Object.entries(p.retention.days).map(([j, days]) => `${j} ${days ?? ''} days`),
      ].join(', '),
  ],
  [
    'retention.legalHold',
    'Legal hold',
    (p) => (p.retention.legalHold.active ? 'active: nothing is deleted' : 'none'),
  ],
  ['vault.autoLockMinutes', 'Vault locks after', (p) => `${p.vault.autoLockMinutes} minutes`],
  [
    'connector.routing',
    'Leads are delivered for',
    (p) =>
      JURISDICTIONS.filter((j) => p.connector.routing[j] !== undefined).join(', ') ||
      'no region (leads stay on this device)',
  ],
  [
    'suppression.checkBeforeDelivery',
    'Suppression list check',
    (p) => (p.suppression.checkBeforeDelivery ? 'on' : 'off'),
  ],
  [
    'notices.allowExemptionClaims',
    'Notice exemptions may be claimed',
    (p) => (p.notices?.allowExemptionClaims === false ? 'no' : 'yes, with a written reason'),
  ],
];

export function settingsView(resolved: ResolvedPolicy): SettingView[] {
  return SETTINGS.map(([id, label, describe]) => {
    const value = describe(resolved.policy);
    return {
      id,
      label,
      value,
      managed: resolved.locked,
      locked: true,
      // tighten() only ever tightens, so any difference from the administrator's value is stricter
      tightenedByUser: value !== describe(resolved.basePolicy),
    };
  });
}
