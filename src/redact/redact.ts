// redact(): applies the policy's operators (remove, replace, mask, hash) to detected spans and returns the
// new text with a log of what was done. Must never put a value in the log, an error or a console line.
import { pseudonym } from './hmac';
import type { Finding, RedactionLogEntry, RedactionRule, RedactionRules } from './types';

export interface RedactOptions {
  /** Field name written in the log (default "text"). */
  field?: string;
  /** Tenant key for the `hash` operator (a non-extractable HMAC CryptoKey). */
  hmacKey?: CryptoKey;
  /** Rule for entities the rules do not name; default: leave them as they are. */
  defaultRule?: RedactionRule;
}

export interface RedactResult {
  text: string;
  log: RedactionLogEntry[];
}

export class MissingTenantKeyError extends Error {
  constructor() {
    super('The hash operator needs a tenant key (hmacKey)');
    this.name = 'MissingTenantKeyError';
  }
}

function isMaskable(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Masks letters and digits, keeping separators and the last `keepLast` letters/digits. */
export function maskValue(value: string, keepLast = 0, char = '*'): string {
  const chars = Array.from(value);
  let kept = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!;
    if (!isMaskable(ch)) continue;
    if (kept < keepLast) kept++;
    else chars[i] = char;
  }
  return chars.join('');
}

/** Sorted, in-range, non-overlapping copy (earlier and then longer spans win). */
function usableFindings(text: string, findings: readonly Finding[]): Finding[] {
  const sorted = findings
    .filter(
      (f) =>
        Number.isInteger(f.start) &&
        Number.isInteger(f.end) &&
        f.start >= 0 &&
        f.end <= text.length &&
        f.start < f.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let lastEnd = 0;
  for (const f of sorted) {
    if (f.start < lastEnd) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}

async function replacementFor(
  rule: RedactionRule,
  entity: string,
  value: string,
  key: CryptoKey | undefined,
): Promise<string> {
  switch (rule.operator) {
    case 'remove':
      return '';
    case 'replace':
      return rule.replacement ?? `<${entity}>`;
    case 'mask':
      return maskValue(value, rule.keepLast ?? 0, rule.char ?? '*');
    case 'hash':
      if (key === undefined) throw new MissingTenantKeyError();
      return `<${entity}:${await pseudonym(key, entity, value)}>`;
  }
}

/**
 * Applies `rules[finding.entity]` to every finding. Findings outside the text or overlapping an earlier
 * one are ignored. Throws MissingTenantKeyError when a `hash` rule applies and no key was given.
 */
export async function redact(
  text: string,
  findings: readonly Finding[],
  rules: RedactionRules,
  options: RedactOptions = {},
): Promise<RedactResult> {
  const field = options.field ?? 'text';
  const log: RedactionLogEntry[] = [];
  let out = '';
  let cursor = 0;
  for (const f of usableFindings(text, findings)) {
    const rule = Object.prototype.hasOwnProperty.call(rules, f.entity)
      ? rules[f.entity]
      : options.defaultRule;
    if (rule === undefined) continue;
    const value = text.slice(f.start, f.end);
    out +=
      text.slice(cursor, f.start) + (await replacementFor(rule, f.entity, value, options.hmacKey));
    cursor = f.end;
    log.push({ entity: f.entity, field, operator: rule.operator });
  }
  out += text.slice(cursor);
  return { text: out, log };
}
