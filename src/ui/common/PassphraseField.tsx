// One labelled password input for every passphrase form (set-up, unlock, change).
// Must never echo the passphrase anywhere but the input itself.
import { t } from '@src/ui/i18n';
import type { MessageKey } from '@src/ui/i18n/en';

interface Props {
  label: MessageKey;
  value: string;
  onValue: (value: string) => void;
  autocomplete: 'new-password' | 'current-password';
  testId: string;
}

export function PassphraseField({ label, value, onValue, autocomplete, testId }: Props) {
  return (
    <label class="field">
      <span class="field-label">{t(label)}</span>
      <input
        type="password"
        autocomplete={autocomplete}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        data-testid={testId}
      />
    </label>
  );
}
