// "Claim an exemption" for one pending notice: the exemptions the law of the notice's
// jurisdiction lists (regime data), with a required written reason. The background decides
// (and refuses when the organisation's policy forbids claims). Must never render the reason or
// any lead data as HTML.
import { useState } from 'preact/hooks';
import { ruleSetFor, type JurisdictionId } from '@src/consent';
import { sendRequest } from '@src/messaging/client';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';
import { exemptionName } from './lawful-basis-labels';

/** Same minimum the consent domain enforces (claimNoticeExemption). */
const MIN_REASON = 10;

interface Props {
  leadId: string;
  jurisdiction: JurisdictionId;
  onClaimed: () => Promise<void>;
}

export function NoticeExemptionForm({ leadId, jurisdiction, onClaimed }: Props) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const { error, run } = useErrorMessage();
  const exemptions = ruleSetFor(jurisdiction).notice.exemptions;
  if (!open) {
    return (
      <button type="button" data-testid="notice-exempt-open" onClick={() => setOpen(true)}>
        {t('noticeExemptOpen')}
      </button>
    );
  }
  if (exemptions.length === 0) {
    return (
      <p class="small muted" data-testid="notice-exempt-none">
        {t('noticeExemptionNone')}
      </p>
    );
  }
  const submit = () =>
    run(async () => {
      await sendRequest({ type: 'notices.claimExemption', id: leadId, code, reason });
      await onClaimed();
    });
  return (
    <div class="exemption" data-testid="notice-exempt-form">
      <label class="field">
        <span class="field-label">{t('noticeExemption')}</span>
        <select
          data-testid="notice-exempt-code"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        >
          <option value="">{t('noticeExemptionChoose')}</option>
          {exemptions.map((e) => (
            <option key={e.code} value={e.code}>
              {`${exemptionName(e.code, e.reference.law)} (${e.reference.law} ${e.reference.article})`}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field-label">{t('noticeExemptionReason')}</span>
        <textarea
          data-testid="notice-exempt-reason"
          rows={2}
          maxLength={2000}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </label>
      {error && (
        <div class="error small" role="alert" data-testid="notice-exempt-error">
          {error}
        </div>
      )}
      <button
        type="button"
        data-testid="notice-exempt-submit"
        disabled={code === '' || reason.trim().length < MIN_REASON}
        onClick={submit}
      >
        {t('noticeExemptionSubmit')}
      </button>
    </div>
  );
}
