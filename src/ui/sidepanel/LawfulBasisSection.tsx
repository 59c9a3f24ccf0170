// The review form's "Lawful basis" section: inferred jurisdiction and why, confirm or override,
// purpose, the bases the policy allows, the LIA or consent evidence the basis needs, the notice
// due date and the exact reasons save is blocked. Must never decide lawfulness itself (the
// background's assessment is shown as is) and never render text as HTML.
import { CONSENT_METHODS, type JurisdictionId } from '@src/consent';
import type { ConsentEvidenceInput, LawfulBasisChoice } from '@src/messaging/consent-protocol';
import type { LawfulBasisView } from '@src/messaging/consent-responses';
import { t } from '@src/ui/i18n';
import { ConsentEvidenceFields } from './ConsentEvidenceFields';
import {
  basisName,
  formatInstant,
  localized,
  problemLine,
  reasonText,
} from './lawful-basis-labels';

interface Props {
  view: LawfulBasisView | undefined;
  choice: LawfulBasisChoice;
  onChange: (choice: LawfulBasisChoice) => void;
}

const valueOf = (e: Event) =>
  (e.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;

export function LawfulBasisSection({ view, choice, onChange }: Props) {
  if (!view) return null;
  const set = (patch: Partial<LawfulBasisChoice>) => onChange({ ...choice, ...patch });
  const lia = view.liaTemplates.find((l) => l.id === choice.liaTemplateId);
  const blocking = view.problems.filter((p) => p.severity === 'block');
  const warnings = view.problems.filter((p) => p.severity !== 'block');
  return (
    <fieldset class="lawful-basis" data-testid="lawful-basis" aria-live="polite">
      <legend>{t('lbHeading')}</legend>
      {view.mode === 'development' && (
        <p class="small muted" data-testid="lb-development">
          {t('lbDevelopment')}
        </p>
      )}
      <p class="small" data-testid="lb-inferred">
        {t('lbInferred', {
          jurisdiction: view.inferred.jurisdiction,
          confidence: Math.round(view.inferred.confidence * 100),
        })}
      </p>
      {view.inferred.reasons.length > 0 && (
        <ul class="small muted" data-testid="lb-reasons">
          {view.inferred.reasons.map((reason, i) => (
            <li key={i} data-code={reason.code}>
              {reasonText(reason)}
            </li>
          ))}
        </ul>
      )}
      <label class="field">
        <span class="field-label">{t('lbJurisdiction')}</span>
        <select
          data-testid="lb-jurisdiction"
          value={choice.jurisdiction ?? ''}
          onChange={(e) => {
            const value = valueOf(e);
            set({ jurisdiction: value === '' ? undefined : (value as JurisdictionId) });
          }}
        >
          <option value="">{t('lbJurisdictionChoose')}</option>
          {view.jurisdictions.map((j) => (
            <option key={j} value={j}>
              {j === view.inferred.jurisdiction ? t('lbInferredOption', { jurisdiction: j }) : j}
            </option>
          ))}
        </select>
      </label>
      {view.method === 'overridden' && (
        <label class="field">
          <span class="field-label">{t('lbOverrideNote')}</span>
          <input
            data-testid="lb-override-note"
            maxLength={500}
            value={choice.overrideNote ?? ''}
            onInput={(e) => set({ overrideNote: valueOf(e) || undefined })}
          />
        </label>
      )}
      <label class="field">
        <span class="field-label">{t('lbPurpose')}</span>
        <select
          data-testid="lb-purpose"
          value={choice.purposeId ?? ''}
          onChange={(e) =>
            set({ purposeId: valueOf(e) || undefined, basis: undefined, liaTemplateId: undefined })
          }
        >
          <option value="">{t('lbPurposeChoose')}</option>
          {view.purposes.map((p) => (
            <option key={p.id} value={p.id} title={localized(p.description)}>
              {localized(p.name)}
            </option>
          ))}
        </select>
      </label>
      {view.purposeId !== undefined && (
        <div class="field" role="radiogroup" aria-label={t('lbBasis')}>
          <span class="field-label">{t('lbBasis')}</span>
          {view.bases.length === 0 && <p class="small error">{t('lbNoBases')}</p>}
          {view.bases.map((b) => (
            <label key={b.basis} class="radio">
              <input
                type="radio"
                name="lb-basis"
                data-testid={`lb-basis-${b.basis}`}
                checked={choice.basis === b.basis}
                onChange={() => set({ basis: b.basis })}
              />
              <span>{basisName(b.basis)}</span>
              <span class="muted small"> ({b.localName ?? b.reference})</span>
            </label>
          ))}
        </div>
      )}
      {view.needs.liaSummary && (
        <label class="field">
          <span class="field-label">{t('lbLiaSummary')}</span>
          <textarea
            data-testid="lb-lia-own"
            rows={3}
            maxLength={500}
            value={choice.liaSummary ?? ''}
            onInput={(e) => set({ liaSummary: valueOf(e) || undefined })}
          />
        </label>
      )}
      {view.needs.lia && !view.needs.liaSummary && (
        <label class="field">
          <span class="field-label">{t('lbLia')}</span>
          <select
            data-testid="lb-lia"
            value={choice.liaTemplateId ?? ''}
            onChange={(e) => set({ liaTemplateId: valueOf(e) || undefined })}
          >
            <option value="">{t('lbLiaChoose')}</option>
            {view.liaTemplates.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
          {lia && (
            <span class="small" data-testid="lb-lia-summary">
              <strong>{lia.title}</strong>: {lia.summary}{' '}
              <span class="muted">{t('lbLiaApproved', { approved: lia.approved })}</span>
            </span>
          )}
        </label>
      )}
      {view.needs.consentEvidence && (
        <ConsentEvidenceFields
          methods={CONSENT_METHODS}
          onChange={(consent: ConsentEvidenceInput | undefined) => set({ consent })}
        />
      )}
      {view.notice && (
        <p class="small" data-testid="lb-notice-due">
          {view.notice.dueAt === null
            ? t('lbNoticeNone')
            : t('lbNoticeDue', { date: formatInstant(view.notice.dueAt) })}
        </p>
      )}
      {blocking.length > 0 ? (
        <>
          <p class="small error">{t('lbProblems')}</p>
          <ul class="error small" role="alert" data-testid="lb-problems">
            {blocking.map((p, i) => (
              <li key={i} data-code={p.code}>
                {problemLine(p)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="small" data-testid="lb-ready">
          {t('lbReady')}
        </p>
      )}
      {warnings.length > 0 && (
        <ul class="small muted" data-testid="lb-warnings">
          {warnings.map((p, i) => (
            <li key={i}>{problemLine(p)}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
