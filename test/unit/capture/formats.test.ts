import { describe, expect, it } from 'vitest';
import { capturePage, extractProspects } from '@src/capture';
import { checkPageResult } from '@src/capture/page-result-schema';
import { docOf, NOW } from './helpers';

const URL_ = 'https://example.co.uk/page';

function run(body: string, head = '') {
  return capturePage(
    docOf(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`),
    URL_,
    NOW,
  );
}
function people(body: string, head = '') {
  return run(body, head).drafts;
}
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('JSON-LD', () => {
  it('reads @graph, arrays, nested worksFor, address and contactPoint with JSON-path locators', () => {
    const [p] = people(
      '',
      ld({
        '@graph': [
          [
            {
              '@type': 'Person',
              name: 'Jo Bloggs',
              worksFor: { '@type': 'Organization', name: 'Acme Ltd' },
              address: {
                addressLocality: 'Leeds',
                addressRegion: 'Yorkshire',
                addressCountry: { '@type': 'Country', name: 'United Kingdom' },
              },
              contactPoint: [{ email: 'jo@acme.example', telephone: '0113 496 0000' }],
            },
          ],
        ],
      }),
    );
    expect(p).toMatchObject({
      name: 'Jo Bloggs',
      organization: 'Acme Ltd',
      locality: 'Leeds',
      region: 'Yorkshire',
      country: 'United Kingdom',
      emails: ['jo@acme.example'],
      phones: ['0113 496 0000'],
    });
    expect(p?.provenance.organization?.[0]).toMatchObject({
      method: 'json-ld',
      locator: 'jsonld[0].@graph[0][0].worksFor',
    });
  });

  it('resolves @id references and gives employees their organisation', () => {
    const drafts = people(
      '',
      ld({
        '@graph': [
          {
            '@type': 'Organization',
            '@id': '#org',
            name: 'Org One',
            employee: [{ '@type': 'Person', name: 'Ann Employee' }],
          },
          { '@type': 'Person', name: 'Bob Ref', worksFor: { '@id': '#org' } },
        ],
      }),
    );
    expect(drafts.map((d) => [d.name, d.organization])).toEqual([
      ['Ann Employee', 'Org One'],
      ['Bob Ref', 'Org One'],
    ]);
  });

  it('reports malformed blocks and never pollutes prototypes', () => {
    const result = run(
      '',
      '<script type="application/ld+json">{ nope</script><script type="application/ld+json">{"__proto__":{"polluted":1},"@type":"Person","name":"Safe Person","constructor":{"prototype":{"x":1}}}</script>',
    );
    expect(result.diagnostics.map((d) => d.code)).toContain('json-ld-malformed');
    expect(result.drafts.map((d) => d.name)).toEqual(['Safe Person']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds deep nesting without throwing', () => {
    const deep = `${'{"child":'.repeat(5000)}{"@type":"Person","name":"Deep Person"}${'}'.repeat(5000)}`;
    const result = run('', `<script type="application/ld+json">${deep}</script>`);
    expect(result.drafts).toEqual([]);
  });

  it('reads JSON-LD even inside hidden containers (structured data), but not visible-text decoys there', () => {
    const drafts = people(
      `<div hidden>${ld({ '@type': 'Person', name: 'Structured Person' })}<p>Hidden Text Person, hidden@x.example</p></div>`,
    );
    expect(drafts.map((d) => d.name)).toEqual(['Structured Person']);
  });
});

describe('microdata and RDFa Lite', () => {
  it('reads nested microdata items, meta content and link hrefs for url properties', () => {
    const [p] =
      people(`<div itemscope itemtype="https://schema.org/Person"><a itemprop="name" href="/x">Mia Micro</a>
      <span itemprop="affiliation" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Uni of Tests</span></span>
      <meta itemprop="email" content="mia@uni.example"><a itemprop="url" href="/people/mia">me</a></div>`);
    expect(p).toMatchObject({
      name: 'Mia Micro',
      organization: 'Uni of Tests',
      emails: ['mia@uni.example'],
      urls: ['/people/mia'],
    });
    expect(p?.provenance.name?.[0]?.method).toBe('microdata');
  });

  it('reads RDFa Lite with vocab and prefixes, and skips hidden items', () => {
    const drafts =
      people(`<div vocab="https://schema.org/"><p typeof="Person"><span property="name">Rae Rdfa</span> <span property="telephone">+44 20 7946 0000</span></p>
      <p typeof="schema:Person" prefix="schema: https://schema.org/"><span property="schema:name">Pre Fix</span></p>
      <p typeof="Person" style="display:none"><span property="name">Gone Person</span></p></div>`);
    expect(drafts.map((d) => d.name)).toEqual(['Rae Rdfa', 'Pre Fix']);
    expect(drafts[0]?.provenance.phones?.[0]?.method).toBe('rdfa');
  });
});

describe('microformats', () => {
  it('applies the mf2 implied name rules (img alt, abbr title, only-child nesting, text)', () => {
    const names = people(`<img class="h-card" src="a.jpg" alt="Alt Name">
      <abbr class="h-card" title="Abbr Name">AN</abbr>
      <div class="h-card"><img src="b.jpg" alt="Child Img"></div>
      <div class="h-card"><span><abbr title="Grand Child">GC</abbr></span></div>
      <a class="h-card" href="https://text.example/">Text Name</a>`).map((d) => [d.name, d.urls]);
    expect(names).toEqual([
      ['Alt Name', []],
      ['Abbr Name', []],
      ['Child Img', []],
      ['Grand Child', []],
      ['Text Name', ['https://text.example/']],
    ]);
  });

  it('skips organisation cards, reads nested p-org h-card names and the value-class pattern', () => {
    const drafts =
      people(`<div class="h-card"><span class="p-name p-org">Only An Org Ltd</span></div>
      <div class="h-card"><span class="p-name">Val Class</span><span class="p-org h-card"><span class="p-name">Nested Org</span></span>
      <span class="p-tel"><span class="value">+44 20</span> <span class="value">7946 0001</span></span></div>`);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      name: 'Val Class',
      organization: 'Nested Org',
      phones: ['+44 207946 0001'],
    });
  });

  it('keeps profile links a structured card shows without a property, and no mailto: implied url', () => {
    const drafts = people(`
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Mo Micro</span>
        <a href="https://www.linkedin.com/in/mo-micro">LinkedIn</a> <a href="/about">About us</a>
        <span itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Org Ltd</span>
          <a href="https://github.com/org-ltd">GitHub</a></span></div>
      <p vocab="https://schema.org/" typeof="Person"><span property="name">Ray Rdfa</span>
        <a property="sameAs" href="https://x.com/ray">X</a> <a href="https://x.com/ray">again</a>
        <a href="https://github.com/ray" hidden>hidden</a></p>
      <div class="h-card"><span class="p-name">Hana Card</span>
        <a class="u-email" href="mailto:hana@card.example">mail</a>
        <div><a href="https://www.linkedin.com/in/hana-card">in</a></div></div>
      <div class="h-card"><span class="p-name">Only Mail</span> <a class="u-email" href="mailto:only@card.example">mail</a></div>`);
    expect(drafts.map((d) => [d.name, d.urls])).toEqual([
      ['Mo Micro', ['https://www.linkedin.com/in/mo-micro']],
      ['Ray Rdfa', ['https://x.com/ray']],
      ['Hana Card', ['https://www.linkedin.com/in/hana-card']],
      ['Only Mail', []],
    ]);
    expect(drafts[0]?.provenance.urls?.[0]).toMatchObject({ method: 'link' });
    expect(drafts[1]?.provenance.urls?.map((p) => p.method)).toEqual(['rdfa']);
    expect(drafts[2]?.provenance.urls?.[0]?.locator).toMatch(/ > a:nth-child\(1\)$/);
  });

  it('reads classic hCard with n, title, org and adr', () => {
    const [p] =
      people(`<div class="vcard"><div class="n"><span class="given-name">Cal</span> <span class="family-name">Classic</span></div>
      <span class="title">Engineer</span><span class="org">Old Co</span><span class="adr"><span class="locality">York</span></span>
      <a class="email" href="mailto:cal@old.example?subject=hi">mail</a></div>`);
    expect(p).toMatchObject({
      name: 'Cal Classic',
      jobTitle: 'Engineer',
      organization: 'Old Co',
      locality: 'York',
      emails: ['cal@old.example'],
    });
  });
});

describe('meta and links', () => {
  it('reads author meta and og profile names, ignoring organisation authors', () => {
    expect(people('', '<meta name="author" content="Mira Okafor">').map((d) => d.name)).toEqual([
      'Mira Okafor',
    ]);
    expect(people('', '<meta name="author" content="Big Corp Inc">')).toEqual([]);
    expect(
      people(
        '',
        '<meta property="profile:first_name" content="Pro"><meta property="profile:last_name" content="File">',
      )[0]?.name,
    ).toBe('Pro File');
  });

  it('ties mailto/tel links to the nearest person box and drops role and shared addresses', () => {
    const drafts = people(`<ul>
      <li><h3>Amy Able</h3><p>Head of Sales</p><a href="mailto:amy@co.example">mail</a><a href="mailto:support@co.example">s</a><a href="mailto:team-x@co.example">t</a></li>
      <li><h3>Ben Baker</h3><p>Account Manager</p><a href="tel:+442079460002">call</a><a href="mailto:team-x@co.example">t</a></li></ul>`);
    expect(drafts.map((d) => [d.name, d.jobTitle, d.emails, d.phones])).toEqual([
      ['Amy Able', 'Head of Sales', ['amy@co.example'], []],
      ['Ben Baker', 'Account Manager', [], ['+442079460002']],
    ]);
    const shared = run(
      '<ul><li><h3>Amy Able</h3><p>Sales Manager</p><a href="mailto:desk.pat@co.example">m</a></li><li><h3>Ben Baker</h3><p>Sales Manager</p><a href="mailto:desk.pat@co.example">m</a></li></ul>',
    );
    expect(shared.drafts.map((d) => d.emails)).toEqual([[], []]);
    expect(shared.diagnostics.map((d) => d.code)).toContain('shared-emails-dropped');
  });
});

describe('what the user can see', () => {
  it('never reads form values, password fields, hidden, aria-hidden, template or noscript content', () => {
    const drafts =
      people(`<form><input value="Input Person input@x.example"><input type="password" value="secret@x.example">
      <textarea>Text Area, area@x.example</textarea><select><option>Opt Person opt@x.example</option></select></form>
      <div hidden><h3>Hid Den</h3><a href="mailto:hid@x.example">m</a></div>
      <div aria-hidden="true"><h3>Aria Den</h3><a href="mailto:aria@x.example">m</a></div>
      <div style="visibility: hidden"><h3>Vis Den</h3><a href="mailto:vis@x.example">m</a></div>
      <template><h3>Tem Plate</h3><a href="mailto:tpl@x.example">m</a></template>
      <noscript><h3>No Script</h3><a href="mailto:ns@x.example">m</a></noscript>
      <div contenteditable="true">Edit Able, edit@x.example</div>`);
    expect(drafts).toEqual([]);
  });

  it('reads open shadow roots', () => {
    const doc = docOf('<!doctype html><html><body><div id="host"></div></body></html>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<div class="h-card"><span class="p-name">Shadow Person</span><a class="u-email" href="mailto:shadow@x.example">m</a></div>';
    expect(extractProspects(doc, URL_).map((d) => d.name)).toContain('Shadow Person');
  });

  it('uses checkVisibility when the DOM has layout (CSS-hidden candidates are skipped)', () => {
    const doc = docOf(
      '<!doctype html><html><body><ul><li class="gone"><h3>Css Hidden</h3><a href="mailto:css@x.example">m</a></li><li><h3>Shown Person</h3><a href="mailto:shown@x.example">m</a></li></ul></body></html>',
    );
    const proto = Object.getPrototypeOf(doc.body) as { checkVisibility?: unknown };
    const original = proto.checkVisibility;
    proto.checkVisibility = function (this: Element) {
      return !this.closest('.gone');
    };
    try {
      expect(extractProspects(doc, URL_).map((d) => d.name)).toEqual(['Shown Person']);
    } finally {
      proto.checkVisibility = original;
    }
  });
});

describe('capture result shape', () => {
  it('passes the background validation, with page hints (lang, tld, country)', () => {
    const result = run(
      '<div class="h-card"><span class="p-name">Shape Person</span></div>',
      ld({ '@type': 'Organization', name: 'X Ltd', address: { addressCountry: 'GB' } }),
    );
    expect(result.pageHints).toEqual({ lang: 'en', tld: 'uk', country: 'GB' });
    const checked = checkPageResult(result);
    expect(checked?.drafts).toHaveLength(1);
    expect(checked?.rejectedDrafts).toBe(0);
  });

  it('never throws, even on a non-document', () => {
    const result = capturePage({} as Document, 'not a url', NOW);
    expect(result.drafts).toEqual([]);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
