// The review form: the salesperson checks and edits a detected person before saving.
// Must never render page-derived strings as HTML (text and attribute values only).
import { useState } from 'preact/hooks';
import type { ReviewDraft } from '@src/capture/normalize';
import type { FieldProblem } from '@src/lead/issues';
import { describeSource } from '@src/ui/common/source-label';
import { errorText } from '@src/ui/common/error-text';
import { t } from '@src/ui/i18n';
import type { MessageKey } from '@src/ui/i18n/en';
import { LIST_FIELDS, toFormValues, toLeadInput, type FormValues } from './form-model';
import { RedactionPreview } from './RedactionPreview';
import { usePreview } from './use-preview';
import type { LeadInput } from '@src/messaging/protocol';
import type { LawfulBasisChoice } from '@src/messaging/consent-protocol';
import { LawfulBasisSection } from './LawfulBasisSection';

const FIELDS: { key: keyof FormValues; label: MessageKey }[] = [
  { key: 'name', label: 'fieldName' },
  { key: 'jobTitle', label: 'fieldJobTitle' },
  { key: 'organization', label: 'fieldOrganization' },
  { key: 'emails', label: 'fieldEmails' },
  { key: 'phones', label: 'fieldPhones' },
  { key: 'urls', label: 'fieldUrls' },
  { key: 'locality', label: 'fieldLocality' },
  { key: 'region', label: 'fieldRegion' },
  { key: 'country', label: 'fieldCountry' },
  { key: 'notes', label: 'fieldNotes' },
];

interface Props {
  draft: ReviewDraft;
  capturedAt: string;
  onSave: (lead: LeadInput) => Promise<void>;
  onCancel: () => void;
}

export function ReviewForm({ draft, capturedAt, onSave, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(() => toFormValues(draft.person));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [basis, setBasis] = useState<LawfulBasisChoice>({});
  const current = toLeadInput(values, draft, capturedAt);
  const preview = usePreview(current.ok ? { ...current.lead, lawfulBasis: basis } : undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setSaving(true);
    try {
      const result = toLeadInput(values, draft, capturedAt);
      setProblems(result.ok ? [] : result.problems);
      if (result.ok) await onSave({ ...result.lead, lawfulBasis: basis });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="review" data-testid="review-form" onSubmit={(e) => void submit(e)}>
      <h2>{t('reviewHeading')}</h2>
      {FIELDS.map(({ key, label }) => {
        const source = describeSource(draft.provenance[key]) ?? t('sourceManual');
        const hint = t('sourceLabel', { source });
        const fieldProblems = problems.filter((p) => p.path.split('.')[0] === key);
        const multiline = key === 'notes' || (LIST_FIELDS as readonly string[]).includes(key);
        const onInput = (e: Event) =>
          setValues({ ...values, [key]: (e.currentTarget as HTMLInputElement).value });
        return (
          <label class="field" key={key}>
            <span class="field-label">{t(label)}</span>
            {multiline ? (
              <textarea name={key} rows={2} value={values[key]} title={hint} onInput={onInput} />
            ) : (
              <input name={key} value={values[key]} title={hint} onInput={onInput} />
            )}
            <span class="field-source">{hint}</span>
            {fieldProblems.map((p) => (
              <span class="field-error" role="alert" key={p.path}>
                {p.message}
              </span>
            ))}
          </label>
        );
      })}
      {problems.length > 0 && (
        <ul class="error small" role="alert" data-testid="form-problems">
          {problems.map((p) => (
            <li key={p.path}>{`${p.path}: ${p.message}`}</li>
          ))}
        </ul>
      )}
      {error && (
        <p class="error" role="alert" data-testid="save-error">
          {error}
        </p>
      )}
      <RedactionPreview preview={preview} />
      <LawfulBasisSection view={preview?.lawfulBasis} choice={basis} onChange={setBasis} />
      {preview?.lawfulBasis?.allowed === false && (
        <p class="error small" role="status" data-testid="save-blocked">
          {t('saveBlocked')}
        </p>
      )}
      <div class="actions">
        <button
          type="submit"
          class="primary"
          disabled={saving || Boolean(preview?.blocked) || preview?.lawfulBasis?.allowed === false}
          data-testid="save-lead"
        >
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
