import { describe, expect, it } from 'vitest';
import type { CaptureMethod } from '@src/lead/provenance';
import { addToList, emptyDraft, setText } from '@src/capture/draft';
import { dropSharedContacts, mergeDrafts } from '@src/capture/merge';
import type { CaptureContext, ProspectDraft } from '@src/capture/types';

const ctx: CaptureContext = {
  pageUrl: 'https://x.example/',
  capturedAt: '2026-01-01T00:00:00.000Z',
  diagnostics: [],
};

function draft(
  method: CaptureMethod,
  fields: { name?: string; org?: string; emails?: string[]; urls?: string[]; title?: string },
): ProspectDraft {
  const d = emptyDraft();
  if (fields.name) setText(d, 'name', fields.name, method, `${method}:name`, ctx);
  if (fields.org) setText(d, 'organization', fields.org, method, `${method}:org`, ctx);
  if (fields.title) setText(d, 'jobTitle', fields.title, method, `${method}:title`, ctx);
  for (const e of fields.emails ?? []) addToList(d, 'emails', e, method, `${method}:email`, ctx);
  for (const u of fields.urls ?? []) addToList(d, 'urls', u, method, `${method}:url`, ctx);
  return d;
}

describe('merging drafts', () => {
  it('merges on a shared email and keeps each field’s provenance', () => {
    const [merged, ...rest] = mergeDrafts([
      draft('json-ld', { name: 'Ann Lee', emails: ['ann@x.example'] }),
      draft('link', { name: 'Ann Lee', title: 'CTO', emails: ['ANN@x.example'] }),
    ]);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ name: 'Ann Lee', jobTitle: 'CTO', emails: ['ann@x.example'] });
    expect(merged?.provenance.name?.map((p) => p.method)).toEqual(['json-ld', 'link']);
    expect(merged?.provenance.jobTitle?.map((p) => p.method)).toEqual(['link']);
  });

  it('keeps a name and organisation pair apart from another whose joined text is the same', () => {
    // "Ann Lee" at "Acme | Labs" and "Ann Lee | Acme" at "Labs" once shared one joined key, so the
    // second pair was never indexed and its duplicate stayed unmerged.
    const merged = mergeDrafts([
      draft('json-ld', { name: 'Ann Lee', org: 'Acme | Labs' }),
      draft('json-ld', { name: 'Ann Lee | Acme', org: 'Labs' }),
      draft('microdata', { name: 'Ann Lee | Acme', org: 'Labs', title: 'CTO' }),
    ]);
    expect(merged.map((d) => [d.name, d.organization, d.jobTitle])).toEqual([
      ['Ann Lee', 'Acme | Labs', undefined],
      ['Ann Lee | Acme', 'Labs', 'CTO'],
    ]);
  });

  it('merges on the same profile URL and on the same name and organisation', () => {
    expect(
      mergeDrafts([
        draft('h-card', { name: 'Bo Ray', urls: ['https://bo.example/'] }),
        draft('meta', { urls: ['http://www.bo.example'] }),
      ]),
    ).toHaveLength(1);
    expect(
      mergeDrafts([
        draft('microdata', { name: 'Bo Ray', org: 'Acme Inc' }),
        draft('text', { name: 'bo ray', org: 'ACME' }),
      ]),
    ).toHaveLength(1);
  });

  it('never merges differently named people, or same names at different organisations', () => {
    expect(
      mergeDrafts([
        draft('link', { name: 'Cy One', emails: ['team@x.example'] }),
        draft('link', { name: 'Di Two', emails: ['team@x.example'] }),
      ]),
    ).toHaveLength(2);
    expect(
      mergeDrafts([
        draft('json-ld', { name: 'Ed Same', org: 'Alpha Ltd' }),
        draft('json-ld', { name: 'Ed Same', org: 'Beta Ltd' }),
      ]),
    ).toHaveLength(2);
  });

  it('drops role addresses found in text and addresses shared by several people', () => {
    const drafts = [
      draft('link', {
        name: 'Fay Gee',
        emails: ['support@x.example', 'shared@x.example', 'fay@x.example'],
      }),
      draft('link', { name: 'Hal Ivy', emails: ['shared@x.example'] }),
      draft('json-ld', { name: 'Jon Kay', emails: ['info@x.example'] }),
    ];
    const local: CaptureContext = { ...ctx, diagnostics: [] };
    dropSharedContacts(drafts, local);
    expect(drafts.map((d) => d.emails)).toEqual([['fay@x.example'], [], ['info@x.example']]);
    expect(drafts[0]?.provenance.emails).toHaveLength(1);
    expect(local.diagnostics[0]?.code).toBe('shared-emails-dropped');
  });
});
