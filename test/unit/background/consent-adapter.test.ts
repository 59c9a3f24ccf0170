import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  policyHash,
  requiresSeparateConsent,
  toConsentBasis,
  toConsentPolicy,
} from '@src/background/consent-adapter';
import { offeredBases, policyBasesFor } from '@src/consent';
import { DEFAULT_POLICY, type Policy } from '@src/policy';

const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as Policy;

describe('consent adapter', () => {
  it('maps the controller, purposes, bases, retention and versions', async () => {
    const cp = await toConsentPolicy(ACME, 'EU');
    expect(cp.version).toBe('acme-sales@3');
    expect(cp.noticeTemplateVersion).toBe('acme-sales@3');
    expect(cp.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cp.controllers).toEqual([
      {
        name: 'Acme GmbH',
        address: 'Beispielstrasse 1, 10115 Berlin, Germany',
        email: 'privacy@acme.example',
        country: 'DE',
        timeZone: 'Europe/Berlin',
        url: 'https://acme.example/privacy',
        dpoEmail: 'dpo@acme.example',
      },
    ]);
    expect(cp.purposes[0]).toMatchObject({
      id: 'sales_prospecting',
      piiCategories: ['name', 'jobTitle', 'organization', 'emails', 'phones', 'urls', 'country'],
    });
    expect(cp.purposes[0]?.description.zh).toContain('商务联系方式');
    expect(cp.retentionDays).toBe(90);
    expect((await toConsentPolicy(ACME, 'JP')).retentionDays).toBe(30);
    expect(cp.allowSpecialCategories).toBe(false);
    expect(policyBasesFor(cp, 'EU', 'sales_prospecting')).toEqual(['legitimate_interests']);
    expect(offeredBases(cp, 'EU', 'marketing').map((b) => b.basis)).toEqual(['consent']);
  });

  it('maps the PIPL basis ids onto consent and flags separate consent', async () => {
    expect(toConsentBasis('pipl_consent')).toBe('consent');
    expect(toConsentBasis('pipl_separate_consent')).toBe('consent');
    const cp = await toConsentPolicy(ACME, 'CN');
    expect(policyBasesFor(cp, 'CN', 'sales_prospecting')).toEqual(['consent']);
    expect(requiresSeparateConsent(ACME, 'CN', 'sales_prospecting')).toBe(true);
    expect(requiresSeparateConsent(ACME, 'EU', 'sales_prospecting')).toBe(false);
  });

  it('gives no controller when the policy names none (the record then cannot be made)', async () => {
    const cp = await toConsentPolicy(DEFAULT_POLICY, 'EU');
    expect(cp.controllers).toEqual([]);
    expect(cp.allowedBases).toEqual({});
    const noCountry = { ...ACME, controller: { ...ACME.controller!, country: undefined } };
    expect((await toConsentPolicy(noCountry as Policy, 'EU')).controllers).toEqual([]);
  });

  it('defaults the time zone to UTC and hashes the canonical policy', async () => {
    const controller = { ...ACME.controller!, timeZone: undefined };
    const cp = await toConsentPolicy({ ...ACME, controller }, 'EU');
    expect(cp.controllers[0]?.timeZone).toBe('UTC');
    const reverse = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reverse(v)]),
          )
        : value;
    const reordered = reverse(ACME) as Policy;
    expect(await policyHash(reordered)).toBe(await policyHash(ACME));
    expect(await policyHash({ ...ACME, version: 4 })).not.toBe(await policyHash(ACME));
  });
});
