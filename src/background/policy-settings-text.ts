// The applied policy's settings ("Managed by your organisation") in both interface languages:
// each setting's label and value, worded from the shared i18n tables. Host names, jurisdiction
// ids and numbers are shown as written. Must never include keys, signatures or personal data.
import { FIELD_LABELS, type LocalizedText } from '@src/consent';
import type { PersonField } from '@src/lead/provenance';
import type { SettingText } from '@src/messaging/responses';
import { allowedFields, JURISDICTIONS, type Policy } from '@src/policy';
import { bilingual, untranslated } from '@src/ui/i18n/bilingual';
import type { MessageKey } from '@src/ui/i18n/en';

type Describe = (policy: Policy) => LocalizedText;

function joined(
  items: readonly LocalizedText[],
  empty: MessageKey,
  separator: MessageKey = 'valListSeparator',
): LocalizedText {
  if (items.length === 0) return bilingual(empty);
  const between = bilingual(separator);
  return {
    en: items.map((item) => item.en).join(between.en),
    zh: items.map((item) => item.zh).join(between.zh),
  };
}

function fieldName(field: PersonField): LocalizedText {
  return field === 'notes' ? bilingual('valFieldNotes') : { en: field, zh: FIELD_LABELS[field].zh };
}

function fieldsKept(policy: Policy): LocalizedText {
  const groups = JURISDICTIONS.map((j) => {
    const fields = joined(allowedFields(policy, j).map(fieldName), 'valNone');
    return { en: `${j}: ${fields.en}`, zh: `${j}：${fields.zh}` };
  });
  return joined(groups, 'valNone', 'valGroupSeparator');
}

function retention(policy: Policy): LocalizedText {
  const perJurisdiction = Object.entries(policy.retention.days).map(([jurisdiction, days]) =>
    bilingual('valRetentionFor', { jurisdiction, days: days ?? '' }),
  );
  return joined(
    [bilingual('valRetentionDefault', { days: policy.retention.defaultDays }), ...perJurisdiction],
    'valNone',
  );
}

const SETTING_TEXTS: Readonly<Record<string, [label: MessageKey, describe: Describe]>> = {
  'sites.deny': ['setSitesDeny', (p) => joined(p.sites.deny.map(untranslated), 'valNone')],
  'sites.defaultAction': [
    'setDefaultAction',
    (p) => bilingual(p.sites.defaultAction === 'allow' ? 'valAllowed' : 'valBlocked'),
  ],
  'minimisation.blockSpecialCategories': [
    'setSpecialCategories',
    (p) => bilingual(p.minimisation.blockSpecialCategories ? 'valBlocked' : 'valAllowed'),
  ],
  'minimisation.allowedFields': ['setFieldsKept', fieldsKept],
  retention: ['setRetention', retention],
  'retention.legalHold': [
    'setLegalHold',
    (p) => bilingual(p.retention.legalHold.active ? 'valLegalHoldActive' : 'valNone'),
  ],
  'vault.autoLockMinutes': [
    'setAutoLock',
    (p) => bilingual('valMinutes', { minutes: p.vault.autoLockMinutes }),
  ],
  'connector.routing': [
    'setRouting',
    (p) =>
      joined(
        JURISDICTIONS.filter((j) => p.connector.routing[j] !== undefined).map(untranslated),
        'valNoRoute',
      ),
  ],
  'suppression.checkBeforeDelivery': [
    'setSuppressionCheck',
    (p) => bilingual(p.suppression.checkBeforeDelivery ? 'valOn' : 'valOff'),
  ],
  'notices.allowExemptionClaims': [
    'setExemptionClaims',
    (p) => bilingual(p.notices?.allowExemptionClaims === false ? 'valNo' : 'valExemptionsAllowed'),
  ],
};

/** A setting's label and value in both languages, or undefined for a setting this file lacks. */
export function settingText(id: string, policy: Policy): SettingText | undefined {
  if (!Object.hasOwn(SETTING_TEXTS, id)) return undefined;
  const [label, describe] = SETTING_TEXTS[id]!;
  return { label: bilingual(label), value: describe(policy) };
}
