// Capture entry point: lists the people a page publishes, each field with its source.
// Pure DOM reading: must never use extension APIs, run page code, or throw into the page.
import { siteBrandKeys } from './brand';
import { hasContent } from './draft';
import { extractHCards } from './h-card';
import { extractMicrodata, extractRdfa } from './items';
import { extractJsonLd } from './json-ld';
import { Locator } from './locator';
import { dropSharedAndMerge } from './merge';
import { extractMeta } from './meta';
import { PeopleFinder } from './people';
import { scanPage, type PageScan } from './scan';
import type { CaptureContext, CaptureResult, PageHints, ProspectDraft } from './types';
import { Visibility, withKnownHidden } from './visibility';

export type { CaptureResult, PageHints, ProspectDraft } from './types';
export { extractFromSelection } from './selection';

const MAX_DRAFTS = 5000;

export function extractProspects(doc: Document, pageUrl: string): ProspectDraft[] {
  return capturePage(doc, pageUrl).drafts;
}

function guarded(code: string, ctx: CaptureContext, run: () => ProspectDraft[]): ProspectDraft[] {
  try {
    return run();
  } catch {
    ctx.diagnostics.push({
      code: `${code}-failed`,
      message: `The ${code} reader failed on this page`,
    });
    return [];
  }
}

function unstructured(scan: PageScan, ctx: CaptureContext): ProspectDraft[] {
  const finder = new PeopleFinder(ctx);
  // Name seeds first: the boxes they find are cached, so links and text inside them resolve quickly.
  for (const seed of scan.nameSeeds) finder.addNameSeed(seed);
  for (const anchor of scan.contactAnchors) finder.addContactAnchor(anchor);
  for (const hit of scan.textHits) finder.addTextHit(hit.el, hit.text);
  for (const anchor of scan.profileAnchors) finder.addProfileAnchor(anchor);
  for (const hit of scan.quoteHits) finder.addQuoteHit(hit.el, hit.text);
  return finder.finish(scan);
}

function hintsOf(doc: Document, pageUrl: string, ctx: CaptureContext): PageHints {
  const hints: PageHints = {};
  try {
    const tld = new URL(pageUrl).hostname.split('.').pop();
    if (tld && /^[a-z0-9-]{1,63}$/i.test(tld)) hints.tld = tld;
  } catch {
    // not a URL: no TLD hint
  }
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,3}$/i.test(lang)) hints.lang = lang;
  if (ctx.countryHint) hints.country = ctx.countryHint;
  return hints;
}

export function capturePage(doc: Document, pageUrl: string, now = new Date()): CaptureResult {
  const ctx: CaptureContext = {
    pageUrl: String(pageUrl).slice(0, 2048),
    capturedAt: now.toISOString(),
    diagnostics: [],
    locator: new Locator(),
    visibility: new Visibility(),
  };
  try {
    if (!doc?.documentElement) {
      ctx.diagnostics.push({ code: 'no-document', message: 'There is no document to read' });
      return { pageUrl: ctx.pageUrl, drafts: [], diagnostics: ctx.diagnostics, pageHints: {} };
    }
    const scan = scanPage(doc);
    if (scan.truncated)
      ctx.diagnostics.push({
        code: 'page-truncated',
        message: 'The page is very large; only its first part was read',
      });
    const drafts = withKnownHidden(scan.hidden, () => {
      const structured = [
        ...guarded('json-ld', ctx, () => extractJsonLd(scan.jsonLd, ctx)),
        ...guarded('microdata', ctx, () => extractMicrodata(scan.itemRoots, ctx)),
        ...guarded('rdfa', ctx, () => extractRdfa(scan.rdfaRoots, ctx)),
        ...guarded('h-card', ctx, () => extractHCards(scan.cardRoots, ctx)),
        ...guarded('meta', ctx, () => extractMeta(scan.metas, scan.authorLinks, ctx)),
      ];
      // The brand is known before the text reader runs; people the page marks up keep their names.
      ctx.brandKeys = siteBrandKeys(doc, ctx.pageUrl, scan.metas, structured);
      return [...structured, ...guarded('text', ctx, () => unstructured(scan, ctx))];
    });
    const merged = dropSharedAndMerge(drafts, ctx, hasContent);
    if (merged.length > MAX_DRAFTS)
      ctx.diagnostics.push({
        code: 'drafts-truncated',
        message: `Only the first ${MAX_DRAFTS} people were kept`,
      });
    return {
      pageUrl: ctx.pageUrl,
      drafts: merged.slice(0, MAX_DRAFTS),
      diagnostics: ctx.diagnostics.slice(0, 200),
      pageHints: hintsOf(doc, pageUrl, ctx),
    };
  } catch {
    ctx.diagnostics.push({ code: 'capture-failed', message: 'Capture failed on this page' });
    return {
      pageUrl: ctx.pageUrl,
      drafts: [],
      diagnostics: ctx.diagnostics.slice(0, 200),
      pageHints: {},
    };
  }
}
