// Platform-free vault benchmark core (Node via bench/vault.ts, or bundled into a Chromium page):
// records sealed/opened per second (2 KB), envelopes sealed/opened per second, each beside raw
// AES-GCM on the same bytes in alternating rounds of the same run (ratio = median of per-round
// ratios), and the unlock (PBKDF2) time. No Node built-ins; never asserts timings.

import { generateKeyPair } from 'jose';
import { openRecord, sealRecord, type SealedRecord } from '@src/vault/crypto/record';
import { createDeviceIdentity } from '@src/vault/envelope/device-identity';
import { openEnvelope } from '@src/vault/envelope/open-envelope';
import { sealEnvelope } from '@src/vault/envelope/seal-envelope';
import { createVault, unlockVault } from '@src/vault/lock/vault-lifecycle';

export type VaultBenchOptions = {
  /** Approximate JSON size of one record/lead. Default 2048. */
  readonly recordBytes?: number;
  /** Operations per timed round for records and raw AES-GCM. Default 400. */
  readonly recordOps?: number;
  /** Operations per timed round for envelopes. Default 100. */
  readonly envelopeOps?: number;
  /** Timed rounds (median taken). Default 5. */
  readonly rounds?: number;
  /** PBKDF2 iterations for the unlock timing. Default 600,000 (production). */
  readonly kdfIterations?: number;
  /** Unlock timings (median taken). Default 3. */
  readonly unlockRuns?: number;
};

export type Throughput = { readonly opsPerSecond: number; readonly ratioToRawAesGcm: number };

export type VaultBenchResults = {
  readonly recordBytes: number;
  readonly rounds: number;
  readonly rawAesGcmEncryptPerSecond: number;
  readonly rawAesGcmDecryptPerSecond: number;
  readonly sealRecord: Throughput;
  readonly openRecord: Throughput;
  readonly sealEnvelope: Throughput;
  readonly openEnvelope: Throughput;
  readonly kdfIterations: number;
  readonly unlockMedianMs: number;
  readonly createVaultMs: number;
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function opsPerSecond(ops: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < ops; i += 1) await run(i);
  return (ops * 1000) / (performance.now() - start);
}

type Op = (i: number) => Promise<unknown>;

/**
 * Runs `subject` and its raw AES-GCM `baseline` in alternating rounds (so machine noise hits
 * both alike) and returns medians of each and of the per-round ratio.
 */
async function pairedRounds(
  rounds: number,
  ops: number,
  baselineOps: number,
  subject: Op,
  baseline: Op,
): Promise<Throughput & { readonly baselinePerSecond: number }> {
  await opsPerSecond(Math.min(ops, 20), subject); // warm-up
  await opsPerSecond(Math.min(baselineOps, 20), baseline);
  const subjectRates: number[] = [];
  const baselineRates: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const base = await opsPerSecond(baselineOps, baseline);
    const rate = await opsPerSecond(ops, subject);
    baselineRates.push(base);
    subjectRates.push(rate);
    ratios.push(rate / base);
  }
  return {
    opsPerSecond: median(subjectRates),
    ratioToRawAesGcm: median(ratios),
    baselinePerSecond: median(baselineRates),
  };
}

function makeLead(bytes: number): Record<string, string> {
  const base = { name: 'Test Person', email: 'person@example.org', company: 'Example Ltd' };
  const overhead = JSON.stringify({ ...base, notes: '' }).length;
  return { ...base, notes: 'n'.repeat(Math.max(0, bytes - overhead)) };
}

export async function runVaultBench(options: VaultBenchOptions = {}): Promise<VaultBenchResults> {
  const recordBytes = options.recordBytes ?? 2048;
  const recordOps = options.recordOps ?? 400;
  const envelopeOps = options.envelopeOps ?? 100;
  const rounds = options.rounds ?? 5;
  const kdfIterations = options.kdfIterations ?? 600_000;
  const unlockRuns = options.unlockRuns ?? 3;
  const subtle = globalThis.crypto.subtle;
  // The flag only matters if a caller asks for fewer than 600,000 iterations (quick runs).
  const kdf = { iterations: kdfIterations, unsafeAllowWeakIterationsForTests: true };
  const passphrase = 'benchmark passphrase';

  const createStart = performance.now();
  const { vaultKey, header } = await createVault(passphrase, kdf);
  const createVaultMs = performance.now() - createStart;
  const unlockTimes: number[] = [];
  for (let i = 0; i < unlockRuns; i += 1) {
    const start = performance.now();
    await unlockVault(passphrase, header, kdf);
    unlockTimes.push(performance.now() - start);
  }

  const lead = makeLead(recordBytes);
  const plaintext = new TextEncoder().encode(JSON.stringify(lead));
  const rawKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const rawIv = new Uint8Array(12);
  const rawCt = await subtle.encrypt({ name: 'AES-GCM', iv: rawIv }, rawKey, plaintext);
  const rawEncrypt: Op = () => {
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    return subtle.encrypt({ name: 'AES-GCM', iv }, rawKey, plaintext);
  };
  const rawDecrypt: Op = () => subtle.decrypt({ name: 'AES-GCM', iv: rawIv }, rawKey, rawCt);

  const where = { store: 'leads', id: 'bench-record', schemaVersion: 1 };
  const seal = await pairedRounds(
    rounds,
    recordOps,
    recordOps,
    () => sealRecord(vaultKey, where, lead),
    rawEncrypt,
  );
  const sealed: SealedRecord = await sealRecord(vaultKey, where, lead);
  const open = await pairedRounds(
    rounds,
    recordOps,
    recordOps,
    () => openRecord(vaultKey, sealed, where),
    rawDecrypt,
  );

  const device = await createDeviceIdentity();
  const connectorPair = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256' });
  const connector = { publicKey: connectorPair.publicKey, kid: 'bench-connector-key' };
  const sealEnv = await pairedRounds(
    rounds,
    envelopeOps,
    recordOps,
    () => sealEnvelope({ lead, device, connector }),
    rawEncrypt,
  );
  const { jwe } = await sealEnvelope({ lead, device, connector });
  const openEnv = await pairedRounds(
    rounds,
    envelopeOps,
    recordOps,
    () => openEnvelope(jwe, connectorPair.privateKey, () => device.publicKey),
    rawDecrypt,
  );

  return {
    recordBytes: plaintext.byteLength,
    rounds,
    rawAesGcmEncryptPerSecond: median([seal.baselinePerSecond, sealEnv.baselinePerSecond]),
    rawAesGcmDecryptPerSecond: median([open.baselinePerSecond, openEnv.baselinePerSecond]),
    sealRecord: { opsPerSecond: seal.opsPerSecond, ratioToRawAesGcm: seal.ratioToRawAesGcm },
    openRecord: { opsPerSecond: open.opsPerSecond, ratioToRawAesGcm: open.ratioToRawAesGcm },
    sealEnvelope: {
      opsPerSecond: sealEnv.opsPerSecond,
      ratioToRawAesGcm: sealEnv.ratioToRawAesGcm,
    },
    openEnvelope: {
      opsPerSecond: openEnv.opsPerSecond,
      ratioToRawAesGcm: openEnv.ratioToRawAesGcm,
    },
    kdfIterations,
    unlockMedianMs: median(unlockTimes),
    createVaultMs,
  };
}
