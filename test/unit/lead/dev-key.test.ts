import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEV_EXTENSION_ID, DEV_MANIFEST_KEY } from '../../../scripts/dev-extension-key';

describe('development manifest key', () => {
  it('yields the documented fixed extension id', () => {
    const hex = createHash('sha256')
      .update(Buffer.from(DEV_MANIFEST_KEY, 'base64'))
      .digest('hex')
      .slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe(DEV_EXTENSION_ID);
  });
});
