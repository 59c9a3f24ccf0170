// The browser chunker and visible-text reader (native TreeWalker) and their Node twins (pointer walks)
// must read the same text: random markup with hidden parts, skipped tags, block and inline elements,
// images, comments and adjacent text nodes, in happy-dom (which has both APIs), compared exactly.
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { chunksOf } from '@src/capture/chunks';
import { visibleText } from '@src/capture/text';
import { useNativeAttributes } from '@src/capture/visibility';

const TAGS = [
  'div',
  'span',
  'p',
  'li',
  'ul',
  'h3',
  'a',
  'template',
  'script',
  'input',
  'section',
  'em',
  'br',
  'img',
];
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

function rootOf(html: string, extraTexts: string[], rootTag = 'main'): Element {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<html><body><${rootTag} id="root">${html}</${rootTag}></body></html>`);
  const root = window.document.getElementById('root') as unknown as Element;
  // Script-built pages can hold adjacent text nodes, which parsing never produces, and processing
  // instructions between them (XHTML pages; "?" stands for one here).
  const doc = root.ownerDocument;
  for (const text of extraTexts)
    root.appendChild(
      text === '?'
        ? doc.createProcessingInstruction('xml-stylesheet', 'x')
        : doc.createTextNode(text),
    );
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
        fc.array(fc.constantFrom(...TEXTS, '?'), { maxLength: 4 }),
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

  it('keep text on either side of a processing instruction apart', () => {
    const [walker, pointers] = both(rootOf('', ['Jane', '?', ' Doe', 'CTO']));
    expect((walker as { text: string }[]).map((c) => c.text)).toEqual(['Jane', 'DoeCTO']);
    expect(pointers).toEqual(walker);
  });

  it('skips a hidden subtree and reads what follows it', () => {
    const root = rootOf('<p>Jane Doe</p><div hidden><p>Secret Person</p></div><p>CTO</p>', []);
    const [walker] = both(root);
    expect((walker as { text: string }[]).map((c) => c.text)).toEqual(['Jane Doe', 'CTO']);
  });
});

describe('visible-text readers agree', () => {
  afterEach(() => useNativeAttributes(false));

  function texts(root: Element, max: number, maxNodes: number, mark: string): [string, string] {
    useNativeAttributes(true);
    const walker = visibleText(root, max, maxNodes, mark);
    useNativeAttributes(false);
    return [walker, visibleText(root, max, maxNodes, mark)];
  }

  it('on random markup, character caps, node budgets and block marks', () => {
    fc.assert(
      fc.property(
        fc.array(markup, { maxLength: 6 }),
        fc.array(fc.constantFrom(...TEXTS), { maxLength: 3 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(' ', ' | '),
        fc.constantFrom('main', 'span', 'li'),
        (parts, extra, max, budget, mark, rootTag) => {
          const root = rootOf(parts.join(''), extra, rootTag);
          const [walker, pointers] = texts(root, max, budget, mark);
          expect(walker).toBe(pointers);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('marks block edges, skips hidden parts and closes the root block', () => {
    const root = rootOf(
      '<h3>Jane Doe</h3>CTO<p hidden>Secret</p><img alt="x"><div><em>Acme</em> Ltd</div>',
      [],
      'li',
    );
    const [walker, pointers] = texts(root, 600, 400, ' | ');
    // h3 opens and closes; the hidden p and the img only open (never entered); the div closes, then the
    // root li does.
    expect(walker).toBe(' | Jane Doe | CTO |  |  | Acme Ltd |  | ');
    expect(pointers).toBe(walker);
  });
});
