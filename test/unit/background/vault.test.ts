import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorText } from '@src/ui/common/error-text';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportAudit, verifyAudit } from '@src/background/audit-handlers';
import { eraseLead, listLeads, saveLead } from '@src/background/lead-handlers';
import { runRetentionSweep } from '@src/background/retention-sweep';
import { auditStore, db } from '@src/background/services';
import { getStatus } from '@src/background/status-handler';
import {
  changeVaultPassphrase,
  checkAutoLock,
  lockVault,
  setUpVault,
  unlock,
  vaultStatus,
} from '@src/background/vault-handlers';
import { ACTIVITY_KEY, requireVaultKey } from '@src/background/vault-key';
import { wipeVault } from '@src/background/wipe';
import type { LeadInput } from '@src/messaging/protocol';
import { DAY_MS } from '@src/retention';
import { LEADS_STORE } from '@src/vault/lead-repository';
import { fakeConnector, type FakeConnector } from './fake-connector';
import { freshWorker, TEST_PASSPHRASE, unlockedVault, DEV_MODE_UK_BASIS } from './helpers';

const PERSON = {
  name: 'Ada Lovelace',
  email: 'ada@meridian-analytics.co.uk',
  phone: '+442079460958',
};

const input: LeadInput = {
  sourceUrl: 'https://meridian-analytics.co.uk/team',
  person: { name: PERSON.name, emails: [PERSON.email], phones: [PERSON.phone], urls: [] },
  provenance: {},
  lawfulBasis: DEV_MODE_UK_BASIS,
};

let fake: FakeConnector;

/** 201 = the connector is up (real app behind a stubbed fetch), 'down' = unreachable. */
function connector(status: number | 'down') {
  fake.mode = status === 201 ? 'up' : status;
}

async function auditTypes(): Promise<string[]> {
  return (await (await auditStore()).list()).map((e) => e.type);
}

beforeEach(async () => {
  fake = await fakeConnector();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('vault set-up, lock and unlock', () => {
  beforeEach(() => freshWorker());

  it('starts new, sets up with a passphrase, creates the device key, and is unlocked', async () => {
    expect(await vaultStatus()).toMatchObject({ state: 'new', minPassphraseLength: 10 });
    expect(await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE })).toMatchObject({
      state: 'unlocked',
    });
    const device = await (await db()).get('keys', 'device');
    expect(device?.privateKey.extractable).toBe(false);
    expect(device?.privateKey.usages).toEqual(['sign']);
    expect(await auditTypes()).toEqual(['unlock']);
    await expect(
      setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'vault_state' });
  });

  it('refuses a passphrase shorter than the minimum and stays new', async () => {
    await expect(setUpVault({ type: 'vault.setup', passphrase: 'short' })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await vaultStatus()).state).toBe('new');
  });

  it('refuses lead handlers with a `locked` error while locked, and unlocks again', async () => {
    await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
    connector(201);
    await saveLead({ type: 'leads.save', lead: input });
    await browser.storage.session.set({ 'capture.drafts.3': { drafts: [] } });
    expect((await lockVault('manual')).state).toBe('locked');
    expect(await browser.storage.session.get(null)).toEqual({});
    const lockedError = await listLeads().catch((error: unknown) => error);
    expect(lockedError).toMatchObject({ code: 'locked' });
    expect(errorText(lockedError, 'zh')).toBe('保险库已锁定。请解锁后继续。');
    expect(errorText(lockedError, 'en')).toBe('The vault is locked. Unlock it to continue.');
    await expect(saveLead({ type: 'leads.save', lead: input })).rejects.toMatchObject({
      code: 'locked',
    });
    // The status (counts only) still works while locked.
    expect((await getStatus()).leads.total).toBe(1);
    await unlock({ type: 'vault.unlock', passphrase: TEST_PASSPHRASE });
    expect((await listLeads())[0]?.person.name).toBe(PERSON.name);
    expect(await auditTypes()).toEqual(
      expect.arrayContaining(['unlock', 'save', 'send', 'delivered', 'lock']),
    );
  });

  it('gives wrong passphrases one opaque error, then a growing delay', async () => {
    await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
    await lockVault();
    const messages: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await unlock({ type: 'vault.unlock', passphrase: `wrong passphrase ${i}` }).catch(
        (error: Error & { code: string }) => {
          expect(error.code).toBe('unlock_failed');
          messages.push(error.message);
        },
      );
    }
    expect(new Set(messages).size).toBe(1);
    await expect(
      unlock({ type: 'vault.unlock', passphrase: 'wrong passphrase 4' }),
    ).rejects.toMatchObject({ code: 'unlock_failed', message: /Next try in 1 s/ });
    // Even the right passphrase waits out the delay.
    await expect(
      unlock({ type: 'vault.unlock', passphrase: TEST_PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'throttled' });
    expect((await vaultStatus()).retryAfterMs).toBeGreaterThan(0);
    expect((await auditTypes()).filter((t) => t === 'unlock_failed')).toHaveLength(5);
  });

  it('counts every failure of attempts sent together, and sets up only once', async () => {
    const setups = await Promise.allSettled([
      setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE }),
      setUpVault({ type: 'vault.setup', passphrase: 'another long passphrase' }),
    ]);
    expect(setups.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    await lockVault();
    await Promise.allSettled(
      [1, 2, 3, 4].map((i) =>
        unlock({ type: 'vault.unlock', passphrase: `wrong passphrase ${i}` }),
      ),
    );
    const lockout = (await (await db()).get('meta', 'vault.lockout'))?.value as {
      failedAttempts: number;
    };
    expect(lockout.failedAttempts).toBe(4);
  });

  it('survives a worker restart while unlocked (key re-imported from session storage)', async () => {
    await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
    connector(201);
    const saved = await saveLead({ type: 'leads.save', lead: input });
    await freshWorker();
    expect((await vaultStatus()).state).toBe('unlocked');
    expect((await listLeads()).map((l) => l.id)).toEqual([saved.id]);
  });

  it('is locked after the browser closes (session storage gone)', async () => {
    await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
    await freshWorker();
    await browser.storage.session.clear();
    expect((await vaultStatus()).state).toBe('locked');
    await expect(requireVaultKey()).rejects.toMatchObject({ code: 'locked' });
  });

  it('locks itself after the idle minutes, from the alarm or on the next request', async () => {
    await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
    expect(await browser.alarms.get('vault.autoLock')).toBeDefined();
    await checkAutoLock();
    expect((await vaultStatus()).state).toBe('unlocked');
    await browser.storage.session.set({ [ACTIVITY_KEY]: Date.now() - 16 * 60_000 });
    await checkAutoLock();
    expect((await vaultStatus()).state).toBe('locked');
    expect(await browser.alarms.get('vault.autoLock')).toBeUndefined();

    await unlock({ type: 'vault.unlock', passphrase: TEST_PASSPHRASE });
    await browser.storage.session.set({ [ACTIVITY_KEY]: Date.now() - 16 * 60_000 });
    await expect(listLeads()).rejects.toMatchObject({ code: 'locked' });
    const locks = (await (await auditStore()).list()).filter((e) => e.type === 'lock');
    expect(locks.map((e) => e.reason)).toEqual(['idle', 'idle']);
  });

  it('changes the passphrase without re-encrypting records', async () => {
    await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
    connector(201);
    const saved = await saveLead({ type: 'leads.save', lead: input });
    const before = await (await db()).get('leads', saved.id);
    await expect(
      changeVaultPassphrase({
        type: 'vault.changePassphrase',
        current: 'not the passphrase',
        next: 'a brand new passphrase',
      }),
    ).rejects.toMatchObject({ code: 'unlock_failed' });
    await changeVaultPassphrase({
      type: 'vault.changePassphrase',
      current: TEST_PASSPHRASE,
      next: 'a brand new passphrase',
    });
    expect(await (await db()).get('leads', saved.id)).toEqual(before);
    await lockVault();
    await expect(
      unlock({ type: 'vault.unlock', passphrase: TEST_PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'unlock_failed' });
    await unlock({ type: 'vault.unlock', passphrase: 'a brand new passphrase' });
    expect((await listLeads())[0]?.id).toBe(saved.id);
  });
});

describe('erase, retention sweep and wipe', () => {
  beforeEach(() => unlockedVault());

  it('erases a person: record, data key and capture drafts, with an erase event', async () => {
    connector(201);
    const saved = await saveLead({ type: 'leads.save', lead: input });
    await browser.storage.session.set({
      'capture.drafts.4': {
        tabId: 4,
        capturedAt: '2026-11-23T10:00:00.000Z',
        drafts: [
          { draftId: 'd0', person: { ...input.person }, provenance: {} },
          {
            draftId: 'd1',
            person: { name: 'Grace Hopper', emails: [], phones: [], urls: [] },
            provenance: {},
          },
        ],
        diagnostics: [],
      },
    });
    expect(await eraseLead({ type: 'leads.erase', id: saved.id })).toEqual({ erased: true });
    const database = await db();
    expect(await database.get('leads', saved.id)).toBeUndefined();
    expect(await database.get('recordKeys', [LEADS_STORE, saved.id])).toBeUndefined();
    const drafts = (await browser.storage.session.get('capture.drafts.4'))['capture.drafts.4'] as {
      drafts: { draftId: string }[];
    };
    expect(drafts.drafts.map((d) => d.draftId)).toEqual(['d1']);
    const erase = (await (await auditStore()).list()).find((e) => e.type === 'erase');
    expect(erase).toMatchObject({ recordId: saved.id, reason: 'user_request' });
    expect(await eraseLead({ type: 'leads.erase', id: saved.id })).toEqual({ erased: false });
  });

  it('sweeps delivered copies after the grace period and anything past its retention end', async () => {
    connector(201);
    const delivered = await saveLead({ type: 'leads.save', lead: input });
    connector('down');
    const pending = await saveLead({ type: 'leads.save', lead: input });
    const now = Date.now();
    expect(await runRetentionSweep(now + 6 * DAY_MS)).toEqual([]);
    expect(await runRetentionSweep(now + 8 * DAY_MS)).toEqual([delivered.id]);
    // The built-in policy keeps records 30 days at most.
    expect(await runRetentionSweep(now + 29 * DAY_MS)).toEqual([]);
    expect(await runRetentionSweep(now + 31 * DAY_MS)).toEqual([pending.id]);
    expect(await (await db()).count('recordKeys')).toBe(0);
    const erases = (await (await auditStore()).list()).filter((e) => e.type === 'erase');
    expect(erases.map((e) => e.reason)).toEqual(['delivery_grace_elapsed', 'retention_expired']);
  });

  it('sweeps while the vault is locked (it never decrypts)', async () => {
    connector(201);
    await saveLead({ type: 'leads.save', lead: input });
    await lockVault();
    expect(await runRetentionSweep(Date.now() + 8 * DAY_MS)).toHaveLength(1);
  });

  it('wipes everything on the policy’s remote wipe and records it', async () => {
    connector(201);
    await saveLead({ type: 'leads.save', lead: input });
    expect(await wipeVault()).toEqual({ shredded: 1 });
    const database = await db();
    expect(await database.count('recordKeys')).toBe(0);
    expect(await database.count('leads')).toBe(0);
    expect(await database.count('keys')).toBe(0);
    expect((await vaultStatus()).state).toBe('new');
    expect((await auditTypes()).at(-1)).toBe('wipe');
    expect((await verifyAudit()).ok).toBe(true);
  });
});

describe('audit trail', () => {
  beforeEach(() => unlockedVault());

  it('verifies, exports JSON Lines, and pinpoints a tampered event', async () => {
    connector(201);
    await saveLead({ type: 'leads.save', lead: input });
    const verified = await verifyAudit();
    expect(verified).toMatchObject({ ok: true, count: 5 });
    const exported = await exportAudit();
    expect(exported.count).toBe(5);
    expect(
      exported.jsonl
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { type: string }).type),
    ).toEqual(['unlock', 'redaction', 'save', 'send', 'delivered']);
    const database = await db();
    const event = await database.get('audit', 1);
    await database.put('audit', { ...event!, type: 'edit' });
    expect(await verifyAudit()).toEqual({ ok: false, index: 1, reason: 'edited' });
  });

  it('never holds personal data in audit events or logs', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
    }
    connector('down');
    const saved = await saveLead({ type: 'leads.save', lead: input });
    connector(422);
    const { retryLead } = await import('@src/background/lead-handlers');
    await retryLead({ type: 'leads.retry', id: saved.id });
    await eraseLead({ type: 'leads.erase', id: saved.id });
    await lockVault();
    await unlock({ type: 'vault.unlock', passphrase: 'wrong passphrase!' }).catch(() => undefined);
    const trail = (await exportAudit()).jsonl + JSON.stringify(await (await db()).getAll('meta'));
    for (const value of [PERSON.name, PERSON.email, PERSON.phone, 'meridian', TEST_PASSPHRASE]) {
      expect(trail).not.toContain(value);
      expect(logged.join('\n')).not.toContain(value);
    }
    vi.restoreAllMocks();
  });

  it('alerts once when failed unlocks cross the threshold (notification + alert event)', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await lockVault();
    for (let i = 0; i < 6; i += 1) {
      await unlock({ type: 'vault.unlock', passphrase: `wrong passphrase ${i}` }).catch(
        () => undefined,
      );
    }
    const alerts = (await (await auditStore()).list()).filter((e) => e.type === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ alertKind: 'failed_unlocks', count: 6, threshold: 5 });
    expect(notify).toHaveBeenCalledOnce();
  });

  it('alerts when captures per hour cross the threshold', async () => {
    const { recordAudit } = await import('@src/background/audit-service');
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await recordAudit({ type: 'capture', count: 40 });
    expect(notify).not.toHaveBeenCalled();
    await recordAudit({ type: 'capture', count: 21 });
    await recordAudit({ type: 'capture', count: 5 });
    const alerts = (await (await auditStore()).list()).filter((e) => e.type === 'alert');
    expect(alerts).toEqual([
      expect.objectContaining({ alertKind: 'captures_per_hour', count: 61, threshold: 60 }),
    ]);
    expect(notify).toHaveBeenCalledOnce();
    expect(JSON.stringify(notify.mock.calls[0])).not.toContain('Ada');
  });
});
