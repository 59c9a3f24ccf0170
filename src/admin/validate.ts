// Validates a policy file's text for the admin tool: every error with its JSON path and line/column,
// plus advisory warnings an administrator should read. Must never echo values from the document.
import { formatPath, parsePolicy, type Policy } from '@src/policy';
import { parseJsonWithPositions, type Position } from './json-positions';
import { policyWarnings } from './warnings';

export interface ValidationMessage {
  path: string;
  line: number;
  column: number;
  message: string;
}

export type ValidationReport =
  | { ok: true; policy: Policy; warnings: ValidationMessage[] }
  | { ok: false; errors: ValidationMessage[]; warnings: ValidationMessage[] };

export function validatePolicyText(text: string): ValidationReport {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: [{ path: '$', ...parsed.position, message: `Not valid JSON: ${parsed.message}` }],
      warnings: [],
    };
  }
  const locate = (path: (string | number)[], message: string): ValidationMessage => ({
    path: formatPath(path),
    ...parsed.positionOf(path),
    message,
  });
  const result = parsePolicy(parsed.value);
  if (!result.ok) {
    return {
      ok: false,
      errors: result.issues.map((issue) => locate(issue.path, issue.message)),
      warnings: [],
    };
  }
  return {
    ok: true,
    policy: result.policy,
    warnings: policyWarnings(result.policy).map((warning) => locate(warning.path, warning.message)),
  };
}

export function formatMessage(
  file: string,
  kind: 'error' | 'warning',
  item: ValidationMessage,
): string {
  return `${file}:${item.line}:${item.column} ${kind} ${item.path}: ${item.message}`;
}

export type { Position };
