// A/B benchmark for detect(): the working tree's src/redact against the same folder at a git revision
// (default HEAD), each loaded as its own module graph, on the 8 MB benchmark text. Interleaved rounds, CPU
// time, median of per-round ratios; also checks that both return identical findings. Two graphs matter:
// variants that share modules (or a hot call site) in one process pollute each other's type feedback and
// showed 10-15% differences that vanished here. Identical code measures 0.93-1.02 on the shared machine.
// Run: npx tsx bench/redact-ab.ts [revision] [rounds]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detect as detectHere } from '../src/redact/index';
import { benchmarkText } from './redact-text';

type Detect = typeof detectHere;

const revision = process.argv[2] ?? 'HEAD';
const rounds = Number(process.argv[3] ?? 15);
const root = resolve(import.meta.dirname, '..');

const base = mkdtempSync(join(tmpdir(), 'redact-ab-'));
try {
  const archive = execFileSync('git', ['-C', root, 'archive', revision, 'src/redact']);
  execFileSync('tar', ['-x', '-C', base], { input: archive });
  writeFileSync(join(base, 'package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'));
  const module = (await import(pathToFileURL(join(base, 'src/redact/index.ts')).href)) as {
    detect: Detect;
  };
  run(module.detect);
} finally {
  rmSync(base, { recursive: true, force: true });
}

function run(detectThere: Detect): void {
  const text = benchmarkText(8 * 1024 * 1024);
  const same = JSON.stringify(detectHere(text)) === JSON.stringify(detectThere(text));
  const cpu = (): number => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const median = (v: readonly number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  const there: number[] = [];
  const here: number[] = [];
  const trivial: number[] = [];
  for (let round = 0; round < rounds + 3; round++) {
    let t = cpu();
    detectThere(text);
    const a = cpu() - t;
    t = cpu();
    detectHere(text);
    const b = cpu() - t;
    t = cpu();
    const re = /\d/g;
    while (re.exec(text) !== null);
    const c = cpu() - t;
    if (round < 3) continue; // warm-up
    there.push(a);
    here.push(b);
    trivial.push(c);
  }
  const ratio = median(here.map((b, i) => b / there[i]!));
  console.log(
    `${revision}: ${median(there).toFixed(0)} ms; working tree: ${median(here).toFixed(0)} ms; ` +
      `working tree / ${revision}: ${ratio.toFixed(3)} (median of ${here.length} per-round ratios); ` +
      `trivial regex ${median(trivial).toFixed(0)} ms; findings identical: ${same ? 'yes' : 'NO'}`,
  );
}
