// Chromium benchmark: loads the generated 1,000-person page in headless Chromium, injects the esbuild bundle
// of src/capture/index.ts (as the extension injects page-capture.js) and times capturePage in the page,
// beside microformats-parser bundled for the browser (mf2 over the page's HTML) in the same page.
// Run: npx tsx bench/capture-chromium.ts [--runs 15] [--chromium /usr/lib/chromium/chromium]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { bundleCaptureScript } from './capture';
import { benchPageHtml } from './capture-page';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function bundleMf2(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mf2-bench-'));
  try {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, "export { mf2 } from 'microformats-parser';\n");
    const outfile = join(dir, 'mf2.js');
    await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'Mf2Bench',
      outfile,
      nodePaths: [join(process.cwd(), 'node_modules')],
      logLevel: 'error',
    });
    return readFileSync(outfile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** --profile: self time per function of capturePage (unminified bundle), via the DevTools profiler. */
async function printProfile(page: import('playwright-core').Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(
    'for (let i = 0; i < 10; i += 1) LawfulLeadsCapture.capturePage(document, location.href)',
  );
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { functionName: string; lineNumber: number } }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const nodeSelf = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    nodeSelf.set(id, (nodeSelf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = (id: number): number => {
    const n = byId.get(id) as unknown as { children?: number[] };
    return (nodeSelf.get(id) ?? 0) + (n.children ?? []).reduce((sum, c) => sum + total(c), 0);
  };
  const inclusive = new Map<string, number>();
  for (const n of profile.nodes) {
    const name = n.callFrame.functionName;
    if (
      /^(scanPage|extractJsonLd|extractMicrodata|extractRdfa|extractHCards|extractMeta|unstructured|mergeDrafts|dropSharedContacts|addContactAnchor|addTextHit|addProfileAnchor|addNameSeed|finish|css)$/.test(
        name,
      )
    )
      inclusive.set(name, (inclusive.get(name) ?? 0) + total(n.id));
  }
  for (const [k, t] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`${(t / 10_000).toFixed(1).padStart(7)} ms/run  inclusive ${k}`);
  for (const [k, t] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(t / 10_000).toFixed(1).padStart(7)} ms/run  ${k}`);
}

async function main(): Promise<void> {
  const runs = Number(flag('runs', '15'));
  const executablePath = flag('chromium', '/usr/lib/chromium/chromium');
  const html = benchPageHtml(1000);
  const dir = mkdtempSync(join(tmpdir(), 'capture-page-'));
  const file = join(dir, 'directory.html');
  writeFileSync(file, html);
  const profile = process.argv.includes('--profile');
  const [capture, mf2] = await Promise.all([bundleCaptureScript(!profile), bundleMf2()]);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.addScriptTag({ content: capture.code });
    await page.addScriptTag({ content: mf2 });
    if (profile) {
      await printProfile(page);
      return;
    }
    // Passed as source text: tsx would otherwise inject helpers (__name) the page does not have.
    const result = await page.evaluate<{
      people: number;
      ours: { cold: number; median: number; min: number };
      cards: number;
      reference: { cold: number; median: number; min: number };
      nodes: number;
    }>(`(() => {
      const n = ${runs};
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const time = (fn) => {
        const first = performance.now();
        fn();
        const cold = performance.now() - first;
        const samples = [];
        for (let i = 0; i < n; i += 1) {
          const s = performance.now();
          fn();
          samples.push(performance.now() - s);
        }
        return { cold, median: median(samples), min: Math.min(...samples) };
      };
      const people = LawfulLeadsCapture.capturePage(document, location.href).drafts.length;
      const ours = time(() => LawfulLeadsCapture.capturePage(document, location.href));
      const cards = Mf2Bench.mf2(document.documentElement.outerHTML, { baseUrl: location.href }).items.filter((i) => (i.type || []).includes('h-card')).length;
      const reference = time(() => Mf2Bench.mf2(document.documentElement.outerHTML, { baseUrl: location.href }));
      return { people, ours, cards, reference, nodes: document.getElementsByTagName('*').length };
    })()`);
    const version = browser.version();
    console.log(
      `Capture benchmark in Chromium ${version} (headless=new), ${runs} runs; machine load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(`  page: 1000 people, ${result.nodes} elements`);
    console.log(
      `  capturePage (bundle ${(capture.raw / 1024).toFixed(1)} KiB raw / ${(capture.gzip / 1024).toFixed(1)} KiB gzip): first run ${result.ours.cold.toFixed(1)} ms, median ${result.ours.median.toFixed(1)} ms, best ${result.ours.min.toFixed(1)} ms -> ${result.people} people`,
    );
    console.log(
      `  microformats-parser (browser bundle, outerHTML + mf2): first run ${result.reference.cold.toFixed(1)} ms, median ${result.reference.median.toFixed(1)} ms, best ${result.reference.min.toFixed(1)} ms -> ${result.cards} h-cards`,
    );
    console.log(
      `  ratio microformats-parser / capturePage: ${(result.reference.median / result.ours.median).toFixed(2)}x (medians), ${(result.reference.min / result.ours.min).toFixed(2)}x (best runs)`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
