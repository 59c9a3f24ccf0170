// Capture entry point: lists the people a page publishes, each field with its source.
// Pure DOM reading: must never use extension APIs, run page code, or throw into the page.
import { extractJsonLd } from './json-ld';
import { extractLinks } from './links';
import { mergeDrafts } from './merge';
import type { CaptureContext, CaptureResult, ProspectDraft } from './types';

export type { CaptureResult, ProspectDraft } from './types';

export function extractProspects(doc: Document, pageUrl: string): ProspectDraft[] {
  return capturePage(doc, pageUrl).drafts;
}

export function capturePage(doc: Document, pageUrl: string, now = new Date()): CaptureResult {
  const ctx: CaptureContext = { pageUrl, capturedAt: now.toISOString(), diagnostics: [] };
  const drafts: ProspectDraft[] = [];
  for (const [code, extractor] of [
    ['json-ld', extractJsonLd],
    ['links', extractLinks],
  ] as const) {
    try {
      drafts.push(...extractor(doc, ctx));
    } catch {
      ctx.diagnostics.push({
        code: `${code}-failed`,
        message: `The ${code} reader failed on this page`,
      });
    }
  }
  let tld: string | undefined;
  try {
    tld = new URL(pageUrl).hostname.split('.').pop();
  } catch {
    tld = undefined;
  }
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  return {
    pageUrl,
    drafts: mergeDrafts(drafts),
    diagnostics: ctx.diagnostics,
    pageHints: { lang, tld },
  };
}
