// The lead submission the extension sends and the connector accepts: one schema for both ends.
// Must never carry secrets; field limits come from PersonSchema.
import * as v from 'valibot';
import { PersonSchema, ProvenanceMapSchema } from './person';

export const LEAD_WIRE_VERSION = 1;

export const LeadSubmissionSchema = v.strictObject({
  schemaVersion: v.literal(LEAD_WIRE_VERSION),
  id: v.pipe(v.string(), v.uuid()),
  capturedAt: v.pipe(v.string(), v.isoTimestamp()),
  sourceUrl: v.pipe(v.string(), v.maxLength(2048), v.url()),
  person: v.pipe(
    PersonSchema,
    v.check(
      (person) => Boolean(person.name) || person.emails.length > 0 || person.phones.length > 0,
      'A lead needs a name, an email or a phone number',
    ),
  ),
  provenance: ProvenanceMapSchema,
  compliance: v.optional(
    v.strictObject({
      policyId: v.pipe(v.string(), v.maxLength(100)),
      policyVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
      policySource: v.pipe(v.string(), v.maxLength(40)),
      jurisdiction: v.pipe(v.string(), v.maxLength(20)),
      redactions: v.pipe(
        v.array(
          v.strictObject({
            entity: v.pipe(v.string(), v.maxLength(60)),
            field: v.pipe(v.string(), v.maxLength(40)),
            operator: v.pipe(v.string(), v.maxLength(20)),
          }),
        ),
        v.maxLength(500),
      ),
    }),
  ),
  /** The signed lawful-basis record (compact JWS) that travels with the lead into the CRM. */
  receipt: v.optional(
    v.pipe(v.string(), v.maxLength(100_000), v.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/)),
  ),
});

export type LeadSubmission = v.InferOutput<typeof LeadSubmissionSchema>;
