// Describes where a field came from, for the hover/focus hint next to each field.
// Must never include the field's value.
import type { Provenance } from '@src/lead/provenance';

const METHOD_LABELS: Record<Provenance['method'], string> = {
  'json-ld': 'JSON-LD',
  microdata: 'Microdata',
  rdfa: 'RDFa',
  'h-card': 'h-card',
  link: 'link',
  meta: 'meta tag',
  text: 'page text',
  selection: 'selection',
  manual: 'manual',
};

export function describeSource(provenance: readonly Provenance[] | undefined): string | undefined {
  const first = provenance?.[0];
  if (!first) return undefined;
  return `${METHOD_LABELS[first.method]} · ${first.locator}`;
}
