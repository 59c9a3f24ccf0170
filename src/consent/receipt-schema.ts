// Valibot schema of the lawful-basis record (consent receipt): a superset of the Kantara
// Consent Receipt v1.1 fields (version, jurisdiction, consentTimestamp, collectionMethod,
// consentReceiptID → receiptId, language, piiPrincipalId, piiControllers, policyUrl, purposes,
// sensitive, spiCat → specialCategories) plus lawful basis, evidence, provenance, retention,
// recipients and transfers. Must never admit a raw identifier: the subject is a keyed hash.
import * as v from 'valibot';
import {
  BASIS_IDS,
  COLLECTION_METHODS,
  JURISDICTION_IDS,
  SPECIAL_CATEGORIES,
  TRANSFER_MECHANISMS,
} from './ids';
import { DRAFT_FIELDS } from './lead-draft';

const Iso = v.pipe(v.string(), v.isoTimestamp());
const ShortText = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const Sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const Alpha2 = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));

export const RECEIPT_VERSION = 'lawful-leads-receipt/1';
export const KANTARA_VERSION = 'KI-CR-v1.1.0';

export const LegalReferenceSchema = v.object({ law: ShortText, article: ShortText });

export const CONSENT_METHODS = [
  'web-form',
  'email-reply',
  'double-opt-in',
  'signed-form',
  'verbal',
  'implied',
] as const;

export const ConsentEvidenceSchema = v.object({
  method: v.picklist(CONSENT_METHODS),
  /** SHA-256 (hex) of the exact consent text shown. */
  textVersionHash: Sha256Hex,
  givenAt: Iso,
  withdrawalMethod: ShortText,
});

export const LegitimateInterestSchema = v.object({
  /** Reference (id or URL) of the documented legitimate-interest assessment. */
  assessmentRef: ShortText,
  interestsPursued: ShortText,
});

export const PurposeRecordSchema = v.object({
  purposeId: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_-]{0,63}$/)),
  description: ShortText,
  primaryPurpose: v.boolean(),
  basis: v.picklist(BASIS_IDS),
  basisReference: LegalReferenceSchema,
  piiCategories: v.array(v.picklist(DRAFT_FIELDS)),
  legitimateInterest: v.optional(LegitimateInterestSchema),
  consent: v.optional(ConsentEvidenceSchema),
});

export const ControllerSchema = v.object({
  name: ShortText,
  address: ShortText,
  email: v.pipe(v.string(), v.email()),
  phone: v.optional(ShortText),
  url: v.optional(v.pipe(v.string(), v.url())),
  dpoEmail: v.optional(v.pipe(v.string(), v.email())),
  country: Alpha2,
  onBehalf: v.boolean(),
});

export const JurisdictionRecordSchema = v.object({
  id: v.picklist(JURISDICTION_IDS),
  inferred: v.picklist(JURISDICTION_IDS),
  method: v.picklist(['inferred', 'confirmed', 'overridden']),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.array(v.object({ signal: ShortText, description: ShortText, weight: v.number() })),
  decidedAt: v.optional(Iso),
  overrideNote: v.optional(ShortText),
  country: v.optional(Alpha2),
});

export const FieldSourceSchema = v.object({
  field: v.picklist(DRAFT_FIELDS),
  method: ShortText,
  locator: v.optional(v.pipe(v.string(), v.maxLength(512))),
  pageUrl: v.pipe(v.string(), v.maxLength(2048)),
  capturedAt: Iso,
});

export const RedactionSchema = v.object({
  field: ShortText,
  operator: ShortText,
  reason: ShortText,
});

export const SpecialCategoryRecordSchema = v.object({
  category: v.picklist(SPECIAL_CATEGORIES),
  condition: ShortText,
  reference: LegalReferenceSchema,
});

export const RecipientSchema = v.object({
  name: ShortText,
  role: v.picklist(['crm', 'processor', 'controller']),
  country: v.optional(Alpha2),
});

export const TransferSchema = v.object({
  toCountry: Alpha2,
  mechanism: v.picklist(TRANSFER_MECHANISMS),
  separateConsent: v.optional(ConsentEvidenceSchema),
});

export const LawfulBasisRecordSchema = v.object({
  version: v.literal(RECEIPT_VERSION),
  kantaraVersion: v.literal(KANTARA_VERSION),
  receiptId: v.pipe(v.string(), v.uuid()),
  createdAt: Iso,
  capturedAt: Iso,
  /** Kantara `consentTimestamp`: seconds since the epoch of `createdAt`. */
  consentTimestamp: v.pipe(v.number(), v.integer(), v.minValue(0)),
  collectionMethod: v.picklist(COLLECTION_METHODS),
  jurisdiction: JurisdictionRecordSchema,
  language: v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)),
  piiControllers: v.pipe(v.array(ControllerSchema), v.minLength(1)),
  policy: v.object({
    version: ShortText,
    hash: Sha256Hex,
    url: v.optional(v.pipe(v.string(), v.url())),
  }),
  piiPrincipalId: v.pipe(v.string(), v.regex(/^hmac-sha256:[A-Za-z0-9_-]{43}$/)),
  purposes: v.pipe(v.array(PurposeRecordSchema), v.minLength(1)),
  sensitive: v.boolean(),
  specialCategories: v.array(SpecialCategoryRecordSchema),
  fieldSources: v.array(FieldSourceSchema),
  redactions: v.array(RedactionSchema),
  retention: v.object({ days: v.pipe(v.number(), v.integer(), v.minValue(1)), endsAt: Iso }),
  recipients: v.array(RecipientSchema),
  crossBorderTransfers: v.array(TransferSchema),
  ccpa: v.optional(
    v.object({
      noticeAtCollection: v.optional(
        v.object({
          version: ShortText,
          givenAt: Iso,
          url: v.optional(v.pipe(v.string(), v.url())),
        }),
      ),
      saleOrShare: v.boolean(),
    }),
  ),
  pipeda: v.optional(v.object({ businessContact: v.boolean() })),
});

export type LawfulBasisRecord = v.InferOutput<typeof LawfulBasisRecordSchema>;
export type PurposeRecord = v.InferOutput<typeof PurposeRecordSchema>;
export type ConsentEvidence = v.InferOutput<typeof ConsentEvidenceSchema>;
export type ControllerRecord = v.InferOutput<typeof ControllerSchema>;
export type TransferRecord = v.InferOutput<typeof TransferSchema>;

export function parseLawfulBasisRecord(
  input: unknown,
): v.SafeParseResult<typeof LawfulBasisRecordSchema> {
  return v.safeParse(LawfulBasisRecordSchema, input);
}
