// Profiling harness: runs detect() over the benchmark text repeatedly (for node --cpu-prof) and prints the
// median CPU time per pass next to the trivial regex. Run: npx tsx bench/redact-profile.ts [passes]
import { detect } from '../src/redact/index';
import { benchmarkText } from './redact-text';

const text = benchmarkText(8 * 1024 * 1024);
const passes = Number(process.argv[2] ?? 10);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const min = (v: number[]): number => Math.min(...v);
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
const trivial: number[] = [];
const ours: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < passes; i++) {
  const t0 = cpuMs();
  const re = /\d/g;
  while (re.exec(text) !== null);
  const t1 = cpuMs();
  detect(text);
  const t2 = cpuMs();
  if (i < 2) continue; // warm-up
  trivial.push(t1 - t0);
  ours.push(t2 - t1);
  ratios.push((t1 - t0) / (t2 - t1));
}
console.log(
  `trivial ${median(trivial).toFixed(0)} ms, detect ${median(ours).toFixed(0)} ms, ` +
    `ratio ${(median(ratios) * 100).toFixed(1)}% (CPU time, medians of ${ratios.length}); ` +
    `min detect ${min(ours).toFixed(0)} ms, min trivial ${min(trivial).toFixed(0)} ms`,
);
