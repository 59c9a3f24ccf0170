// A/B benchmark: the committed capture engine (git HEAD, or --base REF) against the working tree, in one Chromium page,
// interleaved round by round, after checking both return the same result on the 1,000-person page.
// Also compares renderer CPU time (CDP SystemInfo.getProcessInfo) over alternating blocks of runs: on a
// busy machine CPU time is far steadier than wall time.
// Run: npx tsx bench/capture-ab.ts [--base REF] [--runs 40] [--blocks 12] [--chromium /usr/lib/chromium/chromium]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleIife } from './capture';
import { openDirectoryPage } from './directory-page';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

/** Renderer CPU seconds so far, summed over renderer processes. */
async function rendererCpu(cdp: import('playwright-core').CDPSession): Promise<number> {
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; cpuTime: number }[];
  };
  return info.processInfo
    .filter((p) => p.type === 'renderer')
    .reduce((sum, p) => sum + p.cpuTime, 0);
}

/** Alternating blocks (5 runs each) of HEAD and working tree; CPU ms per run for each. */
async function cpuBlocks(
  browser: Browser,
  page: Page,
  blocks: number,
): Promise<{ before: number; after: number; blocks: number }> {
  const cdp = await browser.newBrowserCDPSession();
  const total = [0, 0];
  for (let b = 0; b < blocks * 2; b += 1) {
    const which = b % 2 === 0 ? 'CaptureBefore' : 'CaptureAfter';
    const start = await rendererCpu(cdp);
    await page.evaluate(
      `for (let i = 0; i < 5; i += 1) ${which}.capturePage(document, location.href)`,
    );
    total[b % 2]! += (await rendererCpu(cdp)) - start;
  }
  return {
    before: (total[0]! * 1000) / (blocks * 5),
    after: (total[1]! * 1000) / (blocks * 5),
    blocks,
  };
}

async function main(): Promise<void> {
  const runs = Number(flag('runs', '40'));
  const base = flag('base', 'HEAD');
  const dir = mkdtempSync(join(tmpdir(), 'capture-ab-'));
  try {
    const headDir = join(dir, 'capture-head');
    mkdirSync(headDir);
    try {
      const files = execFileSync('git', ['ls-tree', '--name-only', base, 'src/capture/'], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter((f) => f.endsWith('.ts'));
      for (const f of files)
        writeFileSync(
          join(headDir, f.split('/').pop()!),
          execFileSync('git', ['show', `${base}:${f}`], { encoding: 'utf8' }),
        );
      const before = (await bundleIife(join(headDir, 'index.ts'), 'CaptureBefore')).code;
      const after = (await bundleIife(join(process.cwd(), 'src/capture/index.ts'), 'CaptureAfter'))
        .code;
      const { browser, page, close } = await openDirectoryPage(
        [before, after],
        flag('chromium', '/usr/lib/chromium/chromium'),
      );
      try {
        const result = await page.evaluate<{
          same: boolean;
          before: number;
          after: number;
          ratio: number;
          bestBefore: number;
          bestAfter: number;
        }>(`(() => {
          const url = location.href;
          const now = new Date(0);
          const a = JSON.stringify(CaptureBefore.capturePage(document, url, now));
          const b = JSON.stringify(CaptureAfter.capturePage(document, url, now));
          const jobs = [() => CaptureBefore.capturePage(document, url), () => CaptureAfter.capturePage(document, url)];
          for (let i = 0; i < 4; i += 1) { jobs[0](); jobs[1](); }
          const t = [[], []];
          const ratios = [];
          for (let r = 0; r < ${runs}; r += 1) {
            const got = [0, 0];
            for (let j = 0; j < 2; j += 1) {
              const k = (r + j) % 2;
              const s = performance.now();
              jobs[k]();
              got[k] = performance.now() - s;
            }
            t[0].push(got[0]); t[1].push(got[1]); ratios.push(got[1] / got[0]);
          }
          const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
          return { same: a === b, before: median(t[0]), after: median(t[1]), ratio: median(ratios),
            bestBefore: Math.min(...t[0]), bestAfter: Math.min(...t[1]) };
        })()`);
        const cpu = await cpuBlocks(browser, page, Number(flag('blocks', '12')));
        console.log(
          `A/B capturePage, ${runs} interleaved rounds, load average ${loadavg()[0]!.toFixed(1)}: ` +
            `same output ${result.same}; ${base} median ${result.before.toFixed(1)} ms (best ${result.bestBefore.toFixed(1)}), ` +
            `working tree median ${result.after.toFixed(1)} ms (best ${result.bestAfter.toFixed(1)}), ` +
            `after/before ${result.ratio.toFixed(3)} (median of per-round ratios)`,
        );
        console.log(
          `  renderer CPU time, ${cpu.blocks} alternating blocks of 5 runs: ${base} ${cpu.before.toFixed(1)} ms/run, ` +
            `working tree ${cpu.after.toFixed(1)} ms/run, after/before ${(cpu.after / cpu.before).toFixed(3)}`,
        );
      } finally {
        await close();
      }
    } finally {
      rmSync(headDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
