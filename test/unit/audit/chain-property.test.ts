import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@src/audit/event-schema';
import { verifyChain } from '@src/audit/verify-chain';
import { buildChain, sampleInputs } from './helpers';

const chain = await buildChain(sampleInputs(10));

describe('verifyChain pinpoints tampering (property)', () => {
  it('edit, delete, swap and truncate are reported at the right index', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('edit', 'delete', 'swap', 'truncate'),
        fc.integer({ min: 0, max: 8 }),
        async (operation, index) => {
          const events: AuditEvent[] = [...chain.events];
          let expected: { index: number; reason: string };
          switch (operation) {
            case 'edit':
              events[index] = { ...events[index]!, count: (events[index]!.count ?? 0) + 1 };
              expected = { index, reason: 'edited' };
              break;
            case 'delete':
              events.splice(index, 1);
              expected = { index, reason: 'missing' };
              break;
            case 'swap':
              [events[index], events[index + 1]] = [events[index + 1]!, events[index]!];
              expected = { index, reason: 'reordered' };
              break;
            default:
              events.length = index + 1;
              expected = { index: index + 1, reason: 'truncated' };
          }
          const result = await verifyChain(events, chain.head);
          expect(result).toEqual({ ok: false, ...expected });
        },
      ),
      { numRuns: 80 },
    );
  });
});
