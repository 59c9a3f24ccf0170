// The review form's field problems in the interface language: known validation failures from the
// shared tables, anything else in the value-free English wording of describeIssues.
// Must never echo the offending value: only the field path and a fixed message.
import type { BaseIssue } from 'valibot';
import { describeIssues, type FieldProblem } from '@src/lead/issues';
import { t, type Translate } from '@src/ui/i18n';

function knownMessage(issue: BaseIssue<unknown>, translate: Translate): string | undefined {
  switch (issue.type) {
    case 'email':
      return translate('formInvalidEmail');
    case 'regex':
      return translate('formInvalidPhone');
    case 'url':
      return translate('formInvalidUrl');
    case 'check':
      return translate('formHttpOnly');
    case 'max_length':
      return translate('formTooLong', { max: String(issue.requirement) });
    default:
      return undefined;
  }
}

export function fieldProblems(
  issues: readonly BaseIssue<unknown>[],
  translate: Translate = t,
): FieldProblem[] {
  return describeIssues(issues).map((problem, index) => ({
    path: problem.path,
    message: knownMessage(issues[index]!, translate) ?? problem.message,
  }));
}
