// The options page's passphrase change: re-wraps the vault key under a new passphrase (records
// are not re-encrypted). Must never keep a passphrase beyond the request that needs it.
import { useState } from 'preact/hooks';
import { sendRequest } from '@src/messaging/client';
import { useErrorMessage } from '@src/ui/common/use-async';
import { PassphraseField } from '@src/ui/common/PassphraseField';
import { t } from '@src/ui/i18n';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const { error, run } = useErrorMessage();

  const submit = (event: Event) => {
    event.preventDefault();
    setDone(false);
    run(async () => {
      if (next !== confirmation) throw new Error(t('passphraseMismatch'));
      try {
        await sendRequest({ type: 'vault.changePassphrase', current, next });
        setDone(true);
      } finally {
        setCurrent('');
        setNext('');
        setConfirmation('');
      }
    });
  };

  const field = (
    label: 'passphraseCurrent' | 'passphraseNew' | 'passphraseConfirm',
    value: string,
    set: (value: string) => void,
    testId: string,
  ) => (
    <PassphraseField
      label={label}
      value={value}
      onValue={set}
      autocomplete={label === 'passphraseCurrent' ? 'current-password' : 'new-password'}
      testId={testId}
    />
  );

  return (
    <form class="review" onSubmit={submit} data-testid="change-passphrase">
      <h2>{t('changePassphraseHeading')}</h2>
      {field('passphraseCurrent', current, setCurrent, 'current-passphrase')}
      {field('passphraseNew', next, setNext, 'new-passphrase')}
      {field('passphraseConfirm', confirmation, setConfirmation, 'confirm-passphrase')}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {done && <p data-testid="passphrase-changed">{t('passphraseChanged')}</p>}
      <div class="actions">
        <button type="submit" data-testid="change-passphrase-submit">
          {t('changePassphraseButton')}
        </button>
      </div>
    </form>
  );
}
