// Where a captured field came from: method, locator, page and time.
// Must never hold the field's value itself (provenance is logged and audited).
import * as v from 'valibot';

export const CAPTURE_METHODS = [
  'json-ld',
  'microdata',
  'rdfa',
  'h-card',
  'link',
  'meta',
  'text',
  'selection',
  'manual',
] as const;

export type CaptureMethod = (typeof CAPTURE_METHODS)[number];

export const ProvenanceSchema = v.object({
  method: v.picklist(CAPTURE_METHODS),
  locator: v.pipe(v.string(), v.maxLength(512)),
  pageUrl: v.pipe(v.string(), v.maxLength(2048)),
  capturedAt: v.pipe(v.string(), v.isoTimestamp()),
});

export type Provenance = v.InferOutput<typeof ProvenanceSchema>;

export const PERSON_FIELDS = [
  'name',
  'jobTitle',
  'organization',
  'emails',
  'phones',
  'urls',
  'locality',
  'region',
  'country',
  'notes',
] as const;

export type PersonField = (typeof PERSON_FIELDS)[number];
