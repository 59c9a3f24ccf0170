// Test helpers for capture: builds DOM documents in Node with linkedom and runs the capture pipeline.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { capturePage } from '@src/capture';
import { normalizeDraft, type ReviewDraft } from '@src/capture/normalize';

export const NOW = new Date('2026-01-01T00:00:00.000Z');

export function docOf(html: string): Document {
  return parseHTML(html).document;
}

export function fixture(path: string): string {
  return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}

/** Captures in-page, then normalises as the background does. */
export function captureAndNormalize(html: string, pageUrl: string): ReviewDraft[] {
  const result = capturePage(docOf(html), pageUrl, NOW);
  return result.drafts.map((d, i) => normalizeDraft(d, result.pageHints, pageUrl, `d${i}`));
}
