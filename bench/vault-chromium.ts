// Chromium runner for the vault benchmark: `npx tsx bench/vault-chromium.ts [--quick]`.
// Bundles bench/vault-core.ts with esbuild into a page served on 127.0.0.1 (a secure context for
// WebCrypto), runs it in headless Chromium via playwright-core, and prints the figures.
// Must never assert timings or write files outside a temporary directory.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Throughput, VaultBenchOptions, VaultBenchResults } from './vault-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const quick = process.argv.includes('--quick');
const options: VaultBenchOptions = quick
  ? { recordOps: 100, envelopeOps: 30, rounds: 3, unlockRuns: 1 }
  : {};

const bundle = await build({
  stdin: {
    contents:
      "import { runVaultBench } from './vault-core';\n(globalThis as { runVaultBench?: unknown }).runVaultBench = runVaultBench;",
    resolveDir: fileURLToPath(new URL('.', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  write: false,
  alias: { '@src': fileURLToPath(new URL('../src', import.meta.url)) },
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]!.text;

const server = createServer((req, res) => {
  if (req.url === '/bench.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(script);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<!doctype html><title>vault bench</title><script src="/bench.js"></script>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const version = browser.version();
  const results = await page.evaluate(
    (opts) =>
      (
        globalThis as unknown as {
          runVaultBench: (o: VaultBenchOptions) => Promise<VaultBenchResults>;
        }
      ).runVaultBench(opts),
    options,
  );
  const fmt = (n: number): string => n.toFixed(0).padStart(8);
  const line = (label: string, t: Throughput): string =>
    `${label.padEnd(30)} ${fmt(t.opsPerSecond)} ops/s   ${(t.ratioToRawAesGcm * 100).toFixed(1).padStart(5)}% of raw AES-GCM`;
  console.log(
    `Vault benchmark in Chromium ${version} (headless), ${results.recordBytes}-byte records, median of ${results.rounds} rounds`,
  );
  console.log(
    `${'raw AES-GCM encrypt'.padEnd(30)} ${fmt(results.rawAesGcmEncryptPerSecond)} ops/s`,
  );
  console.log(
    `${'raw AES-GCM decrypt'.padEnd(30)} ${fmt(results.rawAesGcmDecryptPerSecond)} ops/s`,
  );
  console.log(line('sealRecord', results.sealRecord));
  console.log(line('openRecord', results.openRecord));
  console.log(line('sealEnvelope (sign+encrypt)', results.sealEnvelope));
  console.log(line('openEnvelope (decrypt+verify)', results.openEnvelope));
  console.log(
    `unlock (PBKDF2-SHA-256 × ${results.kdfIterations}): median ${results.unlockMedianMs.toFixed(0)} ms; createVault ${results.createVaultMs.toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  server.close();
}
