// Turns valibot issues into precise, value-free messages ("person.emails.0: Invalid email").
// Must never echo the offending input value: it may be personal data.
import type { BaseIssue } from 'valibot';
import { getDotPath } from 'valibot';

export interface FieldProblem {
  path: string;
  message: string;
}

export function describeIssues(issues: readonly BaseIssue<unknown>[]): FieldProblem[] {
  return issues.map((issue) => ({
    path: getDotPath(issue) ?? '(root)',
    message: valueFreeMessage(issue),
  }));
}

function valueFreeMessage(issue: BaseIssue<unknown>): string {
  // valibot's default messages include the received value ("Received "x@y""): rebuild without it.
  const custom = issue.message.startsWith('Invalid ') ? null : issue.message;
  if (custom) return custom;
  if (issue.expected === 'never') return 'Unknown field';
  if (issue.kind === 'schema') return `Expected ${issue.expected ?? 'a different type'}`;
  return `Invalid ${issue.type.replaceAll('_', ' ')}${issue.expected ? ` (expected ${issue.expected})` : ''}`;
}
