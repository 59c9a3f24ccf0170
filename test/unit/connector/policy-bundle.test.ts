import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_BUNDLE_FILE, readPolicyBundle } from '@src/connector/node/policy-bundle';
import { tempDir } from './fixtures';

describe('connector policy bundle file', () => {
  it('reads a compact JWS from the data directory', () => {
    const dir = tempDir();
    writeFileSync(join(dir, POLICY_BUNDLE_FILE), 'aaa.bbb.ccc\n');
    expect(readPolicyBundle(dir)).toBe('aaa.bbb.ccc');
  });

  it('serves nothing when the file is missing or is not a compact JWS', () => {
    const dir = tempDir();
    expect(readPolicyBundle(dir)).toBeUndefined();
    writeFileSync(join(dir, POLICY_BUNDLE_FILE), '{"policy":"plain json is never served"}');
    expect(readPolicyBundle(dir)).toBeUndefined();
  });
});
