// The person part of a lead, shared by capture, review, storage and the connector wire format.
// Must never accept unbounded strings or lists: every field has a size limit (pages are hostile).
import * as v from 'valibot';
import { PERSON_FIELDS, ProvenanceSchema } from './provenance';

const MAX_TEXT = 300;
const MAX_ITEMS = 20;
const MAX_NOTES = 2000;

const optionalText = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_TEXT)));

export const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254),
  v.email(),
);
export const PhoneSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^\+[1-9]\d{6,14}$/, 'Phone numbers must be in E.164 form, like +442071234567'),
);
export const UrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(2048),
  v.url(),
  v.check((value) => /^https?:/i.test(value), 'Only http and https links are kept'),
);

export const PersonSchema = v.object({
  name: optionalText,
  jobTitle: optionalText,
  organization: optionalText,
  emails: v.pipe(v.array(EmailSchema), v.maxLength(MAX_ITEMS)),
  phones: v.pipe(v.array(PhoneSchema), v.maxLength(MAX_ITEMS)),
  urls: v.pipe(v.array(UrlSchema), v.maxLength(MAX_ITEMS)),
  locality: optionalText,
  region: optionalText,
  country: optionalText,
  /** The salesperson's own notes: free text, so redaction and special-category checks matter most here. */
  notes: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_NOTES))),
});

export type Person = v.InferOutput<typeof PersonSchema>;

export const ProvenanceMapSchema = v.record(
  v.picklist(PERSON_FIELDS),
  v.pipe(v.array(ProvenanceSchema), v.maxLength(MAX_ITEMS)),
);

export type ProvenanceMap = v.InferOutput<typeof ProvenanceMapSchema>;

/** A person is worth reviewing only if it names someone or gives a way to reach them. */
export function hasIdentity(person: Person): boolean {
  return Boolean(person.name) || person.emails.length > 0 || person.phones.length > 0;
}
