// Public surface of the redaction engine. Must never export internals that callers could misuse to
// see values (logs carry entities and operators only).
export { detect } from './detect';
export { resolveOverlaps } from './overlaps';
export {
  SUPPORTED_ENTITIES,
  SUPPORTED_ENTITY_NAMES,
  entityInfo,
  isSpecialCategory,
} from './entities';
export type { SupportedEntity } from './entities';
export { normalise } from './normalise';
export { DEFAULT_MIN_SCORE } from './recognisers/scores';
export type {
  DetectOptions,
  EntityCategory,
  Finding,
  RedactionLogEntry,
  RedactionRule,
  RedactionRules,
} from './types';
export { ENTITY_CATEGORIES } from './types';
export { redact, maskValue, MissingTenantKeyError } from './redact';
export type { RedactOptions, RedactResult } from './redact';
export { canonicalValue, generateTenantKey, importTenantKey, pseudonym } from './hmac';
export { ART9_CONDITIONS, DROPPED_FIELD_ENTITY, minimiseRecord } from './minimise';
export type { Art9Condition, MinimisableRecord, MinimiseOptions, MinimiseResult } from './minimise';
