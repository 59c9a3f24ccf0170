// Benchmark: extractProspects on a generated 1,000-person directory (mixed formats) in Node with linkedom,
// beside microformats-parser (h-card only, reference parser) on the same page, plus the injected script size.
// Run: npx tsx bench/capture.ts   (optional: --runs 15 --people 1000)
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { mf2 } from 'microformats-parser';
import { extractProspects } from '../src/capture/index';
import { benchPageHtml } from './capture-page';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function countNodes(doc: Document): number {
  let n = 0;
  const walker = doc.createTreeWalker(doc.documentElement, 0xffffffff);
  while (walker.nextNode()) n += 1;
  return n + 1;
}

function time(runs: number, fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Bundles `entry` for the browser as an IIFE exposing `globalName` (the way page-capture.js is built). */
export async function bundleIife(
  entry: string,
  globalName: string,
  minify = true,
): Promise<{ code: string; raw: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'capture-bench-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    const outfile = join(dir, `${globalName}.js`);
    await build({
      entryPoints: [entry],
      bundle: true,
      minify,
      format: 'iife',
      globalName,
      target: 'chrome120',
      outfile,
      tsconfig: join(root, 'tsconfig.json'),
      nodePaths: [join(root, 'node_modules')],
      logLevel: 'error',
    });
    const code = readFileSync(outfile, 'utf8');
    return { code, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function bundleCaptureScript(
  minify = true,
): Promise<{ code: string; raw: number; gzip: number }> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return bundleIife(join(root, 'src/capture/index.ts'), 'LawfulLeadsCapture', minify);
}

async function main(): Promise<void> {
  const runs = arg('runs', 15);
  const people = arg('people', 1000);
  const html = benchPageHtml(people);
  const parseStart = performance.now();
  const doc = parseHTML(html).document;
  const parseMs = performance.now() - parseStart;
  const url = 'https://directory.example/members';
  const found = extractProspects(doc, url);
  const mfCards = mf2(html, { baseUrl: url }).items.filter((i) =>
    i.type?.includes('h-card'),
  ).length;

  const ours = time(runs, () => extractProspects(doc, url));
  const oursWithParse = time(Math.max(5, Math.floor(runs / 3)), () =>
    extractProspects(parseHTML(html).document, url),
  );
  const reference = time(runs, () => mf2(html, { baseUrl: url }));
  const bundle = await bundleCaptureScript();

  console.log(`Capture benchmark (Node ${process.version}, DOM: linkedom, ${runs} runs, medians)`);
  console.log(
    `  page: ${people} people, ${countNodes(doc)} DOM nodes, ${(html.length / 1024).toFixed(0)} KiB HTML (linkedom parse ${parseMs.toFixed(0)} ms)`,
  );
  console.log(
    `  extractProspects (pre-parsed document): ${ours.toFixed(1)} ms -> ${found.length} people (all formats)`,
  );
  console.log(`  linkedom parse + extractProspects:      ${oursWithParse.toFixed(1)} ms`);
  console.log(
    `  microformats-parser mf2(html):          ${reference.toFixed(1)} ms -> ${mfCards} h-cards (h-card/hCard only; includes its own parse5 parse)`,
  );
  console.log(
    `  ratio microformats-parser / extractProspects: ${(reference / ours).toFixed(2)}x (with our parse: ${(reference / oursWithParse).toFixed(2)}x)`,
  );
  console.log(
    `  injected capture script (esbuild, minified IIFE of src/capture/index.ts): ${(bundle.raw / 1024).toFixed(1)} KiB raw, ${(bundle.gzip / 1024).toFixed(1)} KiB gzip`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main();
