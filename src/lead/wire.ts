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
});

export type LeadSubmission = v.InferOutput<typeof LeadSubmissionSchema>;
