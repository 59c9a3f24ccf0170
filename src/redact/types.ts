// Shared types of the redaction engine: findings, entity categories and redaction rules.
// Must never hold behaviour; values found in text never appear in any of these shapes except Finding offsets.

/** One detected span. UTF-16 offsets into the caller's original text; `end` is exclusive. */
export interface Finding {
  entity: string;
  start: number;
  end: number;
  score: number;
}

export const ENTITY_CATEGORIES = [
  'identifier',
  'financial',
  'contact',
  'network',
  'special-category',
] as const;
export type EntityCategory = (typeof ENTITY_CATEGORIES)[number];

export interface DetectOptions {
  /** Only report these entity names (unknown names are ignored). Default: all supported. */
  entities?: readonly string[];
  /** Findings scoring below this are dropped. Default 0.5. */
  minScore?: number;
}

/** Structurally the same as the policy's RedactionRule (src/policy/schema.ts). */
export interface RedactionRule {
  operator: 'mask' | 'hash' | 'replace' | 'remove';
  /** For `replace`: the text put in place of the value. Default `<ENTITY>`. */
  replacement?: string;
  /** For `mask`: how many trailing characters stay visible (default 0). */
  keepLast?: number;
  /** For `mask`: the masking character (default `*`). */
  char?: string;
}

export type RedactionRules = Readonly<Record<string, RedactionRule>>;

/** One line of a redaction log: what was done where; never the value. */
export interface RedactionLogEntry {
  entity: string;
  field: string;
  operator: RedactionRule['operator'] | 'drop-field';
}
