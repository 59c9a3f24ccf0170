// A small in-memory seen-jti set with expiry, for tests and for the connector to wrap with its
// own persistence. Entries older than the envelope max age can be dropped: such envelopes are
// refused as expired anyway. Must never store anything but jti values and times.

import { DEFAULT_ENVELOPE_MAX_AGE_SECONDS } from './envelope-format';

export type ReplayGuard = {
  readonly isJtiSeen: (jti: string) => boolean;
  /** Records a jti as seen at `iatSeconds` (call after a successful open). */
  readonly remember: (jti: string, iatSeconds: number) => void;
  /** Drops entries that can no longer be replayed (older than max age + tolerance). */
  readonly prune: (nowMs: number) => void;
  readonly size: () => number;
};

export function createReplayGuard(
  maxAgeSeconds: number = DEFAULT_ENVELOPE_MAX_AGE_SECONDS,
): ReplayGuard {
  const seen = new Map<string, number>();
  return {
    isJtiSeen: (jti) => seen.has(jti),
    remember: (jti, iatSeconds) => {
      seen.set(jti, iatSeconds);
    },
    prune: (nowMs) => {
      const cutoff = Math.floor(nowMs / 1000) - maxAgeSeconds;
      for (const [jti, iat] of seen) if (iat < cutoff) seen.delete(jti);
    },
    size: () => seen.size,
  };
}
