// The one valibot schema of the policy document an administrator writes, signs and deploys.
// Must stay JSON-only (no functions, no Dates) so it can be JWS-signed, stored and mirrored in
// public/managed-schema.json; every change here must be made there too (a test checks agreement).
import * as v from 'valibot';
import { PERSON_FIELDS } from '@src/lead/provenance';
import {
  DATE_PATTERN,
  ENTITY_NAME_PATTERN,
  HASH_KEY_PATTERN,
  HOST_PATTERN_PATTERN,
  IDENTIFIER_PATTERN,
  LANGUAGE_TAG_PATTERN,
  JURISDICTIONS,
  LAWFUL_BASES,
  POLICY_SCHEMA_VERSION,
  REDACTION_OPERATORS,
  SITE_DEFAULT_ACTIONS,
  SUPPRESSION_ENTRY_PATTERN,
  WEBMAIL_HANDLING,
} from './vocabulary';

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const emailAddress = v.pipe(v.string(), v.maxLength(254), v.email('Expected an email address'));
const identifier = v.pipe(
  v.string(),
  v.regex(new RegExp(IDENTIFIER_PATTERN), 'Expected a lowercase id like "sales_outreach"'),
);
const isoDate = v.pipe(v.string(), v.regex(new RegExp(DATE_PATTERN), 'Expected a date YYYY-MM-DD'));
const jurisdiction = v.picklist(JURISDICTIONS);
const boundedList = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max));

/** A public key as a JWK. Private members (`d`) are rejected: a policy must never carry a secret. */
export const PublicJwkSchema = v.strictObject({
  kty: v.picklist(['EC', 'OKP']),
  crv: v.picklist(['P-256', 'Ed25519', 'X25519']),
  x: text(200),
  y: v.optional(text(200)),
  kid: v.optional(text(200)),
  alg: v.optional(v.picklist(['ES256', 'EdDSA', 'ECDH-ES'])),
  use: v.optional(v.picklist(['sig', 'enc'])),
});
export type PublicJwk = v.InferOutput<typeof PublicJwkSchema>;

const httpsUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^https:\/\/[^\s/?#]+[^\s]*$/, 'Expected an https:// address'),
);

const RepresentativeSchema = v.strictObject({
  name: text(200),
  address: text(500),
  email: emailAddress,
});

const ControllerSchema = v.strictObject({
  organisation: text(200),
  address: text(500),
  /** ISO 3166-1 alpha-2 country of establishment, e.g. DE. */
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'Expected a country code like DE'))),
  /** IANA time zone used for notice deadlines, e.g. Europe/Berlin. */
  timeZone: v.optional(text(64)),
  contactEmail: emailAddress,
  phone: v.optional(text(50)),
  url: v.optional(httpsUrl),
  dpo: v.optional(v.strictObject({ name: v.optional(text(200)), email: emailAddress })),
  euRepresentative: v.optional(RepresentativeSchema),
  ukRepresentative: v.optional(RepresentativeSchema),
});

const PurposeSchema = v.strictObject({
  id: identifier,
  name: text(200),
  description: text(1000),
  /** Person fields this purpose uses (for notices and the record of processing). */
  dataCategories: v.optional(boundedList(v.picklist(PERSON_FIELDS), PERSON_FIELDS.length)),
  /** Translations of name and description by language tag (en, zh, de-CH...). */
  localized: v.optional(
    v.record(
      v.pipe(
        v.string(),
        v.regex(new RegExp(LANGUAGE_TAG_PATTERN), 'Expected a language tag like zh'),
      ),
      v.strictObject({ name: text(200), description: text(1000) }),
    ),
  ),
});

const LiaTemplateSchema = v.strictObject({
  id: identifier,
  purposeId: identifier,
  title: text(200),
  purposeTest: text(2000),
  necessityTest: text(2000),
  balancingTest: text(2000),
  safeguards: v.optional(boundedList(text(500), 50)),
  approvedBy: text(200),
  approvedOn: isoDate,
});

export const RedactionRuleSchema = v.pipe(
  v.strictObject({
    operator: v.picklist(REDACTION_OPERATORS),
    replacement: v.optional(v.pipe(v.string(), v.maxLength(100))),
    keepLast: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8))),
    char: v.optional(v.pipe(v.string(), v.length(1))),
  }),
  v.check(
    (rule) => rule.operator === 'mask' || (rule.keepLast === undefined && rule.char === undefined),
    'keepLast and char only apply to the "mask" operator',
  ),
  v.check(
    (rule) => rule.operator === 'replace' || rule.replacement === undefined,
    'replacement only applies to the "replace" operator',
  ),
);
export type RedactionRule = v.InferOutput<typeof RedactionRuleSchema>;

const entityName = v.pipe(
  v.string(),
  v.regex(new RegExp(ENTITY_NAME_PATTERN), 'Expected a Presidio entity name like EMAIL_ADDRESS'),
);
const hostPattern = v.pipe(
  v.string(),
  v.regex(
    new RegExp(HOST_PATTERN_PATTERN),
    'Expected a host like "example.com" or "*.example.com"',
  ),
);

export const PolicySchema = v.strictObject({
  schemaVersion: v.literal(POLICY_SCHEMA_VERSION),
  policyId: identifier,
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2_147_483_647)),
  description: v.optional(text(1000)),
  controller: v.optional(ControllerSchema),
  purposes: boundedList(PurposeSchema, 50),
  lawfulBases: v.record(
    jurisdiction,
    v.record(identifier, boundedList(v.picklist(LAWFUL_BASES), LAWFUL_BASES.length)),
  ),
  liaTemplates: boundedList(LiaTemplateSchema, 50),
  minimisation: v.strictObject({
    allowedFields: v.record(
      jurisdiction,
      boundedList(v.picklist(PERSON_FIELDS), PERSON_FIELDS.length),
    ),
    redaction: v.record(entityName, RedactionRuleSchema),
    blockSpecialCategories: v.boolean(),
  }),
  sites: v.strictObject({
    defaultAction: v.picklist(SITE_DEFAULT_ACTIONS),
    allow: boundedList(hostPattern, 500),
    deny: boundedList(hostPattern, 500),
    webmail: v.record(jurisdiction, v.picklist(WEBMAIL_HANDLING)),
    webmailDomains: boundedList(hostPattern, 500),
  }),
  retention: v.strictObject({
    defaultDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
    days: v.record(jurisdiction, v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
    legalHold: v.strictObject({
      active: v.boolean(),
      reason: v.optional(text(500)),
      since: v.optional(isoDate),
    }),
  }),
  connector: v.strictObject({
    endpoints: v.record(
      identifier,
      v.strictObject({ url: httpsUrl, encryptionKey: PublicJwkSchema }),
    ),
    routing: v.record(jurisdiction, identifier),
  }),
  signing: v.strictObject({ adminPublicKey: v.optional(PublicJwkSchema) }),
  vault: v.strictObject({
    autoLockMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(480)),
  }),
  alerts: v.strictObject({
    failedUnlockAttempts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
    outboxBacklog: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
    deliveryDelayHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(720)),
  }),
  suppression: v.pipe(
    v.strictObject({
      /** Where devices fetch more entries: an endpoint id of `connector.endpoints`, or a list URL. */
      listRef: v.optional(text(2048)),
      checkBeforeDelivery: v.boolean(),
      /**
       * The organisation's HMAC key for the keyed-hash list (32 bytes, base64url). Every device holds
       * it, so it is not a secret from the organisation's own users: it keeps the hashes from matching
       * other organisations' lists or precomputed tables. The admin tool hashes entries with it.
       */
      hashKey: v.optional(
        v.pipe(
          v.string(),
          v.regex(new RegExp(HASH_KEY_PATTERN), 'Expected 32 bytes as base64url (43 characters)'),
        ),
      ),
      /** Keyed hashes (`hmac-sha256:…`) of emails, phones and profile URLs; never raw values. */
      entries: v.optional(
        boundedList(
          v.pipe(
            v.string(),
            v.regex(new RegExp(SUPPRESSION_ENTRY_PATTERN), 'Expected an hmac-sha256: entry'),
          ),
          100_000,
        ),
      ),
    }),
    v.check(
      (s) => s.hashKey !== undefined || (s.entries === undefined && s.listRef === undefined),
      'suppression.entries and suppression.listRef need suppression.hashKey: without the organisation key no entry can ever match',
    ),
  ),
  /** Duty-to-inform notices. Absent: exemptions the law lists may be claimed with a reason. */
  notices: v.optional(v.strictObject({ allowExemptionClaims: v.boolean() })),
  remoteWipe: v.strictObject({
    requested: v.boolean(),
    requestId: v.optional(text(200)),
  }),
});

/** The policy document, as validated. */
export type Policy = v.InferOutput<typeof PolicySchema>;
