// Messages that originate in the background are shown in the interface language: request errors,
// Lawful Leads' own rule sources in lawful-basis problems, and capture diagnostics (known codes
// translated, unknown codes in their English text).
import { describe, expect, it } from 'vitest';
import { CHAIN_BREAK_REASONS } from '@src/audit';
import { alertText } from '@src/background/audit-service';
import { PROBLEM_CODES } from '@src/policy';
import { KEY_CHANGED_ERROR } from '@src/background/connector-trust';
import { EXEMPTION_MESSAGES } from '@src/background/notice-exemption';
import { RequestError } from '@src/messaging/errors';
import { errorText } from '@src/ui/common/error-text';
import { bilingual, untranslated } from '@src/ui/i18n/bilingual';
import { fetchConnectorKey } from '@src/outbox/deliver';
import { deliveryErrorText } from '@src/ui/i18n/delivery-errors';
import { en } from '@src/ui/i18n/en';
import { enBackground } from '@src/ui/i18n/en-background';
import { zh } from '@src/ui/i18n/zh';
import { PROBLEM_SOURCES, sourceText } from '@src/ui/i18n/problem-sources';
import { chainBreakText } from '@src/ui/options/chain-break-text';
import { fieldLabel } from '@src/ui/policy/entity-label';
import { policyProblemText } from '@src/ui/policy/problem-text';
import { diagnosticText } from '@src/ui/sidepanel/diagnostic-text';
import { problemLine } from '@src/ui/sidepanel/lawful-basis-labels';

const HAN = /[\u4e00-\u9fff]/;

describe('background messages in both languages', () => {
  it('has every background message in both tables, Chinese written in Chinese', () => {
    for (const key of Object.keys(enBackground) as (keyof typeof enBackground)[]) {
      expect(en[key]).toBe(enBackground[key]);
      expect(zh[key]).not.toBe('');
      if (key.endsWith('Separator')) continue;
      if (!/^\{\w+\}( \(\{\w+\}, \{\w+\}\))?$/.test(en[key])) expect(zh[key]).toMatch(HAN);
    }
  });

  it('shows a request error in the interface language, English by default', () => {
    const locked = new RequestError('locked', bilingual('errVaultLocked'));
    expect(locked.message).toBe('The vault is locked. Unlock it to continue.');
    expect(errorText(locked, 'zh')).toBe('保险库已锁定。请解锁后继续。');
    expect(errorText(locked)).toBe('The vault is locked. Unlock it to continue.');
    const forbidden = new RequestError('blocked', bilingual(EXEMPTION_MESSAGES.forbidden));
    expect(errorText(forbidden, 'zh')).toBe(
      '贵组织的策略不允许主张告知豁免：请改为向本人发送告知。',
    );
    expect(errorText(new RequestError('internal', untranslated('x')), 'zh')).toBe('x');
    expect(errorText(new Error('plain'), 'zh')).toBe('plain');
    expect(errorText('odd', 'zh')).toBe('odd');
  });

  it('writes alert notifications in the browser language', () => {
    expect(alertText('notices_overdue', 'zh-CN')).toBe(
      '您采集的人员中有告知已逾期。请打开侧边栏：待发送的告知。',
    );
    expect(alertText('failed_unlocks', 'en')).toBe('Several failed unlock attempts in a row.');
  });

  it('fills parameters per language', () => {
    expect(bilingual('errThrottled', { seconds: 30 })).toEqual({
      en: 'Too many failed attempts. Try again in 30 s.',
      zh: '失败次数过多。请在 30 秒后重试。',
    });
    expect(
      bilingual('errLawfulReason', {
        message: { en: 'A', zh: '甲' },
        law: 'GDPR',
        article: 'Art. 6',
      }),
    ).toEqual({
      en: 'A (GDPR, Art. 6)',
      zh: '甲（GDPR，Art. 6）',
    });
  });

  it('names Lawful Leads’ own rule sources in Chinese and keeps legal references as written', () => {
    expect(sourceText(PROBLEM_SOURCES.organisationPolicy)).toEqual({
      en: 'Organisation policy',
      zh: '组织策略',
    });
    expect(sourceText(PROBLEM_SOURCES.receipt).zh).toBe('Lawful Leads 回执');
    expect(sourceText('GDPR Art. 14(5)(b)')).toEqual({
      en: 'GDPR Art. 14(5)(b)',
      zh: 'GDPR Art. 14(5)(b)',
    });
    const suppressed = {
      message: { en: 'Suppressed.', zh: '已禁止联系。' },
      law: PROBLEM_SOURCES.organisationPolicy,
      article: PROBLEM_SOURCES.suppressionList,
    };
    expect(problemLine(suppressed, 'zh')).toBe('已禁止联系。 — 组织策略，禁止联系名单');
    expect(problemLine(suppressed, 'en')).toBe(
      'Suppressed. — Organisation policy, suppression list',
    );
  });
});

describe('delivery problems stored on a lead', () => {
  it('shows known texts in Chinese and anything else as stored', async () => {
    // What the outbox stores when no answer comes is the table's English wording, so it is translated.
    const outcome = await fetchConnectorKey({
      endpoint: 'http://127.0.0.1:9',
      fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(outcome.ok).toBe(false);
    const stored = outcome.ok ? '' : outcome.error;
    expect(deliveryErrorText(stored)).toEqual({
      en: 'Connector unreachable',
      zh: '连接器无法访问',
    });
    expect(deliveryErrorText(KEY_CHANGED_ERROR).zh).toMatch(/^自此浏览器首次信任连接器以来/);
    expect(deliveryErrorText('HTTP 503')).toEqual({ en: 'HTTP 503', zh: 'HTTP 503' });
  });
});

describe('redaction preview fields', () => {
  it('names person fields in Chinese and keeps the policy ids in English', () => {
    expect(fieldLabel('phones', 'zh-CN')).toBe('工作电话号码');
    expect(fieldLabel('notes', 'zh-CN')).toBe('备注');
    expect(fieldLabel('phones', 'en')).toBe('phones');
    expect(fieldLabel('somethingElse', 'zh-CN')).toBe('somethingElse');
  });
});

describe('policy problems', () => {
  it('has a Chinese summary for every problem code and keeps English detail in English', () => {
    for (const code of Object.values(PROBLEM_CODES)) {
      expect(policyProblemText({ code, message: 'English detail' }, 'zh')).toMatch(HAN);
      expect(policyProblemText({ code, message: 'English detail' }, 'en')).toBe('English detail');
    }
    expect(policyProblemText({ code: 'new-code', message: 'As written' }, 'zh')).toBe('As written');
  });
});

describe('audit chain breaks', () => {
  it('names every break reason in both languages', () => {
    for (const reason of CHAIN_BREAK_REASONS) {
      expect(chainBreakText(reason, 'en')).not.toBe(reason);
      expect(chainBreakText(reason, 'zh')).toMatch(HAN);
    }
    expect(chainBreakText('brand_new', 'zh')).toBe('brand_new');
  });
});

describe('capture diagnostics', () => {
  it('translates known codes with their count', () => {
    const rejected = { code: 'drafts-rejected', message: '3 malformed entries were ignored' };
    expect(diagnosticText(rejected, 'zh')).toBe('已忽略 3 个格式错误的条目');
    expect(diagnosticText(rejected, 'en')).toBe('3 malformed entries were ignored');
    const shared = {
      code: 'shared-emails-dropped',
      message: '2 role or shared email addresses were not attributed to a person',
    };
    expect(diagnosticText(shared, 'zh')).toBe('有 2 个角色邮箱或共用邮箱未归属到具体人员');
    expect(diagnosticText({ code: 'no-document', message: 'x' }, 'zh')).toBe('没有可读取的文档');
    expect(diagnosticText({ code: 'microdata-failed', message: 'x' }, 'zh')).toBe(
      'microdata 读取器在此页面上出错',
    );
  });

  it('falls back to the English message for unknown codes and missing counts', () => {
    const unknown = { code: 'something-new', message: 'A new reader note' };
    expect(diagnosticText(unknown, 'zh')).toBe('A new reader note');
    expect(diagnosticText({ code: 'nobody-failed', message: 'Nobody failed' }, 'zh')).toBe(
      'Nobody failed',
    );
    const noCount = { code: 'drafts-truncated', message: 'Some people were dropped' };
    expect(diagnosticText(noCount, 'zh')).toBe('Some people were dropped');
    expect(diagnosticText({ code: 'toString', message: 'proto' }, 'zh')).toBe('proto');
  });
});
