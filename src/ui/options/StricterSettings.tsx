// "Your stricter settings": a salesperson may tighten the policy (more denied sites, no notice
// exemptions: send every notice), never loosen it.
// Must never store preferences that fail the policy's preference schema.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseUserPrefs, type UserPrefs } from '@src/policy';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';

const KEY = 'policy.userPrefs';

export function StricterSettings() {
  const [prefs, setPrefs] = useState<UserPrefs>({});
  const [sites, setSites] = useState('');
  const [noExemptions, setNoExemptions] = useState(false);
  const [saved, setSaved] = useState(false);
  const { error, run } = useErrorMessage();

  useEffect(() => {
    run(async () => {
      const { prefs: stored } = parseUserPrefs((await browser.storage.local.get(KEY))[KEY]);
      setPrefs(stored);
      setSites((stored.deniedSites ?? []).join('\n'));
      setNoExemptions(stored.forbidNoticeExemptions === true);
    });
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    run(async () => {
      const deniedSites = sites
        .split(/[\s,]+/)
        .map((site) => site.trim().toLowerCase())
        .filter(Boolean);
      const wanted: UserPrefs = { ...prefs, deniedSites };
      if (noExemptions) wanted.forbidNoticeExemptions = true;
      else delete wanted.forbidNoticeExemptions;
      const { prefs: next, issues } = parseUserPrefs(wanted);
      if (issues.length > 0)
        throw new Error(t('stricterInvalid', { path: issues[0]!.path.join('.') }));
      await browser.storage.local.set({ [KEY]: next });
      setPrefs(next);
      setSaved(true);
    });
  };

  return (
    <form class="review" onSubmit={submit} data-testid="stricter-settings">
      <h2>{t('stricterHeading')}</h2>
      <p class="small muted">{t('stricterIntro')}</p>
      <label class="field">
        <span class="field-label">{t('stricterSites')}</span>
        <textarea
          rows={3}
          value={sites}
          onInput={(e) => setSites(e.currentTarget.value)}
          data-testid="stricter-sites"
        />
      </label>
      <label class="field checkbox">
        <input
          type="checkbox"
          checked={noExemptions}
          onChange={(e) => setNoExemptions(e.currentTarget.checked)}
          data-testid="stricter-no-exemptions"
        />{' '}
        {t('stricterNoExemptions')}
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {saved && <p data-testid="stricter-saved">{t('settingsSaved')}</p>}
      <div class="actions">
        <button type="submit" class="primary">
          {t('saveSettings')}
        </button>
      </div>
    </form>
  );
}
