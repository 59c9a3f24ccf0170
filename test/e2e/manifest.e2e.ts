// Checks the built manifests: MV3, least privilege, no remote code, Firefox id and sidebar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function manifest(target: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

const BROAD = /<all_urls>|^\*:\/\/|^https?:\/\/\*\/|^\*:\/\/\*\//;

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const m = manifest(target);

  it('is Manifest V3 with no content scripts on all pages and no broad host permissions', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.content_scripts).toBeUndefined();
    const hosts = [
      ...((m.host_permissions as string[]) ?? []),
      ...((m.optional_host_permissions as string[]) ?? []),
    ];
    for (const host of hosts) expect(host).not.toMatch(BROAD);
    expect(hosts).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(m.permissions).toEqual(expect.arrayContaining(['alarms', 'notifications']));
    expect(m.permissions).not.toContain('tabs');
  });

  it('has a content security policy with no remote or inline code', () => {
    const csp = (m.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
  });
});

describe('browser specifics', () => {
  it('gives Chrome a side panel and a fixed development key', () => {
    const m = manifest('chrome-mv3');
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(typeof m.key).toBe('string');
  });

  it('gives Firefox a gecko id and a sidebar, and no Chrome-only permission', () => {
    const m = manifest('firefox-mv3');
    expect((m.browser_specific_settings as { gecko: { id: string } }).gecko.id).toMatch(/@/);
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.key).toBeUndefined();
  });
});
