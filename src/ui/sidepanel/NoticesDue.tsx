// "Notices due": saved leads whose duty-to-inform notice (GDPR Art. 14 and equivalents) is still
// pending, with due date, overdue marker, copy-as-plain-text, mark-as-sent and "contacted without
// the notice" (first communication: the notice was due by then at the latest). Must never render
// lead data or the notice as HTML, nor copy anything but plain text.
import { useState } from 'preact/hooks';
import type { NoticeChannel } from '@src/consent';
import type { LeadRecord } from '@src/lead/record';
import { sendRequest } from '@src/messaging/client';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';
import { CHANNEL_KEYS, formatInstant, uiLanguage } from './lawful-basis-labels';
import { NoticeExemptionForm } from './NoticeExemptionForm';

interface Props {
  leads: LeadRecord[];
  onChanged: () => Promise<void>;
  now?: Date;
  /** False: the policy (or the salesperson) forbids exemption claims; no claim form is offered. */
  exemptionsAllowed?: boolean;
}

export function pendingNotices(leads: readonly LeadRecord[]): LeadRecord[] {
  return leads
    .filter((lead) => lead.notice?.status.state === 'pending')
    .sort(
      (a, b) =>
        Date.parse(a.notice?.dueAt ?? '9999-12-31') - Date.parse(b.notice?.dueAt ?? '9999-12-31'),
    );
}

function NoticeItem({
  lead,
  onChanged,
  now,
  exemptionsAllowed,
}: { lead: LeadRecord } & Omit<Props, 'leads'>) {
  const [channel, setChannel] = useState<NoticeChannel>('email');
  const [copied, setCopied] = useState(false);
  const { error, run } = useErrorMessage();
  const dueAt = lead.notice?.dueAt ?? null;
  const overdue = dueAt !== null && (now ?? new Date()).getTime() > Date.parse(dueAt);
  const copy = () =>
    run(async () => {
      const { text } = await sendRequest({
        type: 'notices.text',
        id: lead.id,
        language: uiLanguage,
      });
      await navigator.clipboard.writeText(text);
      setCopied(true);
    });
  const markContacted = () =>
    run(async () => {
      await sendRequest({ type: 'notices.markContacted', id: lead.id });
      await onChanged();
    });
  const markSent = () =>
    run(async () => {
      await sendRequest({ type: 'notices.markSent', id: lead.id, channel });
      await onChanged();
    });
  return (
    <li class="card" data-testid="notice-item" data-lead-id={lead.id}>
      <div>
        <strong>{lead.person.name ?? lead.person.emails[0] ?? t('unnamed')}</strong>
        <div class="small" data-testid="notice-due">
          {dueAt !== null && t('noticeDueOn', { date: formatInstant(dueAt) })}{' '}
          {overdue && (
            <span class="badge failed" data-testid="notice-overdue">
              {t('noticeOverdue')}
            </span>
          )}
        </div>
        {lead.notice?.firstCommunicationAt !== undefined && (
          <div class="small muted" data-testid="notice-contacted">
            {t('noticeContactedHint')}
          </div>
        )}
        {copied && <div class="small muted">{t('noticeCopied')}</div>}
        {error && (
          <div class="error small" role="alert">
            {error}
          </div>
        )}
      </div>
      <div class="actions">
        <button type="button" data-testid="notice-copy" onClick={copy}>
          {t('noticeCopy')}
        </button>
        <label class="small">
          {t('noticeChannel')}{' '}
          <select
            data-testid="notice-channel"
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as NoticeChannel)}
          >
            {Object.entries(CHANNEL_KEYS).map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="notice-mark-sent" onClick={markSent}>
          {t('noticeMarkSent')}
        </button>
        {lead.notice?.firstCommunicationAt === undefined && (
          <button type="button" data-testid="notice-mark-contacted" onClick={markContacted}>
            {t('noticeMarkContacted')}
          </button>
        )}
      </div>
      {lead.notice && exemptionsAllowed === false && (
        <p class="small muted" data-testid="notice-exemptions-off">
          {t('noticeExemptionsOff')}
        </p>
      )}
      {lead.notice && exemptionsAllowed !== false && (
        <NoticeExemptionForm
          leadId={lead.id}
          jurisdiction={lead.notice.jurisdiction}
          onClaimed={onChanged}
        />
      )}
    </li>
  );
}

export function NoticesDue({ leads, onChanged, now, exemptionsAllowed }: Props) {
  const pending = pendingNotices(leads);
  return (
    <section data-testid="notices-due">
      <h2>{t('noticesHeading')}</h2>
      {pending.length === 0 ? (
        <p class="muted">{t('noticesNone')}</p>
      ) : (
        <ul class="cards">
          {pending.map((lead) => (
            <NoticeItem
              key={lead.id}
              lead={lead}
              onChanged={onChanged}
              {...(now ? { now } : {})}
              {...(exemptionsAllowed === false ? { exemptionsAllowed } : {})}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
