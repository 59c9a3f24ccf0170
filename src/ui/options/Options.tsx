// The options page: where this browser delivers leads (the local connector address), and the
// audit trail (verify, export).
// Must never save an invalid address: the settings schema decides.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '@src/settings/store';
import { AuditTrail } from './AuditTrail';
import { ChangePassphrase } from './ChangePassphrase';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';
import { PolicySummary, usePolicyView } from '@src/ui/policy/PolicySummary';
import { StricterSettings } from './StricterSettings';

export function Options() {
  const [connectorUrl, setConnectorUrl] = useState('');
  const [saved, setSaved] = useState(false);
  const { error, run } = useErrorMessage();
  const policy = usePolicyView();
  const locked = policy?.connectorManaged ?? false;

  useEffect(() => {
    // The stored address fills the field unless the user has already started typing.
    run(async () => {
      const stored = (await loadSettings()).connectorUrl;
      setConnectorUrl((typed) => (typed === '' ? stored : typed));
    });
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    run(async () => {
      const settings = await saveSettings({ connectorUrl });
      setConnectorUrl(settings.connectorUrl);
      setSaved(true);
    });
  };

  return (
    <main style={{ maxWidth: '560px' }}>
      <h1>{t('optionsHeading')}</h1>
      <form onSubmit={submit} class="review">
        <label class="field">
          <span class="field-label">{t('connectorUrlLabel')}</span>
          <input
            name="connectorUrl"
            value={connectorUrl}
            onInput={(e) => setConnectorUrl(e.currentTarget.value)}
            data-testid="connector-url"
            disabled={locked}
            aria-describedby="connector-locked"
          />
          {locked && (
            <span id="connector-locked" class="badge locked" data-testid="connector-locked">
              {t('connectorManaged')}
            </span>
          )}
        </label>
        {error && (
          <p class="error" role="alert" data-testid="options-error">
            {error}
          </p>
        )}
        {saved && <p data-testid="options-saved">{t('settingsSaved')}</p>}
        <div class="actions">
          <button type="submit" class="primary" disabled={locked} data-testid="save-settings">
            {t('saveSettings')}
          </button>
        </div>
      </form>
      <StricterSettings />
      <PolicySummary view={policy} open />
      <ChangePassphrase />
      <AuditTrail />
    </main>
  );
}
