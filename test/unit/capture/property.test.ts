import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { capturePage, extractFromSelection } from '@src/capture';
import { PageDraftSchema, checkPageResult } from '@src/capture/page-result-schema';
import { PERSON_FIELDS } from '@src/lead/provenance';
import type { CaptureResult } from '@src/capture';
import { docOf, NOW } from './helpers';

const CORPUS = new URL('../../corpus/capture/', import.meta.url);
const pages = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));

function expectWellFormed(result: CaptureResult): void {
  expect(Array.isArray(result.drafts)).toBe(true);
  for (const draft of result.drafts) {
    expect(v.safeParse(PageDraftSchema, draft).success).toBe(true);
    expect(Boolean(draft.name) || draft.emails.length > 0 || draft.phones.length > 0).toBe(true);
    for (const field of PERSON_FIELDS) {
      const value = draft[field];
      const has = Array.isArray(value) ? value.length > 0 : Boolean(value);
      if (has) expect(draft.provenance[field]?.length ?? 0).toBeGreaterThan(0);
    }
    for (const list of ['emails', 'phones', 'urls'] as const)
      expect(draft.provenance[list]?.length ?? 0).toBe(draft[list].length);
  }
  expect(checkPageResult(JSON.parse(JSON.stringify(result)) as unknown)?.rejectedDrafts ?? 0).toBe(
    0,
  );
}

const TAGS = [
  'div',
  'span',
  'p',
  'li',
  'ul',
  'h3',
  'a',
  'strong',
  'td',
  'tr',
  'table',
  'article',
  'section',
  'template',
  'noscript',
  'form',
  'input',
  'textarea',
  'script',
  'style',
  'abbr',
  'img',
  'meta',
  'data',
  'time',
];
const ATTRS = [
  'class="h-card"',
  'class="vcard"',
  'class="p-name"',
  'class="fn"',
  'class="u-email"',
  'class="p-org h-card"',
  'itemscope itemtype="https://schema.org/Person"',
  'itemprop="name"',
  'itemprop="email"',
  'typeof="Person"',
  'property="name"',
  'hidden',
  'aria-hidden="true"',
  'style="display:none"',
  'href="mailto:a@b.example"',
  'href="tel:+442079460000"',
  'href="https://www.linkedin.com/in/x"',
  'alt="Alt Name"',
  'title="T"',
  'value="v"',
  'type="application/ld+json"',
  'rel="author"',
  'contenteditable="true"',
  'name="author" content="Jo Doe"',
];
const TEXTS = [
  'Jane Doe',
  '张伟',
  '王　芳',
  'CTO, Acme Ltd',
  'jane@acme.example',
  'Tel: +44 20 7946 0000',
  '手机：138 0013 8000',
  '{"@type":"Person","name":"Ld Person","email":"ld@x.example"}',
  '{"@graph":[{"@type":"Person","__proto__":{"x":1}}]',
  '&amp;&#0;&#xD800;',
  '\u0000\ufeff',
  'support@acme.example',
  'Head of Sales',
  '<',
  '>',
  '"',
  "'",
];

const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.string({ maxLength: 30 }),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(fc.constantFrom(...ATTRS), { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, attrs, children]) => `<${tag} ${attrs.join(' ')}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('capture never throws and always returns well-formed drafts', () => {
  it('on random HTML built from capture-relevant pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 8 }),
        fc.constantFrom('https://x.example/p', 'not a url', ''),
        (parts, url) => {
          const result = capturePage(
            docOf(`<!doctype html><html><body>${parts.join('')}</body></html>`),
            url,
            NOW,
          );
          expectWellFormed({ ...result, pageUrl: 'https://x.example/p' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on corpus pages mutated by cutting, duplicating and splicing random ranges', () => {
    fc.assert(
      fc.property(
        fc.nat(pages.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3), fc.constantFrom(...TEXTS)), {
          maxLength: 6,
        }),
        (index, edits) => {
          let html = pages[index]!;
          for (const [a, b, op, text] of edits) {
            const start = a % (html.length + 1);
            const end = Math.min(html.length, start + (b % 400));
            if (op === 0) html = html.slice(0, start) + html.slice(end);
            else if (op === 1) html = html.slice(0, end) + html.slice(start, end) + html.slice(end);
            else if (op === 2) html = html.slice(0, start) + text + html.slice(start);
            else
              html = html.slice(0, start) + html.slice(start, end).toUpperCase() + html.slice(end);
          }
          expectWellFormed(capturePage(docOf(html), 'https://x.example/p', NOW));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on random selections', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 40 })), {
          maxLength: 12,
        }),
        (lines) => {
          const draft = extractFromSelection(lines.join('\n'), 'https://x.example/', NOW);
          if (draft) expect(v.safeParse(PageDraftSchema, draft).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
