// Page-controlled names equal to Object.prototype members (class names, entity names, country words,
// pasted lines) must read as ordinary unknown words: no reader fails, no function leaks into a field.
// Also: hidden parts of an h-card (a hidden rel="me" link) are never read.
import { describe, expect, it } from 'vitest';
import { capturePage, extractFromSelection } from '@src/capture';
import { cleanText } from '@src/capture/draft';
import { countryCode } from '@src/capture/region';
import { docOf, NOW } from './helpers';

const PROTO_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

describe('prototype member names from the page', () => {
  it.each(PROTO_NAMES)('an h-card with class "%s" is still read, without diagnostics', (name) => {
    const html = `<div class="h-card ${name}"><span class="p-name ${name}">Ada Proto</span>
      <span class="${name}">x</span><a class="u-email ${name}" href="mailto:ada@proto.example">mail</a></div>
      <div class="vcard ${name}"><span class="fn ${name}">Bo Classic</span><span class="${name} title">CTO</span></div>`;
    const result = capturePage(
      docOf(`<html><body>${html}</body></html>`),
      'https://p.example/',
      NOW,
    );
    expect(result.diagnostics).toEqual([]);
    const byName = new Map(result.drafts.map((d) => [d.name, d]));
    expect(byName.get('Ada Proto')?.emails).toEqual(['ada@proto.example']);
    expect(byName.get('Bo Classic')?.jobTitle).toBe('CTO');
  });

  // Entity names are 2–7 ASCII letters: `valueOf` is the prototype member that fits.
  it('the entity "&valueOf;" is kept as written', () => {
    expect(cleanText('a &valueOf; b')).toBe('a &valueOf; b');
  });

  it.each(PROTO_NAMES)('the country word "%s" is no country', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });

  it.each(PROTO_NAMES)('a pasted signature ending in "%s" has no country', (name) => {
    const draft = extractFromSelection(
      `Chen Wei\nHead of Sales, Acme Ltd\nchen@acme.example\n${name}`,
      'https://p.example/',
      NOW,
    );
    expect(draft?.emails).toEqual(['chen@acme.example']);
    expect(draft?.country).toBeUndefined();
    const inline = extractFromSelection(
      `Chen Wei\nchen@acme.example\n1 High Street, London, ${name}`,
      'https://p.example/',
      NOW,
    );
    expect(typeof (inline?.country ?? '')).toBe('string');
    expect(inline?.country).toBeUndefined();
  });
});

describe('hidden parts of an h-card', () => {
  it('a hidden rel="me" link is not read, a visible one is', () => {
    const html = `<div class="h-card"><span class="p-name">Ada Hidden</span>
      <a hidden rel="me" href="https://social.example/@secret">x</a>
      <a rel="me" style="display:none" href="https://social.example/@secret2">y</a>
      <a rel="me" href="https://social.example/@ada">ada</a></div>`;
    const result = capturePage(
      docOf(`<html><body>${html}</body></html>`),
      'https://p.example/',
      NOW,
    );
    const urls = result.drafts.find((d) => d.name === 'Ada Hidden')?.urls ?? [];
    expect(urls).toContain('https://social.example/@ada');
    expect(urls).not.toContain('https://social.example/@secret');
    expect(urls).not.toContain('https://social.example/@secret2');
  });
});
