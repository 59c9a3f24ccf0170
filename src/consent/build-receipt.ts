// Builds a lawful-basis record from the salesperson's choices: ids, timestamps, pseudonymous
// subject id, basis references from the rule set, retention end date. It does not judge
// compliance (assessLead does). Must never copy a raw email, phone or URL into the record.
import type { BasisId, CollectionMethod } from './ids';
import type { JurisdictionDecision } from './jurisdiction-decision';
import { pseudonymousSubjectId } from './keyed-hash';
import type { LeadDraft } from './lead-draft';
import type { ConsentPolicy } from './policy-input';
import {
  KANTARA_VERSION,
  RECEIPT_VERSION,
  type LawfulBasisRecord,
  type PurposeRecord,
} from './receipt-schema';
import { ruleSetFor } from './regimes/index';

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export interface PurposeChoice {
  readonly purposeId: string;
  readonly basis: BasisId;
  readonly primaryPurpose?: boolean;
  readonly legitimateInterest?: PurposeRecord['legitimateInterest'];
  readonly consent?: PurposeRecord['consent'];
}

export interface BuildReceiptInput {
  readonly draft: LeadDraft;
  readonly decision: JurisdictionDecision;
  readonly policy: ConsentPolicy;
  readonly purposes: readonly PurposeChoice[];
  readonly subjectKey: CryptoKey;
  readonly capturedAt: Date;
  readonly now: Date;
  readonly collectionMethod: CollectionMethod;
  readonly language: string;
  readonly extras?: Partial<
    Pick<
      LawfulBasisRecord,
      | 'fieldSources'
      | 'redactions'
      | 'specialCategories'
      | 'recipients'
      | 'crossBorderTransfers'
      | 'ccpa'
      | 'pipeda'
    >
  >;
  /** Days to keep; defaults to the shorter of the policy maximum and the regime default. */
  readonly retentionDays?: number;
}

export type BuildReceiptResult =
  | { readonly ok: true; readonly record: LawfulBasisRecord }
  | { readonly ok: false; readonly error: 'no-identifier' };

const DAY_MS = 86_400_000;

export async function buildLawfulBasisRecord(
  input: BuildReceiptInput,
): Promise<BuildReceiptResult> {
  const { draft, decision, policy, now } = input;
  const rules = ruleSetFor(decision.jurisdiction);
  const subject = await pseudonymousSubjectId(draft, input.subjectKey);
  if (subject === undefined) return { ok: false, error: 'no-identifier' };
  const days = input.retentionDays ?? Math.min(policy.retentionDays, rules.retention.defaultDays);
  const purposes = input.purposes.map((choice, index): PurposeRecord => {
    const policyPurpose = policy.purposes.find((p) => p.id === choice.purposeId);
    const rule = rules.allowedBases.find((b) => b.basis === choice.basis);
    const record: Optional<PurposeRecord, 'legitimateInterest' | 'consent'> = {
      purposeId: choice.purposeId,
      description: policyPurpose?.description.en ?? choice.purposeId,
      primaryPurpose: choice.primaryPurpose ?? index === 0,
      basis: choice.basis,
      basisReference: rule?.reference ?? {
        law: rules.law,
        article: 'not available under this law',
      },
      piiCategories: [...(policyPurpose?.piiCategories ?? [])],
    };
    if (choice.legitimateInterest !== undefined)
      record.legitimateInterest = choice.legitimateInterest;
    if (choice.consent !== undefined) record.consent = choice.consent;
    return record;
  });
  const extras = input.extras ?? {};
  const specialCategories = extras.specialCategories ?? [];
  const record: LawfulBasisRecord = {
    version: RECEIPT_VERSION,
    kantaraVersion: KANTARA_VERSION,
    receiptId: globalThis.crypto.randomUUID(),
    createdAt: now.toISOString(),
    capturedAt: input.capturedAt.toISOString(),
    consentTimestamp: Math.floor(now.getTime() / 1000),
    collectionMethod: input.collectionMethod,
    jurisdiction: {
      id: decision.jurisdiction,
      inferred: decision.inferred,
      method: decision.method,
      confidence: decision.confidence,
      reasons: decision.reasons.map((r) => ({
        signal: r.signal,
        description: r.description,
        weight: r.weight,
      })),
      ...(decision.decidedAt !== undefined ? { decidedAt: decision.decidedAt } : {}),
      ...(decision.overrideNote !== undefined ? { overrideNote: decision.overrideNote } : {}),
      ...(decision.country !== undefined ? { country: decision.country } : {}),
    },
    language: input.language,
    piiControllers: policy.controllers.map((c) => ({
      name: c.name,
      address: c.address,
      email: c.email,
      country: c.country,
      onBehalf: false,
      ...(c.phone !== undefined ? { phone: c.phone } : {}),
      ...(c.url !== undefined ? { url: c.url } : {}),
      ...(c.dpoEmail !== undefined ? { dpoEmail: c.dpoEmail } : {}),
    })),
    policy: {
      version: policy.version,
      hash: policy.hash,
      ...(policy.url !== undefined ? { url: policy.url } : {}),
    },
    piiPrincipalId: subject,
    purposes,
    sensitive: specialCategories.length > 0,
    specialCategories,
    fieldSources: extras.fieldSources ?? [],
    redactions: extras.redactions ?? [],
    retention: { days, endsAt: new Date(input.capturedAt.getTime() + days * DAY_MS).toISOString() },
    recipients: extras.recipients ?? [],
    crossBorderTransfers: extras.crossBorderTransfers ?? [],
    ...(extras.ccpa !== undefined ? { ccpa: extras.ccpa } : {}),
    ...(extras.pipeda !== undefined ? { pipeda: extras.pipeda } : {}),
  };
  return { ok: true, record };
}
