// The browser chunker (native TreeWalker) and the Node chunker (pointer walk) must cut the same chunks:
// random markup with hidden parts, skipped tags, comments and adjacent text nodes, in happy-dom (which has
// both APIs), compared element by element.
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { chunksOf } from '@src/capture/chunks';
import { useNativeAttributes } from '@src/capture/visibility';

const TAGS = ['div', 'span', 'p', 'li', 'ul', 'h3', 'a', 'template', 'script', 'input', 'section'];
const ATTRS = ['', 'hidden', 'aria-hidden="true"', 'style="display:none"', 'class="role"'];
const TEXTS = [
  'Jane Doe',
  'CTO, Acme Ltd',
  ' ',
  '\n  ',
  'Tel: +44 20 7946 0000',
  '张伟',
  '— Head of Sales —',
];

const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...TEXTS),
    fc.constant('<!-- note -->'),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.constantFrom(...ATTRS),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, attr, children]) => `<${tag} ${attr}>${children.join('')}</${tag}>`),
  ),
})).node;

function rootOf(html: string, extraTexts: string[]): Element {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<html><body><main>${html}</main></body></html>`);
  const root = window.document.querySelector('main') as unknown as Element;
  // Script-built pages can hold adjacent text nodes, which parsing never produces.
  for (const text of extraTexts) root.appendChild(root.ownerDocument.createTextNode(text));
  return root;
}

function both(root: Element, maxNodes = 600, maxChunks = 80): [unknown[], unknown[]] {
  useNativeAttributes(true);
  const walker = chunksOf(root, maxNodes, maxChunks);
  useNativeAttributes(false);
  const pointers = chunksOf(root, maxNodes, maxChunks);
  return [walker, pointers];
}

describe('chunkers agree', () => {
  afterEach(() => useNativeAttributes(false));

  it('on random markup with hidden parts, comments and adjacent text nodes', () => {
    fc.assert(
      fc.property(
        fc.array(markup, { maxLength: 6 }),
        fc.array(fc.constantFrom(...TEXTS), { maxLength: 3 }),
        (parts, extra) => {
          const [walker, pointers] = both(rootOf(parts.join(''), extra));
          expect(walker).toEqual(pointers);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stop at the same place when the node budget runs out (comments count too)', () => {
    fc.assert(
      fc.property(
        fc.array(markup, { maxLength: 8 }),
        fc.integer({ min: 1, max: 30 }),
        (parts, budget) => {
          const [walker, pointers] = both(rootOf(parts.join(''), []), budget, 80);
          expect(walker).toEqual(pointers);
        },
      ),
      { numRuns: 200 },
    );
    const flood = rootOf(`${'<!-- x -->'.repeat(2000)}<p>Jane Doe</p>`, []);
    const [walker, pointers] = both(flood);
    expect(walker).toEqual([]);
    expect(pointers).toEqual([]);
  });

  it('skips a hidden subtree and reads what follows it', () => {
    const root = rootOf('<p>Jane Doe</p><div hidden><p>Secret Person</p></div><p>CTO</p>', []);
    const [walker] = both(root);
    expect((walker as { text: string }[]).map((c) => c.text)).toEqual(['Jane Doe', 'CTO']);
  });
});
