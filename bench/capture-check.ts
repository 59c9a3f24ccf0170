// Sanity check in real Chromium: the esbuild bundle of src/capture on test/fixtures/pages/team.html.
import { chromium } from 'playwright-core';
import { bundleCaptureScript } from './capture';
const { code } = await bundleCaptureScript();
const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto(`file://${process.cwd()}/test/fixtures/pages/team.html`);
await page.addStyleTag({ content: '.css-hidden { display: none }' });
await page.evaluate(
  `document.querySelector('ul').insertAdjacentHTML('beforeend', '<li class="team-member css-hidden"><h3>Css Hidden</h3><a href="mailto:css@x.example">m</a></li>'); const host = document.createElement('div'); document.body.append(host); host.attachShadow({ mode: 'open' }).innerHTML = '<div class="h-card"><span class="p-name">Shadow Person</span></div>';`,
);
await page.addScriptTag({ content: code });
console.log(
  JSON.stringify(
    await page.evaluate(
      `LawfulLeadsCapture.capturePage(document, location.href).drafts.map((d) => [d.name, d.jobTitle, d.organization, d.emails, d.phones, d.urls, d.provenance.name[0].method])`,
    ),
  ),
);
await browser.close();
