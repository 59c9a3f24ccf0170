// Where capture time goes, in Chromium, without profiler overhead: times each phase of capturePage
// (scan, each reader, unstructured people, shared-contact drop, merge) with performance.now over N runs
// on the 1,000-person page and prints medians and shares. A diagnostic aid for optimising capture.
// Run: npx tsx bench/capture-phases.ts [--runs 30] [--chromium /usr/lib/chromium/chromium]
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleIife } from './capture';
import { openDirectoryPage } from './directory-page';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** The phases, in capturePage's order, each a function of the scan and context. */
const ENTRY = `
import { hasContent } from '@src/capture/draft';
import { extractHCards } from '@src/capture/h-card';
import { extractMicrodata, extractRdfa } from '@src/capture/items';
import { extractJsonLd } from '@src/capture/json-ld';
import { Locator } from '@src/capture/locator';
import { dropSharedContacts, mergeDrafts } from '@src/capture/merge';
import { extractMeta } from '@src/capture/meta';
import { PeopleFinder } from '@src/capture/people';
import { scanPage } from '@src/capture/scan';
import { Visibility, withKnownHidden } from '@src/capture/visibility';

export function phases(doc, url) {
  const ctx = { pageUrl: url, capturedAt: new Date().toISOString(), diagnostics: [], locator: new Locator(), visibility: new Visibility() };
  const t = {};
  let s = performance.now();
  const lap = (name) => { const n = performance.now(); t[name] = n - s; s = n; };
  const scan = scanPage(doc); lap('scan');
  const drafts = withKnownHidden(scan.hidden, () => {
    const out = [];
    out.push(...extractJsonLd(scan.jsonLd, ctx)); lap('json-ld');
    out.push(...extractMicrodata(scan.itemRoots, ctx)); lap('microdata');
    out.push(...extractRdfa(scan.rdfaRoots, ctx)); lap('rdfa');
    out.push(...extractHCards(scan.cardRoots, ctx)); lap('h-card');
    out.push(...extractMeta(scan.metas, scan.authorLinks, ctx)); lap('meta');
    const finder = new PeopleFinder(ctx);
    for (const seed of scan.nameSeeds) finder.addNameSeed(seed); lap('text: name seeds');
    for (const a of scan.contactAnchors) finder.addContactAnchor(a); lap('text: contact links');
    for (const hit of scan.textHits) finder.addTextHit(hit.el, hit.text); lap('text: text hits');
    for (const a of scan.profileAnchors) finder.addProfileAnchor(a); lap('text: profile links');
    out.push(...finder.finish(scan)); lap('text: fill boxes');
    return out;
  });
  dropSharedContacts(drafts, ctx); lap('drop shared');
  const merged = mergeDrafts(drafts.filter(hasContent)).filter(hasContent); lap('merge');
  return { t, people: merged.length };
}
`;

async function main(): Promise<void> {
  const runs = Number(flag('runs', '30'));
  const entry = join(process.cwd(), 'bench', '.capture-phases-entry.ts');
  writeFileSync(entry, ENTRY);
  let phases: string;
  try {
    phases = (await bundleIife(entry, 'CapturePhases')).code;
  } finally {
    rmSync(entry, { force: true });
  }
  const { page, close } = await openDirectoryPage(
    [phases],
    flag('chromium', '/usr/lib/chromium/chromium'),
  );
  try {
    const result = await page.evaluate<{
      medians: Record<string, number>;
      people: number;
    }>(`(() => {
        for (let i = 0; i < 4; i += 1) CapturePhases.phases(document, location.href);
        const all = {};
        let people = 0;
        for (let r = 0; r < ${runs}; r += 1) {
          const got = CapturePhases.phases(document, location.href);
          people = got.people;
          for (const [k, v] of Object.entries(got.t)) (all[k] ??= []).push(v);
        }
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const medians = {};
        for (const [k, v] of Object.entries(all)) medians[k] = median(v);
        return { medians, people };
      })()`);
    const total = Object.values(result.medians).reduce((a, b) => a + b, 0);
    console.log(
      `Capture phases in Chromium, ${runs} runs, load average ${loadavg()[0]!.toFixed(1)}: ${result.people} people, sum of phase medians ${total.toFixed(1)} ms`,
    );
    for (const [name, ms] of Object.entries(result.medians))
      console.log(
        `  ${name.padEnd(22)} ${ms.toFixed(2).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%`,
      );
  } finally {
    await close();
  }
}

void main();
