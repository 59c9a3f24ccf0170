// Converts between a reviewed draft and the editable form, and validates the form into a lead input.
// Pure: must never touch the DOM or extension APIs; errors name fields, never echo values.
import * as v from 'valibot';
import type { ReviewDraft } from '@src/capture/normalize';
import { normalizePhone } from '@src/capture/normalize';
import type { FieldProblem } from '@src/lead/issues';
import { PersonSchema, type Person } from '@src/lead/person';
import type { LeadInput } from '@src/messaging/protocol';
import { t } from '@src/ui/i18n';
import { fieldProblems } from './field-problems';

export const TEXT_FIELDS = [
  'name',
  'jobTitle',
  'organization',
  'locality',
  'region',
  'country',
] as const;
export const LIST_FIELDS = ['emails', 'phones', 'urls'] as const;

export type FormValues = Record<
  (typeof TEXT_FIELDS)[number] | (typeof LIST_FIELDS)[number] | 'notes',
  string
>;

export function toFormValues(person: Person): FormValues {
  return {
    name: person.name ?? '',
    jobTitle: person.jobTitle ?? '',
    organization: person.organization ?? '',
    locality: person.locality ?? '',
    region: person.region ?? '',
    country: person.country ?? '',
    emails: person.emails.join('\n'),
    phones: person.phones.join('\n'),
    urls: person.urls.join('\n'),
    notes: person.notes ?? '',
  };
}

function lines(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export type FormResult = { ok: true; lead: LeadInput } | { ok: false; problems: FieldProblem[] };

export function toLeadInput(
  values: FormValues,
  draft: ReviewDraft,
  capturedAt: string,
): FormResult {
  const candidate: Record<string, unknown> = {
    emails: lines(values.emails),
    phones: lines(values.phones).map((phone) => normalizePhone(phone, undefined) ?? phone),
    urls: lines(values.urls),
  };
  for (const field of [...TEXT_FIELDS, 'notes'] as const) {
    if (values[field].trim()) candidate[field] = values[field];
  }
  const parsed = v.safeParse(PersonSchema, candidate);
  if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.issues) };
  const person = parsed.output;
  if (!person.name && person.emails.length === 0 && person.phones.length === 0) {
    return {
      ok: false,
      problems: [{ path: 'name', message: t('errLeadNeedsIdentity') }],
    };
  }
  return {
    ok: true,
    lead: {
      draftId: draft.draftId,
      sourceUrl: draft.sourceUrl,
      capturedAt,
      person,
      provenance: keptProvenance(draft, person),
    },
  };
}

/** Provenance is kept only for fields whose captured value survived review; edited values are "manual". */
function keptProvenance(draft: ReviewDraft, person: Person): LeadInput['provenance'] {
  const result: LeadInput['provenance'] = {};
  const now = new Date().toISOString();
  for (const field of [...TEXT_FIELDS, ...LIST_FIELDS, 'notes'] as const) {
    const value = person[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const original = draft.person[field];
    const unchanged = JSON.stringify(original) === JSON.stringify(value);
    result[field] =
      unchanged && draft.provenance[field]
        ? draft.provenance[field]
        : [{ method: 'manual', locator: 'side-panel', pageUrl: draft.sourceUrl, capturedAt: now }];
  }
  return result;
}
