// Counts the DOM calls one capturePage makes on the 1,000-person page in Chromium (accessors and methods
// wrapped on the prototypes, counted on the second run). A deterministic measure of DOM work: wall time
// on a shared machine is noisy, the count is not. Never used by tests.
// Run: npx tsx bench/capture-dom-calls.ts
import { bundleCaptureScript } from './capture';
import { openDirectoryPage } from './directory-page';

async function main(): Promise<void> {
  const capture = await bundleCaptureScript(true);
  const { page, close } = await openDirectoryPage([capture.code]);
  const out = await page.evaluate(`(() => {
    const counts = {};
    const wrapGetter = (proto, name, label) => {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d || !d.get) return;
      const get = d.get;
      Object.defineProperty(proto, name, { ...d, get() { counts[label] = (counts[label] || 0) + 1; return get.call(this); } });
    };
    const wrapFn = (proto, name, label) => {
      const f = proto[name];
      if (typeof f !== 'function') return;
      proto[name] = function (...a) { counts[label] = (counts[label] || 0) + 1; return f.apply(this, a); };
    };
    for (const n of ['firstChild','nextSibling','parentNode','nodeType','nodeValue','parentElement','previousSibling','lastChild','ownerDocument','textContent']) wrapGetter(Node.prototype, n, n);
    for (const n of ['localName','firstElementChild','nextElementSibling','previousElementSibling','children','shadowRoot','className','id']) wrapGetter(Element.prototype, n, n);
    for (const n of ['getAttribute','hasAttribute','getAttributeNode','hasAttributes','closest','querySelectorAll','querySelector','checkVisibility','contains','matches']) wrapFn(Element.prototype, n, n);
    wrapFn(Node.prototype, 'contains', 'contains');
    for (const n of ['nextNode','nextSibling','parentNode','firstChild']) wrapFn(TreeWalker.prototype, n, 'walker.' + n);
    wrapGetter(TreeWalker.prototype, 'currentNode', 'walker.currentNode');
    wrapGetter(Attr.prototype, 'value', 'attr.value');
    LawfulLeadsCapture.capturePage(document, location.href);
    for (const k of Object.keys(counts)) counts[k] = 0;
    LawfulLeadsCapture.capturePage(document, location.href);
    return counts;
  })()`);
  const entries = Object.entries(out as Record<string, number>).sort((a, b) => b[1] - a[1]);
  console.log(
    'total',
    entries.reduce((s, [, n]) => s + n, 0),
  );
  for (const [k, n] of entries) console.log(k.padEnd(24), n);
  await close();
}
void main();
