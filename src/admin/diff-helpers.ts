// Small comparison helpers for policy diffs: flat objects, id lists, sets and keyed maps.
// Must never report an unchanged item.
import { canonicalJson, type Policy, type RedactionRule } from '@src/policy';

export type Say = (section: keyof Policy, text: string) => void;

export function compareFlat(
  say: Say,
  section: keyof Policy,
  label: string,
  old: object,
  now: object,
): void {
  const a = old as Record<string, unknown>;
  const b = now as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (canonicalJson(a[key]) === canonicalJson(b[key])) continue;
    const show = (value: unknown) =>
      value === undefined
        ? 'unset'
        : typeof value === 'string'
          ? value
          : typeof value === 'object'
            ? 'a new value'
            : JSON.stringify(value);
    say(section, `${label} ${key} changed from ${show(a[key])} to ${show(b[key])}`);
  }
}

export function compareById<T extends { id: string }>(
  say: Say,
  section: keyof Policy,
  label: string,
  old: T[],
  now: T[],
  name: (item: T) => string,
): void {
  const before = new Map(old.map((item) => [item.id, item]));
  const after = new Map(now.map((item) => [item.id, item]));
  for (const [id, item] of after) {
    const previous = before.get(id);
    if (!previous) say(section, `${label} '${id}' added ("${name(item)}")`);
    else if (canonicalJson(previous) !== canonicalJson(item))
      say(section, `${label} '${id}' changed`);
  }
  for (const id of before.keys()) if (!after.has(id)) say(section, `${label} '${id}' removed`);
}

export function setChanges(
  old: readonly string[],
  now: readonly string[],
  report: (item: string, added: boolean) => void,
): void {
  for (const item of now) if (!old.includes(item)) report(item, true);
  for (const item of old) if (!now.includes(item)) report(item, false);
}

export function keyed<T>(
  old: Partial<Record<string, T>>,
  now: Partial<Record<string, T>>,
  visit: (key: string, old: T | undefined, now: T | undefined) => void,
): void {
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)]))
    visit(key, old[key], now[key]);
}

export function nested(
  old: Policy['lawfulBases'],
  now: Policy['lawfulBases'],
  visit: (
    jurisdiction: string,
    purpose: string,
    old: readonly string[],
    now: readonly string[],
  ) => void,
): void {
  keyed(old, now, (jurisdiction, a, b) =>
    keyed(a ?? {}, b ?? {}, (purpose, x, y) => visit(jurisdiction, purpose, x ?? [], y ?? [])),
  );
}

export function describeRule(rule: RedactionRule | undefined): string {
  if (!rule) return 'no redaction';
  switch (rule.operator) {
    case 'mask':
      return `mask (keep last ${rule.keepLast ?? 0}, with "${rule.char ?? '*'}")`;
    case 'replace':
      return rule.replacement !== undefined ? `replace with "${rule.replacement}"` : 'replace';
    default:
      return rule.operator;
  }
}
