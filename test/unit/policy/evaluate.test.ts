import { describe, expect, it } from 'vitest';
import {
  allowedFields,
  DEFAULT_POLICY,
  evaluateSite,
  hostMatches,
  isLawfulBasisAllowed,
  isSiteAllowed,
  lawfulBasesFor,
  redactionOperators,
  retentionEnd,
  routeFor,
  webmailHandling,
} from '@src/policy';
import { loadExamplePolicy } from './fixtures';

const DAY = 86_400_000;

describe('site rules', () => {
  it('denies sources with visibility restrictions by default, including subdomains', () => {
    expect(evaluateSite(DEFAULT_POLICY, 'https://www.linkedin.com/in/someone')).toEqual({
      allowed: false,
      reason: 'deny-list',
    });
    expect(isSiteAllowed(DEFAULT_POLICY, 'https://linkedin.com/')).toBe(false);
    expect(isSiteAllowed(DEFAULT_POLICY, 'https://example.org/team')).toBe(true);
  });

  it('never matches by substring', () => {
    expect(hostMatches('evil-linkedin.com', 'linkedin.com')).toBe(false);
    expect(hostMatches('linkedin.com.evil.example', 'linkedin.com')).toBe(false);
    expect(hostMatches('a.linkedin.com', '*.linkedin.com')).toBe(true);
    expect(hostMatches('linkedin.com', '*.linkedin.com')).toBe(false);
    expect(hostMatches('LinkedIn.COM.', 'linkedin.com')).toBe(true);
  });

  it('lets deny win over allow and applies the default action', () => {
    const policy = structuredClone(DEFAULT_POLICY);
    policy.sites.defaultAction = 'deny';
    policy.sites.allow = ['example.org', 'linkedin.com'];
    expect(evaluateSite(policy, 'https://shop.example.org')).toEqual({
      allowed: true,
      reason: 'allow-list',
    });
    expect(evaluateSite(policy, 'https://linkedin.com')).toEqual({
      allowed: false,
      reason: 'deny-list',
    });
    expect(evaluateSite(policy, 'https://other.example')).toEqual({
      allowed: false,
      reason: 'default',
    });
  });

  it('refuses pages that are not http(s)', () => {
    expect(evaluateSite(DEFAULT_POLICY, 'file:///etc/passwd')).toEqual({
      allowed: false,
      reason: 'not-http',
    });
    expect(evaluateSite(DEFAULT_POLICY, 'https://[bad')).toEqual({
      allowed: false,
      reason: 'not-http',
    });
  });
});

describe('fields, bases and operators', () => {
  const policy = loadExamplePolicy();

  it('returns allowed fields per jurisdiction, falling back to UNKNOWN', () => {
    expect(allowedFields(policy, 'CN')).toEqual(['name', 'jobTitle', 'organization', 'emails']);
    expect(allowedFields(policy, 'JP')).toEqual(['name', 'jobTitle', 'organization']);
    const noUnknown = structuredClone(policy);
    delete noUnknown.minimisation.allowedFields.UNKNOWN;
    expect(allowedFields(noUnknown, 'JP')).toEqual([]);
  });

  it('answers lawful bases per jurisdiction and purpose; nothing when unlisted', () => {
    expect(lawfulBasesFor(policy, 'UK', 'marketing')).toEqual(['consent']);
    expect(isLawfulBasisAllowed(policy, 'EU', 'sales_prospecting', 'legitimate_interests')).toBe(
      true,
    );
    expect(isLawfulBasisAllowed(policy, 'EU', 'sales_prospecting', 'consent')).toBe(false);
    expect(lawfulBasesFor(policy, 'CN', 'marketing')).toEqual([]);
    expect(lawfulBasesFor(DEFAULT_POLICY, 'EU', 'sales_prospecting')).toEqual([]);
  });

  it('fills operator defaults', () => {
    const operators = redactionOperators(policy);
    expect(operators.IBAN_CODE).toEqual({ operator: 'mask', keepLast: 4, char: '*' });
    expect(operators.LOCATION).toEqual({ operator: 'replace', replacement: '<LOCATION>' });
    expect(operators.PHONE_NUMBER).toEqual({ operator: 'hash' });
    expect(operators.CREDIT_CARD).toEqual({ operator: 'remove' });
    const bare = structuredClone(policy);
    bare.minimisation.redaction = { X_ID: { operator: 'mask' }, Y_ID: { operator: 'replace' } };
    expect(redactionOperators(bare)).toEqual({
      X_ID: { operator: 'mask', keepLast: 0, char: '*' },
      Y_ID: { operator: 'replace', replacement: '<Y_ID>' },
    });
  });

  it('handles personal webmail per jurisdiction', () => {
    expect(webmailHandling(policy, 'EU', 'someone@Gmail.com')).toBe('remove');
    expect(webmailHandling(policy, 'CN', 'someone@qq.com')).toBe('block');
    expect(webmailHandling(policy, 'US-OTHER', 'someone@gmail.com')).toBe('allow');
    expect(webmailHandling(policy, 'JP', 'someone@gmail.com')).toBe('block');
    expect(webmailHandling(policy, 'EU', 'someone@acme-partners.example')).toBe('allow');
  });
});

describe('routing and retention', () => {
  const policy = loadExamplePolicy();

  it('routes leads to the region of their jurisdiction, and nowhere when unrouted', () => {
    const route = routeFor(policy, 'UK');
    expect(route.deliver && route.region).toBe('eu');
    expect(route.deliver && route.encryptionKey.kid).toBe('connector-eu-2026');
    expect(routeFor(policy, 'JP')).toEqual({ deliver: false, reason: 'no-route' });
    expect(routeFor(DEFAULT_POLICY, 'EU')).toEqual({ deliver: false, reason: 'no-route' });
    const missing = structuredClone(policy);
    delete missing.connector.endpoints.cn;
    expect(routeFor(missing, 'CN')).toEqual({ deliver: false, reason: 'no-endpoint' });
    const wiped = structuredClone(policy);
    wiped.remoteWipe.requested = true;
    expect(routeFor(wiped, 'EU')).toEqual({ deliver: false, reason: 'remote-wipe' });
  });

  it('computes retention ends and never extends an existing one', () => {
    const captured = Date.UTC(2026, 0, 1);
    expect(retentionEnd(policy, 'EU', captured)).toEqual({
      held: false,
      deleteAt: captured + 90 * DAY,
    });
    expect(retentionEnd(policy, 'JP', captured)).toEqual({
      held: false,
      deleteAt: captured + 30 * DAY,
    });
    const earlierEnd = captured + 10 * DAY;
    expect(retentionEnd(policy, 'EU', captured, earlierEnd).deleteAt).toBe(earlierEnd);
    const shorter = structuredClone(policy);
    shorter.retention.days.EU = 7;
    expect(retentionEnd(shorter, 'EU', captured, captured + 90 * DAY).deleteAt).toBe(
      captured + 7 * DAY,
    );
  });

  it('suspends deletion under a legal hold', () => {
    const held = structuredClone(policy);
    held.retention.legalHold = { active: true, reason: 'Matter 42' };
    expect(retentionEnd(held, 'EU', 0)).toEqual({
      held: true,
      deleteAt: null,
      reason: 'Matter 42',
    });
  });
});
