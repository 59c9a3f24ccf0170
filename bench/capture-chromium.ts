// Chromium benchmark: loads the generated 1,000-person page in headless Chromium, injects the esbuild bundle
// of src/capture/index.ts (as the extension injects page-capture.js) and times capturePage in the page,
// beside microformats-parser bundled for the browser (mf2 over the page's HTML) and a plain baseline walk
// over the same page, interleaved round by round (the machine may be shared: compare ratios, not ms).
// Run: npx tsx bench/capture-chromium.ts [--runs 25] [--profile] [--chromium /usr/lib/chromium/chromium]
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
  // Inclusive time per function name, counting each sample once per name (recursion is not doubled).
  const parent = new Map<number, number>();
  for (const n of profile.nodes as unknown as { id: number; children?: number[] }[])
    for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  });
  for (const [k, t] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${(t / 10_000).toFixed(1).padStart(7)} ms/run  inclusive ${k}`);
  for (const [k, t] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(t / 10_000).toFixed(1).padStart(7)} ms/run  ${k}`);
}

interface Stat {
  median: number;
  min: number;
}

interface Result {
  people: number;
  cards: number;
  cold: number;
  nodes: number;
  base: Stat;
  ours: Stat;
  ref: Stat;
  refOverOurs: number;
  oursOverBase: number;
  refOverBase: number;
}

async function main(): Promise<void> {
  const runs = Number(flag('runs', '25'));
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
    // Rounds interleave the three timings (rotating their order), so a noisy neighbour slows all three
    // alike; per-round ratios are then taken before the median.
    const result = await page.evaluate<Result>(`(() => {
      const rounds = ${runs};
      const url = location.href;
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const baseline = () => {
        const all = document.querySelectorAll('*');
        let n = 0;
        for (let i = 0; i < all.length; i += 1) {
          const el = all[i];
          n += el.localName.length + (el.getAttribute('class') ?? '').length;
        }
        const walker = document.createTreeWalker(document.documentElement, 4);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) n += t.nodeValue.length;
        return n;
      };
      const ours = () => LawfulLeadsCapture.capturePage(document, url);
      const reference = () => Mf2Bench.mf2(document.documentElement.outerHTML, { baseUrl: url });
      const clock = (fn) => {
        const s = performance.now();
        fn();
        return performance.now() - s;
      };
      const cold = clock(ours);
      const people = ours().drafts.length;
      const cards = reference().items.filter((i) => (i.type || []).includes('h-card')).length;
      for (let i = 0; i < 3; i += 1) { baseline(); ours(); reference(); }
      const t = { base: [], ours: [], ref: [], refOverOurs: [], oursOverBase: [], refOverBase: [] };
      const jobs = [['base', baseline], ['ours', ours], ['ref', reference]];
      for (let r = 0; r < rounds; r += 1) {
        const got = {};
        for (let j = 0; j < 3; j += 1) {
          const [key, fn] = jobs[(r + j) % 3];
          got[key] = clock(fn);
        }
        t.base.push(got.base);
        t.ours.push(got.ours);
        t.ref.push(got.ref);
        t.refOverOurs.push(got.ref / got.ours);
        t.oursOverBase.push(got.ours / got.base);
        t.refOverBase.push(got.ref / got.base);
      }
      const stats = (xs) => ({ median: median(xs), min: Math.min(...xs) });
      return {
        people, cards, cold, nodes: document.getElementsByTagName('*').length,
        base: stats(t.base), ours: stats(t.ours), ref: stats(t.ref),
        refOverOurs: median(t.refOverOurs), oursOverBase: median(t.oursOverBase),
        refOverBase: median(t.refOverBase),
      };
    })()`);
    const ms = (s: Stat) => `median ${s.median.toFixed(1)} ms, best ${s.min.toFixed(1)} ms`;
    console.log(
      `Capture benchmark in Chromium ${browser.version()} (headless=new), ${runs} interleaved rounds; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(`  page: 1000 people, ${result.nodes} elements`);
    console.log(
      `  baseline (querySelectorAll('*') reading tag + class, TreeWalker reading every text node): ${ms(result.base)}`,
    );
    console.log(
      `  capturePage (bundle ${(capture.raw / 1024).toFixed(1)} KiB raw / ${(capture.gzip / 1024).toFixed(1)} KiB gzip): first run ${result.cold.toFixed(1)} ms, ${ms(result.ours)} -> ${result.people} people`,
    );
    console.log(
      `  microformats-parser (outerHTML + mf2, h-card only): ${ms(result.ref)} -> ${result.cards} h-cards`,
    );
    console.log(
      `  per-round medians: capturePage = ${result.oursOverBase.toFixed(1)}x baseline, microformats-parser = ${result.refOverBase.toFixed(1)}x baseline`,
    );
    console.log(
      `  microformats-parser / capturePage: ${result.refOverOurs.toFixed(2)}x (median of per-round ratios), ${(result.ref.min / result.ours.min).toFixed(2)}x (best runs)`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
