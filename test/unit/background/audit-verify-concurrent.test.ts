// Verifying the audit trail while events are being appended never reports a false break: the events
// and the chain head are read together.
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '@src/background/audit-handlers';
import { recordAudit } from '@src/background/audit-service';
import { unlockedVault } from './helpers';

beforeEach(unlockedVault);

describe('audit verification during appends', () => {
  it('is ok at every moment while twenty events are appended', async () => {
    const appends: Promise<unknown>[] = [];
    const checks: Promise<Awaited<ReturnType<typeof verifyAudit>>>[] = [];
    for (let i = 0; i < 20; i += 1) {
      appends.push(recordAudit({ type: 'export', count: i, reason: 'user_request' }));
      checks.push(verifyAudit());
    }
    await Promise.all(appends);
    const results = await Promise.all(checks);
    for (const result of results) expect(result).toMatchObject({ ok: true });
    expect(await verifyAudit()).toMatchObject({ ok: true, count: expect.any(Number) as unknown });
  });
});
