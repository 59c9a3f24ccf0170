// Consent evidence fields (method, time, text version, withdrawal method) for the consent basis.
// Reports complete evidence only; an incomplete set reports undefined (the background then says
// what is missing). Must never render text as HTML.
import { useState } from 'preact/hooks';
import type { ConsentEvidenceInput } from '@src/messaging/consent-protocol';
import { t } from '@src/ui/i18n';

interface Props {
  methods: readonly ConsentEvidenceInput['method'][];
  onChange: (evidence: ConsentEvidenceInput | undefined) => void;
}

interface Values {
  method: string;
  givenAt: string;
  textVersion: string;
  withdrawalMethod: string;
}

function complete(values: Values, methods: readonly string[]): ConsentEvidenceInput | undefined {
  const at = Date.parse(values.givenAt);
  if (!methods.includes(values.method) || Number.isNaN(at)) return undefined;
  if (values.textVersion.trim() === '' || values.withdrawalMethod.trim() === '') return undefined;
  return {
    method: values.method as ConsentEvidenceInput['method'],
    givenAt: new Date(at).toISOString(),
    textVersion: values.textVersion.trim(),
    withdrawalMethod: values.withdrawalMethod.trim(),
  };
}

export function ConsentEvidenceFields({ methods, onChange }: Props) {
  const [values, setValues] = useState<Values>({
    method: '',
    givenAt: '',
    textVersion: '',
    withdrawalMethod: '',
  });
  const update = (key: keyof Values) => (e: Event) => {
    const next = { ...values, [key]: (e.currentTarget as HTMLInputElement).value };
    setValues(next);
    onChange(complete(next, methods));
  };
  return (
    <fieldset class="consent-evidence" data-testid="lb-consent">
      <legend>{t('lbConsentHeading')}</legend>
      <label class="field">
        <span class="field-label">{t('lbConsentMethod')}</span>
        <select data-testid="lb-consent-method" value={values.method} onChange={update('method')}>
          <option value="" />
          {methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field-label">{t('lbConsentGivenAt')}</span>
        <input
          type="datetime-local"
          data-testid="lb-consent-given-at"
          value={values.givenAt}
          onInput={update('givenAt')}
        />
      </label>
      <label class="field">
        <span class="field-label">{t('lbConsentText')}</span>
        <input
          data-testid="lb-consent-text"
          maxLength={5000}
          value={values.textVersion}
          onInput={update('textVersion')}
        />
      </label>
      <label class="field">
        <span class="field-label">{t('lbConsentWithdrawal')}</span>
        <input
          data-testid="lb-consent-withdrawal"
          maxLength={500}
          value={values.withdrawalMethod}
          onInput={update('withdrawalMethod')}
        />
      </label>
    </fieldset>
  );
}
