// The browser scan asks only elements that can host a shadow root for one (the shadow host names and
// custom elements): open shadow roots on each kind of host are still read, in happy-dom's native path.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractProspects } from '@src/capture';

function nativeDoc(html: string): Document {
  const window = new Window({
    url: 'https://x.example/',
    settings: { disableJavaScriptEvaluation: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('open shadow roots on every kind of host (browser path)', () => {
  it.each(['div', 'section', 'span', 'team-card', 'article'])('on a <%s> host', (tag) => {
    const doc = nativeDoc(
      `<!doctype html><html><body><main><${tag} id="host"></${tag}></main></body></html>`,
    );
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<div class="h-card"><span class="p-name">Shadow Person</span><a class="u-email" href="mailto:shadow@x.example">m</a></div>';
    const drafts = extractProspects(doc, 'https://x.example/');
    expect(drafts.map((d) => [d.name, d.emails])).toEqual([
      ['Shadow Person', ['shadow@x.example']],
    ]);
  });

  it('inside a structured Person root too', () => {
    const doc = nativeDoc(
      '<!doctype html><html><body><div class="h-card"><span class="p-name">Outer Person</span><x-extra id="host"></x-extra></div></body></html>',
    );
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<p><strong>Inner Person</strong> <a href="mailto:inner@x.example">mail</a></p>';
    const names = extractProspects(doc, 'https://x.example/').map((d) => d.name);
    expect(names).toContain('Outer Person');
    expect(names).toContain('Inner Person');
  });
});
