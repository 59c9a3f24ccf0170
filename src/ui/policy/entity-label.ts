// Human labels for redaction entity types, in the interface language.
// Must never include a detected value.
import { entityInfo } from '@src/redact/entities';
import { uiLocale } from '@src/ui/i18n';

export function entityLabel(entity: string): string {
  if (entity === 'FIELD_NOT_ALLOWED') return '';
  if (entity === 'INVALID_AFTER_REDACTION') {
    return uiLocale === 'zh-CN' ? '处理后不再符合格式的值' : 'values that no longer fit the field';
  }
  const known = entityInfo(entity);
  if (!known) return entity;
  return uiLocale === 'zh-CN' ? known.label.zh : known.label.en;
}
