// Score levels shared by the recognisers, so the ladder is consistent and tunable in one place.
// Must never hold behaviour.
export const SCORE = {
  /** Structure and a check digit both hold. */
  validated: 1,
  /** A distinctive format without a check digit, or a check digit in the entity's own grouping. */
  strong: 0.85,
  /** A plausible format that is right more often than not. */
  medium: 0.6,
  /** A check digit on a bare digit run: needs a context word to be reported. */
  weak: 0.4,
  /** A bare format that means nothing without context. */
  contextOnly: 0.2,
  /** Added when a context word is near. */
  contextBoost: 0.35,
  /** Subtracted when only a negative context word (order, invoice, version...) is near. */
  negativePenalty: 0.3,
} as const;

/** Default reporting threshold of detect(). */
export const DEFAULT_MIN_SCORE = 0.5;
