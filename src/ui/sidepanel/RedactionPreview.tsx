// Shows, before saving, what the policy will remove, mask or pseudonymise, and why a save is blocked.
// Must never show the values being removed: only fields, entity types and operators.
import type { PreviewResult } from '@src/messaging/responses';
import { entityLabel, fieldLabel } from '@src/ui/policy/entity-label';
import { t } from '@src/ui/i18n';
import { localized, reasonText } from '@src/ui/sidepanel/lawful-basis-labels';

const OPERATOR_KEYS = {
  'drop-field': 'opDropField',
  remove: 'opRemove',
  replace: 'opReplace',
  mask: 'opMask',
  hash: 'opHash',
} as const;

export function RedactionPreview({ preview }: { preview: PreviewResult | undefined }) {
  if (!preview) return null;
  return (
    <section class="preview" data-testid="redaction-preview" aria-live="polite">
      <p class="small">
        {t('previewJurisdiction', { jurisdiction: preview.jurisdiction })}
        {preview.jurisdictionReasons.length > 0 && (
          <span class="muted">
            {' '}
            ({preview.jurisdictionReasons.slice(0, 3).map(reasonText).join('; ')})
          </span>
        )}
      </p>
      {preview.blocked && (
        <p class="error" role="alert" data-testid="preview-blocked">
          {localized(preview.blocked.text)}
        </p>
      )}
      {preview.redactions.length === 0 ? (
        <p class="small muted">{t('previewNothing')}</p>
      ) : (
        <>
          <p class="small">{t('previewHeading')}</p>
          <ul class="small" data-testid="preview-list">
            {preview.redactions.map((entry, i) => (
              <li key={i}>
                {t(OPERATOR_KEYS[entry.operator as keyof typeof OPERATOR_KEYS] ?? 'opRemove', {
                  field: fieldLabel(entry.field),
                  entity: entityLabel(entry.entity),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="small muted">
        {t('previewPolicy', { policy: preview.policy.policyId, version: preview.policy.version })}
      </p>
    </section>
  );
}
