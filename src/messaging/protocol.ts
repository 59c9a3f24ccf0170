// The typed message protocol between extension pages and the background: one schema per request.
// Must never accept a message that does not match a schema here; responses never carry stack traces.
import * as v from 'valibot';
import type { LocalizedText } from '@src/consent';
import { PersonSchema, ProvenanceMapSchema } from '@src/lead/person';
import { CONSENT_REQUESTS, LawfulBasisChoiceSchema } from './consent-protocol';

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const LeadId = v.pipe(v.string(), v.uuid());

export const LeadInputSchema = v.strictObject({
  draftId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  sourceUrl: v.pipe(v.string(), v.maxLength(2048), v.url()),
  capturedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  person: PersonSchema,
  provenance: ProvenanceMapSchema,
  lawfulBasis: v.optional(LawfulBasisChoiceSchema),
});

export type LeadInput = v.InferOutput<typeof LeadInputSchema>;

/** A passphrase as typed; its policy (minimum length) is checked by the vault core. */
const Passphrase = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));

export const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('capture.run'), tabId: TabId }),
  v.strictObject({ type: v.literal('capture.drafts'), tabId: TabId }),
  v.strictObject({
    type: v.literal('capture.selection'),
    tabId: TabId,
    text: v.pipe(v.string(), v.maxLength(20_000)),
    pageUrl: v.optional(v.pipe(v.string(), v.maxLength(2048), v.url())),
  }),
  v.strictObject({ type: v.literal('leads.save'), lead: LeadInputSchema }),
  v.strictObject({ type: v.literal('leads.preview'), lead: LeadInputSchema }),
  v.strictObject({ type: v.literal('leads.list') }),
  v.strictObject({ type: v.literal('policy.get') }),
  v.strictObject({ type: v.literal('leads.retry'), id: LeadId }),
  v.strictObject({ type: v.literal('leads.erase'), id: LeadId }),
  v.strictObject({ type: v.literal('status.get') }),
  v.strictObject({ type: v.literal('vault.status') }),
  v.strictObject({ type: v.literal('vault.setup'), passphrase: Passphrase }),
  v.strictObject({ type: v.literal('vault.unlock'), passphrase: Passphrase }),
  v.strictObject({ type: v.literal('vault.lock') }),
  v.strictObject({
    type: v.literal('vault.changePassphrase'),
    current: Passphrase,
    next: Passphrase,
  }),
  v.strictObject({ type: v.literal('audit.verify') }),
  v.strictObject({ type: v.literal('audit.export') }),
  ...CONSENT_REQUESTS,
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const ERROR_CODES = {
  refused: 'refused',
  invalid: 'invalid',
  notFound: 'not_found',
  captureFailed: 'capture_failed',
  blocked: 'blocked',
  siteDenied: 'site_denied',
  locked: 'locked',
  unlockFailed: 'unlock_failed',
  throttled: 'throttled',
  vaultState: 'vault_state',
  internal: 'internal',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface ErrorBody {
  code: ErrorCode;
  /** English text (logs, tests, older pages). */
  message: string;
  /** The same text in every interface language: the UI shows the one it speaks. */
  text?: LocalizedText;
}

export type Response<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
