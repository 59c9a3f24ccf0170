// Prints per-entity and overall precision, recall and F1 of detect() on the labelled corpus in
// test/corpus/redact/. Run: npx tsx scripts/eval-redact.ts [--errors]
import { evaluate } from '../test/corpus/redact/evaluate';

const result = evaluate();
const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
console.log(`examples: ${result.examples}`);
console.log(
  `${'entity'.padEnd(28)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)}`,
);
for (const [entity, s] of Object.entries(result.perEntity)) {
  console.log(
    `${entity.padEnd(28)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
  );
}
const o = result.overall;
console.log(
  `${'OVERALL (micro)'.padEnd(28)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)} ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`,
);
if (process.argv.includes('--errors')) for (const e of result.errors) console.log(e);
