// minimiseRecord(): data minimisation before storage. Drops fields the policy does not allow, redacts what
// the rules say in the remaining fields, and blocks the save when special-category (Art. 9) data is found
// without a condition named by both policy and record. Pure (apart from WebCrypto for `hash`); must never
// put a value in the log or in the block reason.
import { detect } from './detect';
import { isSpecialCategory } from './entities';
import { redact } from './redact';
import type { RedactionLogEntry, RedactionRules } from './types';

/** GDPR Art. 9(2)(a)-(j) conditions for processing special-category data. */
export const ART9_CONDITIONS = [
  'explicit_consent',
  'employment_social_security',
  'vital_interests',
  'not_for_profit_body',
  'made_public_by_data_subject',
  'legal_claims',
  'substantial_public_interest',
  'health_or_social_care',
  'public_health',
  'archiving_research_statistics',
] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

export type RecordValue = string | readonly string[] | undefined;

/** The lead's person fields this engine knows; any other string / string[] field is handled the same way. */
export interface MinimisableRecord {
  name?: string;
  jobTitle?: string;
  organization?: string;
  emails?: readonly string[];
  phones?: readonly string[];
  urls?: readonly string[];
  locality?: string;
  region?: string;
  country?: string;
  notes?: string;
  [field: string]: RecordValue;
}

export interface MinimiseOptions {
  /** Fields that may be stored; every other field is dropped. */
  allowedFields: readonly string[];
  /** Operator per entity (Presidio names); entities not named are kept. */
  rules: RedactionRules;
  /** The Art. 9(2) condition the record names, if any. */
  art9Condition?: Art9Condition;
  /**
   * The conditions the policy permits. When given, the record's condition must be one of them; when
   * omitted, the caller vouches that the policy permits the record's condition.
   */
  policyArt9Conditions?: readonly Art9Condition[];
  /** Tenant key for `hash` rules. */
  hmacKey?: CryptoKey;
  /** detect() threshold (default 0.5). */
  minScore?: number;
}

export interface MinimiseResult<R> {
  record: Partial<R>;
  log: RedactionLogEntry[];
  /** Present when the record must not be saved. */
  blocked?: { reason: 'special-category-data'; categories: string[] };
}

export const DROPPED_FIELD_ENTITY = 'FIELD_NOT_ALLOWED';

export async function minimiseRecord<R extends MinimisableRecord>(
  record: R,
  options: MinimiseOptions,
): Promise<MinimiseResult<R>> {
  const allowed = new Set(options.allowedFields);
  const out: Record<string, RecordValue> = {};
  const log: RedactionLogEntry[] = [];
  const categories = new Set<string>();
  const detectOptions = options.minScore === undefined ? {} : { minScore: options.minScore };

  const clean = async (field: string, value: string): Promise<string> => {
    const findings = detect(value, detectOptions);
    for (const f of findings) if (isSpecialCategory(f.entity)) categories.add(f.entity);
    const result = await redact(value, findings, options.rules, {
      field,
      ...(options.hmacKey === undefined ? {} : { hmacKey: options.hmacKey }),
    });
    log.push(...result.log);
    return result.text;
  };

  for (const field of Object.keys(record).sort()) {
    const value = record[field];
    if (value === undefined) continue;
    if (!allowed.has(field)) {
      log.push({ entity: DROPPED_FIELD_ENTITY, field, operator: 'drop-field' });
      continue;
    }
    if (typeof value === 'string') {
      out[field] = await clean(field, value);
    } else if (Array.isArray(value)) {
      const cleaned: string[] = [];
      for (const item of value as readonly unknown[]) {
        if (typeof item !== 'string') continue;
        const text = await clean(field, item);
        if (text.trim().length > 0) cleaned.push(text);
      }
      out[field] = cleaned;
    }
  }

  const result: MinimiseResult<R> = { record: out as Partial<R>, log };
  if (categories.size > 0) {
    const condition = options.art9Condition;
    const permitted =
      condition !== undefined &&
      ART9_CONDITIONS.includes(condition) &&
      (options.policyArt9Conditions === undefined ||
        options.policyArt9Conditions.includes(condition));
    if (!permitted)
      result.blocked = { reason: 'special-category-data', categories: [...categories].sort() };
  }
  return result;
}
