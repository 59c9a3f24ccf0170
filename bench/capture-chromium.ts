// Chromium benchmark: loads the generated 1,000-person page in headless Chromium, injects the esbuild bundle
// of src/capture/index.ts (as the extension injects page-capture.js) and times capturePage in the page,
// beside microformats-parser bundled for the browser (mf2 over the page's HTML) and a plain baseline walk
// over the same page, interleaved round by round (the machine may be shared: compare ratios, not ms).
// Each contender runs in its own tab on its own site, hence its own renderer process and heap: timed in
// one shared page, each run also paid for collecting the garbage of the run before it (microformats-
// parser allocates tens of MB per run), which is not the cost of the run being timed. Each round runs
// every contender for a block of calls in its tab after a short pause (each tab is its own visible
// window under --headless=new); the first call of a block, after the tab sat idle, is reported apart
// from the back-to-back calls.
// Run: npx tsx bench/capture-chromium.ts [--runs 12] [--profile] [--chromium /usr/lib/chromium/chromium]
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

type Page = import('playwright-core').Page;

/** The three contenders, each run in its own tab. */
const CONTENDERS = {
  base: `() => {
    const all = document.querySelectorAll('*');
    let n = 0;
    for (let i = 0; i < all.length; i += 1) {
      const el = all[i];
      n += el.localName.length + (el.getAttribute('class') ?? '').length;
    }
    const walker = document.createTreeWalker(document.documentElement, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) n += t.nodeValue.length;
    return n;
  }`,
  ours: `() => LawfulLeadsCapture.capturePage(document, location.href)`,
  ref: `() => Mf2Bench.mf2(document.documentElement.outerHTML, { baseUrl: location.href })`,
} as const;
type Contender = keyof typeof CONTENDERS;

/**
 * Opens the page on its own site (so Chromium gives it its own renderer process and heap: one parser's
 * garbage is never collected during another's timed run) and defines `bench()` there, which times one
 * call of the contender in the page.
 */
async function openTab(
  browser: import('playwright-core').Browser,
  host: string,
  html: string,
  scripts: string[],
  contender: Contender,
): Promise<Page> {
  const page = await browser.newPage();
  // The page only: its images and links are answered with an empty 404, as a file:// page gets nothing.
  await page.route(`http://${host}/**`, (route) =>
    route.request().url() === `http://${host}/directory.html`
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto(`http://${host}/directory.html`);
  for (const content of scripts) await page.addScriptTag({ content });
  // Passed as source text: tsx would otherwise inject helpers (__name) the page does not have.
  await page.evaluate(`(() => {
    const run = ${CONTENDERS[contender]};
    window.bench = (calls) => {
      const times = [];
      for (let i = 0; i < calls; i += 1) {
        const s = performance.now();
        run();
        times.push(performance.now() - s);
      }
      return times;
    };
  })()`);
  return page;
}

/** Pause before each block, in ms. */
const SETTLE_MS = 300;
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** Calls per block: one contender runs this many times back to back before the next one's turn. */
const BLOCK = 10;
/** The first calls of each block come after the tab sat idle while the others ran: reported apart. */
const WARMING = 1;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const stats = (xs: number[]): Stat => ({ median: median(xs), min: Math.min(...xs) });

async function main(): Promise<void> {
  const runs = Number(flag('runs', '12'));
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
    if (profile) {
      const page = await browser.newPage();
      await page.goto(`file://${file}`);
      await page.addScriptTag({ content: capture.code });
      await printProfile(page);
      return;
    }
    const tabs: Record<Contender, Page> = {
      base: await openTab(browser, 'baseline.test', html, [], 'base'),
      ours: await openTab(browser, 'capture.test', html, [capture.code], 'ours'),
      ref: await openTab(browser, 'mf2.test', html, [mf2], 'ref'),
    };
    const [cold] = await tabs.ours.evaluate<number[]>('bench(1)');
    const people = await tabs.ours.evaluate<number>(
      'LawfulLeadsCapture.capturePage(document, location.href).drafts.length',
    );
    const cards = await tabs.ref.evaluate<number>(
      `Mf2Bench.mf2(document.documentElement.outerHTML, { baseUrl: location.href }).items
        .filter((i) => (i.type || []).includes('h-card')).length`,
    );
    const nodes = await tabs.ours.evaluate<number>("document.getElementsByTagName('*').length");
    const order: Contender[] = ['base', 'ours', 'ref'];
    for (let i = 0; i < 3; i += 1) for (const c of order) await tabs[c].evaluate(`bench(${BLOCK})`);
    // Rounds interleave the three contenders (rotating their order), so a noisy neighbour slows all
    // three alike; per-round ratios (of block medians) are taken before the median. Within a block the
    // calls run back to back (repeated captures on a page); the first call of each block comes after
    // the tab sat idle while the others ran, and is reported on its own.
    const t: Record<Contender, number[]> = { base: [], ours: [], ref: [] };
    const firstOfBlock: number[] = [];
    const backToBack: number[] = [];
    const refOverOurs: number[] = [];
    const oursOverBase: number[] = [];
    const refOverBase: number[] = [];
    for (let r = 0; r < runs; r += 1) {
      const got: Partial<Record<Contender, number>> = {};
      for (let j = 0; j < 3; j += 1) {
        const c = order[(r + j) % 3]!;
        // Let the previous contender's renderer finish its background work (its concurrent GC would
        // otherwise share the two cores with this block).
        await settle();
        const times = await tabs[c].evaluate<number[]>(`bench(${BLOCK})`);
        t[c].push(...times);
        if (c === 'ours') {
          firstOfBlock.push(...times.slice(0, WARMING));
          backToBack.push(...times.slice(WARMING));
        }
        got[c] = median(times);
      }
      refOverOurs.push(got.ref! / got.ours!);
      oursOverBase.push(got.ours! / got.base!);
      refOverBase.push(got.ref! / got.base!);
    }
    const result = {
      people,
      cards,
      cold,
      nodes,
      base: stats(t.base),
      ours: stats(t.ours),
      ref: stats(t.ref),
      refOverOurs: median(refOverOurs),
      oursOverBase: median(oursOverBase),
      refOverBase: median(refOverBase),
      firstOfBlock: stats(firstOfBlock),
      backToBack: stats(backToBack),
    };
    const ms = (s: Stat) => `median ${s.median.toFixed(1)} ms, best ${s.min.toFixed(1)} ms`;
    console.log(
      `Capture benchmark in Chromium ${browser.version()} (headless=new), ${runs} interleaved rounds of ${BLOCK} calls per contender, each contender in its own tab and renderer process; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(`  page: 1000 people, ${result.nodes} elements`);
    console.log(
      `  baseline (querySelectorAll('*') reading tag + class, TreeWalker reading every text node): ${ms(result.base)}`,
    );
    console.log(
      `  capturePage (bundle ${(capture.raw / 1024).toFixed(1)} KiB raw / ${(capture.gzip / 1024).toFixed(1)} KiB gzip): first run ${(result.cold ?? NaN).toFixed(1)} ms, ${ms(result.ours)} -> ${result.people} people`,
    );
    console.log(
      `  capturePage, first call of each block (after the tab sat idle): ${ms(result.firstOfBlock)}`,
    );
    console.log(
      `  capturePage, calls ${WARMING + 1}-${BLOCK} of each block (back to back): ${ms(result.backToBack)}`,
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
