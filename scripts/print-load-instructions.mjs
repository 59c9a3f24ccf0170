// Prints where the built extension is and how to load it, after `npm start` builds it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const target = process.argv[2] ?? 'chrome-mv3';
const dir = resolve('.output', target);
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`No built extension in ${dir}`);
  process.exit(1);
}
const keyFile = readFileSync(resolve('scripts/dev-extension-key.ts'), 'utf8');
const id = /DEV_EXTENSION_ID = '([a-p]{32})'/.exec(keyFile)?.[1] ?? '(unknown)';
console.log(`
Lawful Leads extension built: ${dir}
Extension id (development key): ${id}

Load it in Chrome, Edge or Chromium:
  1. Open chrome://extensions (edge://extensions in Edge) and switch on "Developer mode".
  2. Click "Load unpacked" and choose: ${dir}
  3. Pin Lawful Leads, open a web page, click the toolbar button, then "Open side panel".
  4. Without an organisation policy (development mode) every lead still needs a lawful basis: in the
     review form confirm the jurisdiction, choose a purpose and a basis, then write your
     legitimate-interest summary or record the consent evidence. Save stays disabled until then.
Firefox: npm run build:firefox, then about:debugging → This Firefox → Load Temporary Add-on →
  .output/firefox-mv3/manifest.json

Starting the connector (Ctrl+C to stop)…
`);
