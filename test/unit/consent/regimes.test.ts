import { describe, expect, it } from 'vitest';
import {
  BASIS_IDS,
  JURISDICTION_IDS,
  TRANSFER_MECHANISMS,
  type KnownJurisdictionId,
} from '@src/consent/ids';
import { offeredBases, policyBasesFor } from '@src/consent/offered-bases';
import {
  KNOWN_REGIMES,
  OTHER_US_STATE_LAWS,
  REGIMES,
  STRICTEST_REGIME,
} from '@src/consent/regimes/index';
import type { LegalReference } from '@src/consent/rule-set';
import { permissivePolicy } from './fixtures';

const hasReference = (ref: LegalReference) =>
  ref.law.trim().length > 0 && ref.article.trim().length > 0;

describe('regime data', () => {
  it('covers every jurisdiction id with a rule set of the same id', () => {
    for (const id of JURISDICTION_IDS) expect(REGIMES[id].id).toBe(id);
  });

  it.each(Object.keys(KNOWN_REGIMES) as KnownJurisdictionId[])(
    '%s: every rule carries a legal reference and valid ids',
    (id) => {
      const r = KNOWN_REGIMES[id];
      expect(r.allowedBases.length).toBeGreaterThan(0);
      for (const b of r.allowedBases) {
        expect(BASIS_IDS).toContain(b.basis);
        expect(hasReference(b.reference)).toBe(true);
      }
      expect(new Set(r.allowedBases.map((b) => b.basis)).size).toBe(r.allowedBases.length);
      expect(hasReference(r.notice.reference)).toBe(true);
      for (const e of r.notice.exemptions) expect(hasReference(e.reference)).toBe(true);
      expect(hasReference(r.sensitiveData.reference)).toBe(true);
      for (const c of r.sensitiveData.conditions) expect(hasReference(c.reference)).toBe(true);
      expect(hasReference(r.crossBorder.reference)).toBe(true);
      for (const m of r.crossBorder.mechanisms) expect(TRANSFER_MECHANISMS).toContain(m);
      expect(hasReference(r.retention.reference)).toBe(true);
      expect(r.retention.defaultDays).toBeGreaterThan(0);
      expect(hasReference(r.rightsReference)).toBe(true);
      for (const text of [r.name, r.complaintAuthority, r.rights]) {
        expect(text.en.length).toBeGreaterThan(3);
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      }
      if (r.allowedBases.some((b) => b.basis === 'business_contact'))
        expect(r.businessContactExemption).not.toBeNull();
    },
  );

  it('encodes the key differences between regimes', () => {
    expect(KNOWN_REGIMES.EU.notice.deadline).toEqual({
      kind: 'calendar-months',
      months: 1,
      earlierOnContact: true,
    });
    expect(KNOWN_REGIMES.EU.notice.exemptions.map((e) => e.reference.article)).toEqual([
      'Art. 14(5)(a)',
      'Art. 14(5)(b)',
      'Art. 14(5)(c)',
      'Art. 14(5)(d)',
    ]);
    expect(KNOWN_REGIMES.CH.notice.reference.article).toBe('Art. 19(5)');
    expect(KNOWN_REGIMES.CN.crossBorder.separateConsentRequired).toBe(true);
    expect(KNOWN_REGIMES.CN.allowedBases.map((b) => b.basis)).not.toContain('legitimate_interests');
    expect(KNOWN_REGIMES.CA.businessContactExemption?.reference.article).toBe('s. 4.01');
    expect(KNOWN_REGIMES['US-CA'].notice.noticeAtCollectionRequired).toBe(true);
    expect(KNOWN_REGIMES['US-CA'].businessContactExemption).toBeNull();
    expect(KNOWN_REGIMES['US-OTHER'].relatedLaws).toBe(OTHER_US_STATE_LAWS);
    expect(OTHER_US_STATE_LAWS.length).toBeGreaterThan(10);
  });

  it('UNKNOWN is the strictest: only bases every regime has, shortest retention, separate consent for transfers', () => {
    const known = Object.values(KNOWN_REGIMES);
    for (const b of STRICTEST_REGIME.allowedBases) {
      for (const r of known) expect(r.allowedBases.map((x) => x.basis)).toContain(b.basis);
    }
    expect(STRICTEST_REGIME.allowedBases.map((b) => b.basis).sort()).toEqual([
      'consent',
      'legal_obligation',
      'vital_interests',
    ]);
    expect(
      STRICTEST_REGIME.allowedBases.find((b) => b.basis === 'consent')?.requiresExplicitConsent,
    ).toBe(true);
    expect(STRICTEST_REGIME.retention.defaultDays).toBe(
      Math.min(...known.map((r) => r.retention.defaultDays)),
    );
    expect(STRICTEST_REGIME.crossBorder).toMatchObject({
      separateConsentRequired: true,
      freeDestinations: [],
    });
    expect(STRICTEST_REGIME.businessContactExemption).toBeNull();
    for (const r of known)
      for (const c of r.sensitiveData.categories)
        expect(STRICTEST_REGIME.sensitiveData.categories).toContain(c);
  });
});

describe('offered bases', () => {
  it('offers the regime bases the policy allows, in the regime order', () => {
    const policy = permissivePolicy({
      allowedBases: {
        EU: { prospecting: ['legitimate_interests', 'consent', 'business_contact'] },
      },
    });
    expect(offeredBases(policy, 'EU', 'prospecting').map((b) => b.basis)).toEqual([
      'consent',
      'legitimate_interests',
    ]);
    expect(offeredBases(policy, 'EU', 'newsletter')).toEqual([]);
    expect(offeredBases(policy, 'CN', 'prospecting')).toEqual([]);
  });

  it('UNKNOWN: an explicit policy entry, else the intersection of the policy entries for the purpose', () => {
    const policy = permissivePolicy({
      allowedBases: {
        EU: { prospecting: ['consent', 'legal_obligation', 'contract'] },
        UK: { prospecting: ['consent', 'legal_obligation'] },
        CN: { newsletter: ['consent'] },
      },
    });
    expect(policyBasesFor(policy, 'UNKNOWN', 'prospecting')).toEqual([
      'consent',
      'legal_obligation',
    ]);
    expect(policyBasesFor(policy, 'UNKNOWN', 'other')).toEqual([]);
    expect(offeredBases(policy, 'UNKNOWN', 'prospecting').map((b) => b.basis)).toEqual([
      'consent',
      'legal_obligation',
    ]);
    const explicit = permissivePolicy({
      allowedBases: {
        UNKNOWN: { prospecting: ['consent'] },
        EU: { prospecting: ['legal_obligation'] },
      },
    });
    expect(policyBasesFor(explicit, 'UNKNOWN', 'prospecting')).toEqual(['consent']);
  });
});
