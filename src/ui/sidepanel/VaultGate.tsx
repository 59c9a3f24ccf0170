// First-run vault set-up (passphrase + confirmation) and the unlock form; shows its children
// only when the vault is unlocked.
// Must never keep a passphrase beyond the form's lifetime, log it, or put it anywhere but the
// one request that needs it.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { sendRequest } from '@src/messaging/client';
import type { VaultStatus } from '@src/messaging/responses';
import { PassphraseField } from '@src/ui/common/PassphraseField';
import { errorText } from '@src/ui/common/error-text';
import { t } from '@src/ui/i18n';

interface Props {
  status: VaultStatus;
  onChange: (status: VaultStatus) => void;
  children: ComponentChildren;
}

export function VaultGate({ status, onChange, children }: Props) {
  if (status.state === 'unlocked') return <>{children}</>;
  return status.state === 'new' ? (
    <SetUpForm status={status} onChange={onChange} />
  ) : (
    <UnlockForm onChange={onChange} />
  );
}

function SetUpForm({ status, onChange }: Omit<Props, 'children'>) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    if ([...passphrase].length < status.minPassphraseLength) {
      setError(t('passphraseTooShort', { min: status.minPassphraseLength }));
      return;
    }
    if (passphrase !== confirmation) {
      setError(t('passphraseMismatch'));
      return;
    }
    setBusy(true);
    try {
      onChange(await sendRequest({ type: 'vault.setup', passphrase }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setPassphrase('');
      setConfirmation('');
      setBusy(false);
    }
  };

  return (
    <form class="review" data-testid="vault-setup" onSubmit={(e) => void submit(e)}>
      <h2>{t('vaultSetupHeading')}</h2>
      <p class="muted small">{t('vaultSetupHelp', { min: status.minPassphraseLength })}</p>
      <PassphraseField
        label="passphrase"
        value={passphrase}
        onValue={setPassphrase}
        autocomplete="new-password"
        testId="setup-passphrase"
      />
      <PassphraseField
        label="passphraseConfirm"
        value={confirmation}
        onValue={setConfirmation}
        autocomplete="new-password"
        testId="setup-confirm"
      />
      {error && (
        <p class="error" role="alert" data-testid="vault-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid="setup-submit">
          {busy ? t('vaultWorking') : t('vaultSetupButton')}
        </button>
      </div>
    </form>
  );
}

function UnlockForm({ onChange }: Pick<Props, 'onChange'>) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      onChange(await sendRequest({ type: 'vault.unlock', passphrase }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  };

  return (
    <form class="review" data-testid="vault-unlock" onSubmit={(e) => void submit(e)}>
      <h2>{t('vaultLockedHeading')}</h2>
      <PassphraseField
        label="passphrase"
        value={passphrase}
        onValue={setPassphrase}
        autocomplete="current-password"
        testId="unlock-passphrase"
      />
      {error && (
        <p class="error" role="alert" data-testid="vault-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid="unlock-submit">
          {busy ? t('vaultWorking') : t('unlockButton')}
        </button>
      </div>
    </form>
  );
}
