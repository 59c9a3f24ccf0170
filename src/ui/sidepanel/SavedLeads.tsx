// The saved leads with their delivery state, and a retry for the ones not delivered.
// Must never render lead data as HTML.
import { useState } from 'preact/hooks';
import type { LeadRecord } from '@src/lead/record';
import { t, uiLanguage } from '@src/ui/i18n';
import { deliveryErrorText } from '@src/ui/i18n/delivery-errors';

const STATE_LABEL = {
  pending: 'statePending',
  delivered: 'stateDelivered',
  failed: 'stateFailed',
  held: 'stateHeld',
} as const;

interface Props {
  leads: LeadRecord[];
  onRetry: (id: string) => void;
  onErase: (id: string) => void;
}

export function SavedLeads({ leads, onRetry, onErase }: Props) {
  const [confirming, setConfirming] = useState<string>();
  return (
    <section>
      <h2>{t('savedHeading')}</h2>
      {leads.length === 0 ? (
        <p class="muted">{t('noSaved')}</p>
      ) : (
        <ul class="cards" data-testid="saved-leads">
          {leads.map((lead) => (
            <li class="card" key={lead.id} data-lead-id={lead.id}>
              <div>
                <strong>{lead.person.name ?? lead.person.emails[0] ?? t('unnamed')}</strong>
                <div class="muted small">{lead.person.organization ?? ''}</div>
                {lead.delivery.lastError && lead.delivery.state !== 'delivered' && (
                  <div class={`small ${lead.delivery.state === 'failed' ? 'error' : 'muted'}`}>
                    {deliveryErrorText(lead.delivery.lastError)[uiLanguage]}
                  </div>
                )}
              </div>
              <div class="lead-state">
                <span class={`badge ${lead.delivery.state}`} data-testid="delivery-state">
                  {t(STATE_LABEL[lead.delivery.state])}
                </span>
                {lead.delivery.state === 'failed' && (
                  <button type="button" onClick={() => onRetry(lead.id)}>
                    {t('retry')}
                  </button>
                )}
                {confirming === lead.id ? (
                  <>
                    <button
                      type="button"
                      class="danger"
                      onClick={() => {
                        setConfirming(undefined);
                        onErase(lead.id);
                      }}
                      data-testid="erase-confirm"
                    >
                      {t('eraseConfirm')}
                    </button>
                    <button type="button" onClick={() => setConfirming(undefined)}>
                      {t('cancel')}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    onClick={() => setConfirming(lead.id)}
                    title={t('eraseHelp')}
                    data-testid="erase-lead"
                  >
                    {t('erase')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
