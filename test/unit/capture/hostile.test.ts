import { describe, expect, it } from 'vitest';
import { capturePage } from '@src/capture';
import { docOf, NOW } from './helpers';

const URL_ = 'https://x.example/big';

describe('hostile and huge pages', () => {
  it('reads a 100,000-node page completely (no time assertion: see bench/capture.ts)', () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `<li><div><span>Item ${i}</span><em>x</em><b>y</b></div><p>t</p></li>`,
    ).join('');
    const person =
      '<li class="member"><h3>Last Person</h3><p>Sales Director</p><a href="mailto:last@x.example">m</a></li>';
    const result = capturePage(
      docOf(`<html><body><ul>${rows}${person}</ul></body></html>`),
      URL_,
      NOW,
    );
    expect(result.drafts.map((d) => d.name)).toEqual(['Last Person']);
  });

  it('survives 10,000 levels of DOM nesting', () => {
    const deep = `${'<div>'.repeat(10_000)}<div class="h-card"><span class="p-name">Deep Card</span></div>${'</div>'.repeat(10_000)}`;
    const result = capturePage(docOf(`<html><body>${deep}</body></html>`), URL_, NOW);
    expect(result.drafts.map((d) => d.name)).toEqual(['Deep Card']);
  });

  it('survives a 5 MB text node and a 3 MB JSON-LD block', () => {
    const huge = 'a@b '.repeat(1_250_000);
    const ld = `<script type="application/ld+json">${JSON.stringify({ x: 'y'.repeat(3_000_000) })}</script>`;
    const result = capturePage(
      docOf(
        `<html><head>${ld}</head><body><p>${huge}</p><div class="h-card"><span class="p-name">After Huge</span></div></body></html>`,
      ),
      URL_,
      NOW,
    );
    expect(result.drafts.map((d) => d.name)).toEqual(['After Huge']);
    expect(result.diagnostics.map((d) => d.code)).toContain('json-ld-too-large');
  });

  it('caps a page with thousands of JSON-LD people and reports truncation', () => {
    const graph = Array.from({ length: 30_000 }, (_, i) => ({ '@type': 'Person', name: `P ${i}` }));
    const result = capturePage(
      docOf(
        `<html><head><script type="application/ld+json">${JSON.stringify({ '@graph': graph })}</script></head><body></body></html>`,
      ),
      URL_,
      NOW,
    );
    expect(result.drafts.length).toBeLessThanOrEqual(5000);
    expect(result.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['json-ld-truncated']),
    );
  });

  it('does not run page code or follow javascript: URLs', () => {
    const g = globalThis as { pwned?: boolean };
    const result = capturePage(
      docOf(
        '<html><body><img src=x onerror="globalThis.pwned=true"><a class="h-card" href="javascript:globalThis.pwned=true">Js Person</a><script>globalThis.pwned=true</script></body></html>',
      ),
      URL_,
      NOW,
    );
    expect(g.pwned).toBeUndefined();
    expect(result.drafts[0]).toMatchObject({ name: 'Js Person', urls: [] });
  });
});
