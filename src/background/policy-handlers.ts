// Answers the UI's questions about the policy in force: source, version, signer, settings, problems.
// Must never expose keys or the signed bundle itself: only what the salesperson may read.
import type { PolicyView } from '@src/messaging/responses';
import { policyHeaderView, settingsView } from '@src/policy';
import { currentPolicy } from './policy-service';
import { settingText } from './policy-settings-text';

export async function getPolicyView(): Promise<PolicyView> {
  const resolved = await currentPolicy();
  return {
    header: policyHeaderView(resolved),
    settings: settingsView(resolved).map((setting) => {
      const text = settingText(setting.id, resolved.policy);
      return text ? { ...setting, text } : setting;
    }),
    problems: resolved.problems.map(({ code, severity, message, path }) => ({
      code,
      severity,
      message,
      ...(path ? { path } : {}),
    })),
    connectorManaged: resolved.source !== 'defaults',
    noticeExemptionsAllowed: resolved.policy.notices?.allowExemptionClaims !== false,
  };
}
