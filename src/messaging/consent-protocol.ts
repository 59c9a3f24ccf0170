// Message schemas for the lawful-basis domain: the salesperson's basis choice carried in a lead,
// and the notice and receipt requests. Must never accept free text beyond the stated limits.
import * as v from 'valibot';
import { BASIS_IDS, CONSENT_METHODS, JURISDICTION_IDS, NOTICE_CHANNELS } from '@src/consent';

const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_-]{0,63}$/));
const LeadId = v.pipe(v.string(), v.uuid());

export const ConsentEvidenceInputSchema = v.strictObject({
  method: v.picklist(CONSENT_METHODS),
  givenAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The consent text shown (or its version id): only its SHA-256 is recorded. */
  textVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(5000)),
  withdrawalMethod: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
});

export const LawfulBasisChoiceSchema = v.strictObject({
  /** The jurisdiction the salesperson confirmed (equal to the inferred one) or chose instead. */
  jurisdiction: v.optional(v.picklist(JURISDICTION_IDS)),
  overrideNote: v.optional(v.pipe(v.string(), v.maxLength(500))),
  purposeId: v.optional(Id),
  basis: v.optional(v.picklist(BASIS_IDS)),
  liaTemplateId: v.optional(Id),
  /** Development mode only (no approved LIA templates): the salesperson's own LIA summary. */
  liaSummary: v.optional(v.pipe(v.string(), v.maxLength(500))),
  consent: v.optional(ConsentEvidenceInputSchema),
});

export type LawfulBasisChoice = v.InferOutput<typeof LawfulBasisChoiceSchema>;
export type ConsentEvidenceInput = v.InferOutput<typeof ConsentEvidenceInputSchema>;

export const CONSENT_REQUESTS = [
  v.strictObject({ type: v.literal('receipt.verify'), id: LeadId }),
  v.strictObject({
    type: v.literal('notices.markSent'),
    id: LeadId,
    channel: v.picklist(NOTICE_CHANNELS),
  }),
  /** The salesperson contacted the person: the notice is due by then at the latest (Art. 14(3)(b)). */
  v.strictObject({ type: v.literal('notices.markContacted'), id: LeadId }),
  v.strictObject({
    type: v.literal('notices.claimExemption'),
    id: LeadId,
    code: Id,
    /** Why the exemption applies: kept with the lead's notice record, never in the audit trail. */
    reason: v.pipe(v.string(), v.maxLength(2000)),
  }),
  v.strictObject({
    type: v.literal('notices.text'),
    id: LeadId,
    language: v.picklist(['en', 'zh']),
  }),
] as const;
