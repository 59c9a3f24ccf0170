import { describe, expect, it } from 'vitest';
import { buildRopa, renderRopaMarkdown } from '@src/admin/ropa';
import { DEFAULT_POLICY } from '@src/policy';
import { loadExamplePolicy } from '../policy/fixtures';

const NOW = Date.UTC(2026, 10, 23);

describe('record of processing (Art. 30)', () => {
  it('fills every Art. 30(1) heading from the policy', () => {
    const entry = buildRopa(loadExamplePolicy(), NOW);
    expect(entry.controller).toMatchObject({
      name: 'Acme GmbH',
      contact: 'privacy@acme.example',
      euRepresentative: 'None designated in the policy',
    });
    expect(entry.jurisdictions).toEqual(['EU', 'UK', 'US-CA', 'US-OTHER', 'CN']);
    expect(entry.purposes[0]!.lawfulBases).toContainEqual({
      jurisdiction: 'EU',
      bases: ['Legitimate interests (GDPR Art. 6(1)(f))'],
    });
    expect(entry.purposes[0]!.lawfulBases).toContainEqual({
      jurisdiction: 'US-CA',
      bases: [
        'Legitimate interests',
        'Business contact information exemption (PIPEDA / PDPA style)',
      ],
    });
    expect(entry.purposes[0]!.legitimateInterestAssessments).toEqual([
      'B2B prospecting of business contacts (approved by Data Protection Officer on 2026-10-01)',
    ]);
    expect(entry.personalData.find((item) => item.jurisdiction === 'CN')?.categories).toEqual([
      'name',
      'job title',
      'employer / organisation',
      'business email addresses',
    ]);
    expect(entry.transfers).toContainEqual({
      jurisdiction: 'CN',
      destination: expect.stringContaining("region 'cn'") as string,
    });
    expect(entry.retention).toContainEqual({ jurisdiction: 'EU', days: 90 });
    expect(entry.securityMeasures[0]).toContain('15 minutes');
    const markdown = renderRopaMarkdown(entry);
    for (const heading of [
      '## (a) Controller',
      '## (b) Purposes',
      '## (c) Data subjects',
      '## (d) Recipients',
      '## (e) Transfers',
      '## (f) Time limits',
      '## (g) Technical',
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('acme-sales version 3 (generated 2026-11-23T00:00:00.000Z)');
  });

  it('says plainly when the built-in defaults allow no processing', () => {
    const entry = buildRopa(DEFAULT_POLICY, NOW);
    expect(entry.controller.name).toBe('To be completed by the controller');
    expect(entry.jurisdictions).toEqual([]);
    expect(entry.transfers).toEqual([]);
    expect(renderRopaMarkdown(entry)).toContain('no jurisdiction (nothing may be processed)');
  });

  it('records an active legal hold and unblocked special categories', () => {
    const policy = structuredClone(loadExamplePolicy());
    policy.retention.legalHold = { active: true, reason: 'Matter 7' };
    policy.minimisation.blockSpecialCategories = false;
    const entry = buildRopa(policy, NOW);
    expect(entry.legalHold).toBe('Active: Matter 7 (deletion suspended)');
    expect(entry.specialCategories).toMatch(/Art\. 9/);
  });
});
