import { describe, expect, it } from 'vitest';
import { buildLawfulBasisRecord } from '@src/consent/build-receipt';
import { decideJurisdiction } from '@src/consent/jurisdiction-decision';
import { inferJurisdiction } from '@src/consent/infer-jurisdiction';
import { renderNoticeText } from '@src/consent/notice-text';
import { parseLawfulBasisRecord } from '@src/consent/receipt-schema';
import {
  CAPTURED_AT,
  CONSENT_EVIDENCE,
  LIA,
  NOW,
  draft,
  permissivePolicy,
  testHmacKey,
  validRecord,
} from './fixtures';

describe('buildLawfulBasisRecord', () => {
  it('builds a schema-valid record with Kantara fields, references and retention, and no raw identifiers', async () => {
    const d = draft({ emails: ['jane@firma.de'], phones: ['+4930123456'], country: 'DE' });
    const decision = decideJurisdiction(inferJurisdiction(d), NOW);
    const result = await buildLawfulBasisRecord({
      draft: d,
      decision,
      policy: permissivePolicy(),
      purposes: [
        { purposeId: 'prospecting', basis: 'legitimate_interests', legitimateInterest: LIA },
        { purposeId: 'newsletter', basis: 'consent', consent: CONSENT_EVIDENCE },
      ],
      subjectKey: await testHmacKey(),
      capturedAt: CAPTURED_AT,
      now: NOW,
      collectionMethod: 'web-page-capture',
      language: 'de',
    });
    if (!result.ok) throw new Error('expected ok');
    const r = result.record;
    expect(parseLawfulBasisRecord(r).success).toBe(true);
    expect(r).toMatchObject({
      version: 'lawful-leads-receipt/1',
      kantaraVersion: 'KI-CR-v1.1.0',
      consentTimestamp: Math.floor(NOW.getTime() / 1000),
      jurisdiction: { id: 'EU', inferred: 'EU', method: 'confirmed', decidedAt: NOW.toISOString() },
      retention: {
        days: 365,
        endsAt: new Date(CAPTURED_AT.getTime() + 365 * 86_400_000).toISOString(),
      },
      sensitive: false,
    });
    expect(r.purposes.map((p) => [p.basis, p.basisReference.article, p.primaryPurpose])).toEqual([
      ['legitimate_interests', 'Art. 6(1)(f)', true],
      ['consent', 'Art. 6(1)(a)', false],
    ]);
    expect(JSON.stringify(r)).not.toMatch(/jane|4930123456/);
  });

  it('uses the shorter of policy and regime retention, and fails without any identifier', async () => {
    const base = {
      decision: decideJurisdiction(
        { jurisdiction: 'CN' as const, confidence: 1, reasons: [], candidates: [] },
        NOW,
      ),
      policy: permissivePolicy(),
      purposes: [
        { purposeId: 'prospecting', basis: 'consent' as const, consent: CONSENT_EVIDENCE },
      ],
      subjectKey: await testHmacKey(),
      capturedAt: CAPTURED_AT,
      now: NOW,
      collectionMethod: 'manual-entry' as const,
      language: 'zh-CN',
    };
    const cn = await buildLawfulBasisRecord({ ...base, draft: draft() });
    expect(cn.ok && cn.record.retention.days).toBe(180);
    expect(await buildLawfulBasisRecord({ ...base, draft: draft({ emails: ['nope'] }) })).toEqual({
      ok: false,
      error: 'no-identifier',
    });
  });
});

describe('renderNoticeText', () => {
  it('English: identity, purposes, basis, interests, categories, source, recipients, retention, rights, authority', async () => {
    const record = await validRecord('EU', 'legitimate_interests', {
      recipients: [{ name: 'Acme CRM', role: 'crm', country: 'US' }],
      crossBorderTransfers: [{ toCountry: 'US', mechanism: 'sccs' }],
    });
    const text = renderNoticeText(record, permissivePolicy(), 'en', 'Europe/Berlin');
    for (const expected of [
      'Acme GmbH, Hauptstraße 1, 10115 Berlin, Germany, privacy@acme.example',
      'Data protection officer: dpo@acme.example',
      'Contacting you about our products (our legitimate interests; GDPR (Regulation (EU) 2016/679) Art. 6(1)(f))',
      'legitimate interests pursued: B2B prospecting of relevant professionals',
      'What data we hold: name, job title, organisation, work email address',
      'Where we got it: publicly accessible web pages on example.com',
      'Who receives it: Acme CRM (US)',
      'Transfers abroad: US — standard contractual clauses',
      'How long we keep it: 365 days, until 10 March 2027',
      'Your rights: access, rectification, erasure',
      'You may complain to: the data protection supervisory authority',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('<');
  });

  it('Chinese, with consent withdrawal, and control characters stripped from inserted values', async () => {
    const signed = await validRecord('CN', 'consent');
    // The notice names the controllers the signed receipt names.
    const record = {
      ...signed,
      piiControllers: [
        {
          name: 'Acme\u0000 <b>Ltd</b>\nInjected',
          address: '上海市',
          email: 'privacy@acme.example',
          country: 'CN',
          onBehalf: false,
        },
      ],
    };
    const policy = permissivePolicy({});
    const text = renderNoticeText(record, policy, 'zh', 'Asia/Shanghai');
    expect(text).toContain('我们如何使用您的个人信息');
    expect(text).toContain('- 就我们的产品与您联系 (您的同意; PIPL Art. 13(1); Art. 14)');
    expect(text).toContain('您可以随时撤回同意：Reply STOP or email privacy@acme.example');
    expect(text).toContain('国家网信部门');
    expect(text).toContain('保留期限：180 天，至 2026年9月6日');
    expect(text).toContain('- Acme <b>Ltd</b> Injected, 上海市');
    expect(text).not.toContain(policy.controllers[0]?.address ?? 'no policy controller');
    expect(text).not.toContain('\u0000');
  });
});
