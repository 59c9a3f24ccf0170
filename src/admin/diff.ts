// Explains the difference between two policies in sentences an auditor can read, and marks changes
// that loosen protection. Pure. Must never omit a change: a section-level fallback catches the rest.
import { canonicalJson, findLoosening, type Policy } from '@src/policy';
import { describeChanges, type DiffLine } from './diff-sections';

export { describeRule, type DiffLine } from './diff-sections';

export interface PolicyDiff {
  lines: DiffLine[];
  /** Settings the new policy makes less protective (see findLoosening). */
  loosened: string[];
}

export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const lines = describeChanges(before, after);
  for (const section of Object.keys({ ...before, ...after }) as (keyof Policy)[]) {
    const changed = canonicalJson(before[section]) !== canonicalJson(after[section]);
    if (changed && !lines.some((line) => line.section === section)) {
      lines.push({ section, text: `Section "${section}" changed` });
    }
  }
  const loosened = findLoosening(before, after).map((item) => `${item.path}: ${item.message}`);
  return { lines, loosened };
}

export function renderDiff(diff: PolicyDiff): string {
  if (diff.lines.length === 0) return 'No differences.\n';
  const out = diff.lines.map((line) => `- ${line.text}`);
  if (diff.loosened.length > 0) {
    out.push(
      '',
      `This update loosens ${diff.loosened.length} setting(s):`,
      ...diff.loosened.map((item) => `- ${item}`),
    );
  } else {
    out.push('', 'This update loosens nothing.');
  }
  return `${out.join('\n')}\n`;
}
