// Validates an unknown value as a policy: schema first, then cross-field consistency.
// Must never throw on bad input and never put input values into messages (paths and rules only).
import * as v from 'valibot';
import { consistencyIssues, type PolicyIssue } from './consistency';
import { PolicySchema, type Policy } from './schema';

export type PolicyParseResult = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

export function parsePolicy(input: unknown): PolicyParseResult {
  const result = v.safeParse(PolicySchema, input);
  if (!result.success) return { ok: false, issues: result.issues.map(toPolicyIssue) };
  const issues = consistencyIssues(result.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, policy: result.output };
}

export function toPolicyIssue(issue: v.BaseIssue<unknown>): PolicyIssue {
  const path = (issue.path ?? []).map((item) => {
    const key: unknown = item.key;
    return typeof key === 'number' ? key : String(key);
  });
  return { path, message: valueFreeMessage(issue) };
}

/** JSONPath-like text for a path: $.retention.days.EU, $.purposes[0].id */
export function formatPath(path: readonly (string | number)[]): string {
  return (
    '$' +
    path
      .map((segment) =>
        typeof segment === 'number'
          ? `[${segment}]`
          : /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)
            ? `.${segment}`
            : `[${JSON.stringify(segment)}]`,
      )
      .join('')
  );
}

function valueFreeMessage(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.expected === 'never') return 'Unknown field (not part of the policy format)';
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return `Expected one of ${issue.expected?.replace(/^\((.*)\)$/, '$1') ?? 'the allowed values'}`;
  }
  if (issue.kind === 'schema') {
    return issue.received === 'undefined'
      ? 'Missing required field'
      : `Expected ${issue.expected ?? 'a different type'}`;
  }
  const label = VALIDATION_LABELS[issue.type];
  if (label) return `${label}${issue.expected ? ` (expected ${issue.expected})` : ''}`;
  return `Invalid ${issue.type.replaceAll('_', ' ')}${issue.expected ? ` (expected ${issue.expected})` : ''}`;
}

const VALIDATION_LABELS: Record<string, string> = {
  min_value: 'Too small',
  max_value: 'Too large',
  min_length: 'Too short',
  max_length: 'Too long',
  length: 'Wrong length',
  integer: 'Expected a whole number',
};
