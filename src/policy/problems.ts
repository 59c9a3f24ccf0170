// Problems found while reading or applying a policy, shown to the user and written to the audit log.
// Must never carry personal data, key material or raw input values: codes, paths and plain words only.
export const PROBLEM_CODES = {
  managedReadFailed: 'managed-read-failed',
  managedMissing: 'managed-missing',
  managedInvalid: 'managed-invalid',
  managedKeyInvalid: 'managed-key-invalid',
  managedOlder: 'managed-older-than-last-known-good',
  bundleRejected: 'bundle-rejected',
  bundleUnverified: 'bundle-unverified',
  bundleFetchFailed: 'bundle-fetch-failed',
  lastKnownGoodInvalid: 'last-known-good-invalid',
  usingLastKnownGood: 'using-last-known-good',
  usingDefaults: 'using-defaults',
  userPrefsInvalid: 'user-prefs-invalid',
  storeFailed: 'store-failed',
} as const;
export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

export type ProblemSeverity = 'info' | 'warning' | 'error';

export interface Problem {
  code: ProblemCode;
  severity: ProblemSeverity;
  message: string;
  /** JSON path of the offending setting, when there is one ($.retention.days.EU). */
  path?: string;
}

export function problem(
  code: ProblemCode,
  severity: ProblemSeverity,
  message: string,
  path?: string,
): Problem {
  return path === undefined ? { code, severity, message } : { code, severity, message, path };
}
