// WXT build configuration: manifest, modules and aliases for every browser target.
// Must never add broad host permissions, content scripts on all sites, or remote code.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Development key: gives the unpacked extension a fixed id (see README) so enterprise
// policy files can target it. Public half only; the private half is not kept anywhere.
import { DEV_MANIFEST_KEY } from './scripts/dev-extension-key';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  alias: {
    '@src': fileURLToPath(new URL('./src', import.meta.url)),
  },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      // alarms: auto-lock after idle minutes and the daily retention sweep (workers sleep).
      'alarms',
      // notifications: threshold alerts (many captures/exports, failed unlocks).
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Loopback only: the local connector. No broad host permissions; pages are reached via activeTab.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    action: { default_title: '__MSG_actionTitle__' },
    // COMPAT(firefox-128): Firefox ignores managed_schema and reads policies.json "3rdparty" instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'lawful-leads@lawfulleads.example', strict_min_version: '128.0' },
          },
        }
      : { key: DEV_MANIFEST_KEY }),
  }),
});
