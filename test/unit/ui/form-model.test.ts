import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { PersonSchema } from '@src/lead/person';
import { translator } from '@src/ui/i18n';
import { fieldProblems } from '@src/ui/sidepanel/field-problems';
import type { ReviewDraft } from '@src/capture/normalize';
import { toFormValues, toLeadInput } from '@src/ui/sidepanel/form-model';

const provenance = {
  method: 'json-ld' as const,
  locator: 'jsonld[0].name',
  pageUrl: 'https://meridian-analytics.co.uk/team',
  capturedAt: '2026-11-23T10:00:00.000Z',
};

const draft: ReviewDraft = {
  draftId: 'd0',
  sourceUrl: 'https://meridian-analytics.co.uk/team',
  person: {
    name: 'Ada Lovelace',
    jobTitle: 'Head of Partnerships',
    emails: ['ada@meridian-analytics.co.uk'],
    phones: ['+442079460958'],
    urls: [],
  },
  provenance: {
    name: [provenance],
    jobTitle: [{ ...provenance, locator: 'jsonld[0].jobTitle' }],
    emails: [provenance],
  },
};

describe('review form model', () => {
  it('round-trips an unedited draft and keeps its provenance', () => {
    const result = toLeadInput(toFormValues(draft.person), draft, '2026-11-23T10:00:00.000Z');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lead.person).toEqual(draft.person);
    expect(result.lead.provenance.name).toEqual([provenance]);
  });

  it('marks edited and typed fields as manual', () => {
    const values = { ...toFormValues(draft.person), jobTitle: 'VP Partnerships', country: 'GB' };
    const result = toLeadInput(values, draft, '2026-11-23T10:00:00.000Z');
    if (!result.ok) throw new Error('expected ok');
    expect(result.lead.provenance.jobTitle?.[0]?.method).toBe('manual');
    expect(result.lead.provenance.country?.[0]?.method).toBe('manual');
    expect(result.lead.provenance.name?.[0]?.method).toBe('json-ld');
  });

  it('normalises typed international phone numbers and splits lists', () => {
    const values = {
      ...toFormValues(draft.person),
      phones: '+44 20 7946 0958\n+1 (415) 555-2671',
      emails: 'A@B.co, c@d.io',
    };
    const result = toLeadInput(values, draft, '2026-11-23T10:00:00.000Z');
    if (!result.ok) throw new Error('expected ok');
    expect(result.lead.person.phones).toEqual(['+442079460958', '+14155552671']);
    expect(result.lead.person.emails).toEqual(['a@b.co', 'c@d.io']);
  });

  it('names each invalid field without echoing the value', () => {
    const values = {
      ...toFormValues(draft.person),
      emails: 'ada-at-meridian',
      phones: '020 7946',
      urls: 'javascript:alert(1)',
    };
    const result = toLeadInput(values, draft, '2026-11-23T10:00:00.000Z');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(['emails.0', 'phones.0', 'urls.0']);
    expect(JSON.stringify(result.problems)).not.toMatch(/ada-at-meridian|020 7946|javascript/);
    const parsed = v.safeParse(PersonSchema, {
      emails: ['ada-at-meridian'],
      phones: ['020 7946'],
      urls: ['javascript:alert(1)', 'no address'],
      name: 'x'.repeat(301),
    });
    const zhProblems = parsed.success ? [] : fieldProblems(parsed.issues, translator('zh-CN'));
    for (const [path, message] of [
      ['name', '过长（最多 300）'],
      ['emails.0', '不是有效的邮箱地址'],
      ['phones.0', '电话号码须为 E.164 国际格式，例如 +442071234567'],
      ['urls.0', '只保留 http 和 https 链接'],
      ['urls.1', '不是有效的网址'],
    ]) {
      expect(zhProblems).toContainEqual({ path, message });
    }
  });

  it('refuses an empty lead', () => {
    const empty = toFormValues({ emails: [], phones: [], urls: [] });
    const result = toLeadInput({ ...empty, jobTitle: 'CTO' }, draft, '2026-11-23T10:00:00.000Z');
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'name' }] });
  });
});
