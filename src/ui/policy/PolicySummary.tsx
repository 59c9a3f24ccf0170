// "Managed by your organisation": the policy in force, where it came from, and its locked settings.
// Must never show keys or signed bundles; values are plain text, never HTML.
import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@src/messaging/client';
import type { PolicyView } from '@src/messaging/responses';
import { t, uiLanguage } from '@src/ui/i18n';
import type { MessageKey } from '@src/ui/i18n/en';
import { policyProblemText } from './problem-text';

const SOURCE_KEYS: Readonly<Record<string, MessageKey>> = {
  managed: 'policySourceManaged',
  bundle: 'policySourceBundle',
  'last-known-good': 'policySourceLastKnownGood',
  defaults: 'policySourceDefaults',
};

/** Where the policy came from, in the interface language (an unknown source as written). */
export function policySourceName(source: string): string {
  return Object.hasOwn(SOURCE_KEYS, source) ? t(SOURCE_KEYS[source]!) : source;
}

export function usePolicyView(): PolicyView | undefined {
  const [view, setView] = useState<PolicyView>();
  useEffect(() => {
    sendRequest({ type: 'policy.get' })
      .then(setView)
      .catch(() => setView(undefined));
  }, []);
  return view;
}

export function PolicySummary({
  view,
  open = false,
}: {
  view: PolicyView | undefined;
  open?: boolean;
}) {
  if (!view) return null;
  const { header } = view;
  const managed = header.source !== 'defaults';
  return (
    <details class="policy small" open={open} data-testid="policy-summary">
      <summary>
        {managed ? t('policyHeading') : t('policyNone')} · {header.policyId} v{header.version}
      </summary>
      <p>
        {managed
          ? t('policySource', {
              policy: header.policyId,
              version: header.version,
              source: policySourceName(header.source),
              time: new Date(header.appliedAt).toLocaleString(),
            })
          : t('policyDefaults')}
      </p>
      {header.signer && <p>{t('policySigner', { signer: header.signer })}</p>}
      <table data-testid="policy-settings">
        <tbody>
          {view.settings.map((setting) => (
            <tr key={setting.id} data-setting={setting.id}>
              <th scope="row">{setting.text?.label[uiLanguage] ?? setting.label}</th>
              <td>{setting.text?.value[uiLanguage] ?? setting.value}</td>
              <td>{setting.managed && <span class="badge locked">{t('lockedLabel')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.problems.length > 0 && (
        <>
          <p>{t('policyProblems')}</p>
          <ul data-testid="policy-problems">
            {view.problems.map((problem, i) => (
              <li
                key={i}
                class={problem.severity === 'error' ? 'error' : 'muted'}
                title={problem.message}
              >
                {policyProblemText(problem)}
                {problem.path ? ` (${problem.path})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
