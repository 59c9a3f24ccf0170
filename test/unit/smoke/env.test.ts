import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('test environment', () => {
  it('has a fake browser, IndexedDB and WebCrypto', () => {
    expect(fakeBrowser.runtime.id).toBeTypeOf('string');
    expect(globalThis.indexedDB).toBeDefined();
    expect(globalThis.crypto.subtle).toBeDefined();
  });
});
