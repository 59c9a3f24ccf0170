// Node runner for the vault benchmark: `npx tsx bench/vault.ts [--quick]`. Prints figures only;
// must never assert timings or write files.
import { runVaultBench, type Throughput } from './vault-core';

const quick = process.argv.includes('--quick');
const results = await runVaultBench(
  quick ? { recordOps: 100, envelopeOps: 30, rounds: 3, unlockRuns: 1 } : {},
);

const fmt = (n: number): string => n.toFixed(0).padStart(8);
const line = (label: string, t: Throughput): string =>
  `${label.padEnd(28)} ${fmt(t.opsPerSecond)} ops/s   ${(t.ratioToRawAesGcm * 100).toFixed(1).padStart(5)}% of raw AES-GCM`;

console.log(
  `Vault benchmark (Node ${process.version}, ${results.recordBytes}-byte records, median of ${results.rounds} rounds)`,
);
console.log(`${'raw AES-GCM encrypt'.padEnd(28)} ${fmt(results.rawAesGcmEncryptPerSecond)} ops/s`);
console.log(`${'raw AES-GCM decrypt'.padEnd(28)} ${fmt(results.rawAesGcmDecryptPerSecond)} ops/s`);
console.log(line('sealRecord', results.sealRecord));
console.log(line('openRecord', results.openRecord));
console.log(line('sealEnvelope (sign+encrypt)', results.sealEnvelope));
console.log(line('openEnvelope (decrypt+verify)', results.openEnvelope));
console.log(
  `unlock (PBKDF2-SHA-256 × ${results.kdfIterations}): median ${results.unlockMedianMs.toFixed(0)} ms; createVault ${results.createVaultMs.toFixed(0)} ms`,
);
