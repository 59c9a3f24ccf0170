import { describe, expect, it } from 'vitest';
import { auditEventsFor, policyHeaderView, resolvePolicy, settingsView } from '@src/policy';
import { loadExamplePolicy } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 12);

describe('settings view', () => {
  it('marks administrator settings as managed and shows what the user tightened', () => {
    const resolved = resolvePolicy({
      managed: { policy: loadExamplePolicy() },
      userPrefs: { autoLockMinutes: 2, deniedSites: ['example.org'] },
      now: NOW,
    });
    const view = Object.fromEntries(settingsView(resolved).map((item) => [item.id, item]));
    expect(view['vault.autoLockMinutes']).toEqual({
      id: 'vault.autoLockMinutes',
      label: 'Vault locks after',
      value: '2 minutes',
      managed: true,
      locked: true,
      tightenedByUser: true,
    });
    expect(view['sites.deny']?.value).toBe(
      'linkedin.com, facebook.com, instagram.com, xing.com, example.org',
    );
    expect(view['sites.deny']?.tightenedByUser).toBe(true);
    expect(view['retention']?.tightenedByUser).toBe(false);
    expect(view['connector.routing']?.value).toBe('EU, UK, US-CA, US-OTHER, CN');
    expect(policyHeaderView(resolved)).toEqual({
      policyId: 'acme-sales',
      version: 3,
      source: 'managed',
      appliedAt: NOW,
      problems: 0,
    });
  });

  it('shows built-in defaults as not managed, and says leads stay on the device', () => {
    const view = settingsView(resolvePolicy({ now: NOW }));
    expect(view.every((item) => !item.managed && item.locked)).toBe(true);
    expect(view.find((item) => item.id === 'connector.routing')?.value).toBe(
      'no region (leads stay on this device)',
    );
  });
});

describe('auditEventsFor', () => {
  it('emits an applied event on change and problem events only when the problem set changes', () => {
    const first = resolvePolicy({ managed: { policy: '{' }, now: NOW });
    const a = auditEventsFor(null, first, 'start', NOW, '');
    expect(a.events.map((event) => event.type)).toEqual([
      'policy-applied',
      'policy-problem',
      'policy-problem',
    ]);
    const again = auditEventsFor(
      first,
      resolvePolicy({ managed: { policy: '{' }, now: NOW }),
      'poll',
      NOW,
      a.problemFingerprint,
    );
    expect(again).toEqual({ changed: false, events: [], problemFingerprint: a.problemFingerprint });
    const fixed = auditEventsFor(
      first,
      resolvePolicy({ managed: { policy: loadExamplePolicy() }, now: NOW }),
      'managed-changed',
      NOW,
      a.problemFingerprint,
    );
    expect(fixed.events).toEqual([
      {
        type: 'policy-applied',
        at: NOW,
        trigger: 'managed-changed',
        policyId: 'acme-sales',
        version: 3,
        source: 'managed',
      },
    ]);
    expect(fixed.problemFingerprint).toBe('');
  });
});
