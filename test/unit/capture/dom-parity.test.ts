// The browser path (native TreeWalker scan, checkVisibility, getAttribute) runs in happy-dom, which has
// both; the Node path (pointer walk, markup-only visibility) runs in linkedom. Both must agree on the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { capturePage, type ProspectDraft } from '@src/capture';
import { docOf, NOW } from './helpers';

const CORPUS = new URL('../../corpus/capture/', import.meta.url);
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));

function happyDoc(html: string): Document {
  const window = new Window({
    url: 'https://x.example/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

function summary(drafts: ProspectDraft[]) {
  return drafts.map((d) => ({
    name: d.name,
    jobTitle: d.jobTitle,
    organization: d.organization,
    emails: d.emails,
    phones: d.phones,
    urls: d.urls,
  }));
}

describe('browser-path and Node-path capture agree', () => {
  it('happy-dom exposes the browser APIs the native path needs', () => {
    const doc = happyDoc('<p>x</p>');
    expect(
      typeof (doc.documentElement as Element & { checkVisibility?: unknown }).checkVisibility,
    ).toBe('function');
  });

  it.each([...files, '../../fixtures/pages/team.html'])('%s', (file) => {
    const html = readFileSync(new URL(file, CORPUS), 'utf8');
    const viaLinkedom = capturePage(docOf(html), 'https://x.example/p', NOW);
    const viaHappyDom = capturePage(happyDoc(html), 'https://x.example/p', NOW);
    expect(summary(viaHappyDom.drafts)).toEqual(summary(viaLinkedom.drafts));
  });

  it('hide only what aria-hidden="true" hides, on both paths', () => {
    const html = `<html><body><ul>
      <li aria-hidden="true"><h3>Hidden Person</h3><a href="mailto:hidden@x.example">m</a></li>
      <li aria-hidden="false"><h3>Shown Person</h3><a href="mailto:shown@x.example">m</a></li>
      <li aria-hidden="TRUE"><h3>Upper Person</h3><a href="mailto:upper@x.example">m</a></li>
    </ul></body></html>`;
    const viaLinkedom = summary(capturePage(docOf(html), 'https://x.example/p', NOW).drafts);
    const viaHappyDom = summary(capturePage(happyDoc(html), 'https://x.example/p', NOW).drafts);
    expect(viaHappyDom).toEqual(viaLinkedom);
    expect(viaHappyDom.map((d) => d.name).sort()).toEqual(['Shown Person', 'Upper Person']);
  });
});
