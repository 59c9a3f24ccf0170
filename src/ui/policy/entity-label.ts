// Human labels for redaction entity types, in the interface language.
// Must never include a detected value.
import { entityInfo } from '@src/redact/entities';
import { uiLocale } from '@src/ui/i18n';

export function entityLabel(entity: string): string {
  if (entity === 'FIELD_NOT_ALLOWED' || entity === 'INVALID_AFTER_REDACTION') return '';
  const known = entityInfo(entity);
  if (!known) return entity;
  return uiLocale === 'zh-CN' ? known.label.zh : known.label.en;
}
