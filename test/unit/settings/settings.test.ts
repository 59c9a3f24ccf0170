import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CONNECTOR_URL, parseSettings, SETTINGS_KEY } from '@src/settings/settings';
import { loadSettings, saveSettings } from '@src/settings/store';

describe('settings', () => {
  it('defaults to the local connector', async () => {
    expect(await loadSettings()).toEqual({ connectorUrl: DEFAULT_CONNECTOR_URL });
  });

  it('saves a loopback connector address without a trailing slash', async () => {
    await saveSettings({ connectorUrl: ' http://localhost:9000/ ' });
    expect(await loadSettings()).toEqual({ connectorUrl: 'http://localhost:9000' });
  });

  it.each(['https://crm.example.com', 'ftp://127.0.0.1', 'not a url', 'javascript:alert(1)'])(
    'refuses %s with a clear message and keeps the old value',
    async (connectorUrl) => {
      await saveSettings({ connectorUrl: 'http://127.0.0.1:9999' });
      await expect(saveSettings({ connectorUrl })).rejects.toThrow(/127\.0\.0\.1|full address/);
      expect((await loadSettings()).connectorUrl).toBe('http://127.0.0.1:9999');
    },
  );

  it('falls back to defaults when stored settings are corrupted', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { connectorUrl: 42 } });
    expect(await loadSettings()).toEqual({ connectorUrl: DEFAULT_CONNECTOR_URL });
    expect(parseSettings('garbage')).toEqual({ connectorUrl: DEFAULT_CONNECTOR_URL });
  });
});
