// Human labels for redaction entity types and person fields, in the interface language.
// Must never include a detected value.
import { entityInfo } from '@src/redact/entities';
import { DRAFT_FIELDS, FIELD_LABELS, type DraftField } from '@src/consent';
import { uiLocale, type Locale } from '@src/ui/i18n';
import { bilingual } from '@src/ui/i18n/bilingual';

export function entityLabel(entity: string): string {
  if (entity === 'FIELD_NOT_ALLOWED') return '';
  if (entity === 'INVALID_AFTER_REDACTION') {
    return uiLocale === 'zh-CN' ? '处理后不再符合格式的值' : 'values that no longer fit the field';
  }
  const known = entityInfo(entity);
  if (!known) return entity;
  return uiLocale === 'zh-CN' ? known.label.zh : known.label.en;
}

/** A person field named in the preview: its id in English (as in the policy), a label in Chinese. */
export function fieldLabel(field: string, locale: Locale = uiLocale): string {
  if (locale !== 'zh-CN') return field;
  if (field === 'notes') return bilingual('valFieldNotes').zh;
  return (DRAFT_FIELDS as readonly string[]).includes(field)
    ? FIELD_LABELS[field as DraftField].zh
    : field;
}
