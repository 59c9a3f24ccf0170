// Refreshes the connector's part of the suppression list (keyed hashes only) on the policy poll
// alarm and at start: from `suppression.listRef` (an endpoint id of `connector.endpoints`, or a
// list URL: https, or http on this computer), else from every configured endpoint's
// GET /v1/suppression. Only with an organisation key in the policy (entries are meaningless
// without it). Must never shrink the list after a failed fetch, keep a malformed entry, or record
// anything but a count in the audit trail.
import * as v from 'valibot';
import type { Policy, ResolvedPolicy } from '@src/policy';
import { recordAudit } from './audit-service';
import { currentPolicy } from './policy-service';
import {
  readSuppressionEntries,
  SuppressionEntrySchema,
  writeSuppressionEntries,
} from './suppression-store';

const MAX_BODY_CHARS = 8_000_000;
const ResponseSchema = v.object({
  entries: v.pipe(v.array(v.string()), v.maxLength(200_000)),
});

function allowedUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  return url.protocol === 'https:' || (url.protocol === 'http:' && local) ? url.href : undefined;
}

/** Where this policy's connector-side suppression list is fetched from. */
export function suppressionSources(policy: Policy): string[] {
  const endpoints = policy.connector.endpoints;
  const listUrl = (base: string) => `${base.replace(/\/+$/, '')}/v1/suppression`;
  const ref = policy.suppression.listRef;
  if (ref !== undefined) {
    const endpoint = Object.hasOwn(endpoints, ref) ? endpoints[ref] : undefined;
    if (endpoint) return [listUrl(endpoint.url)];
    const url = allowedUrl(ref);
    return url ? [url] : [];
  }
  return Object.values(endpoints).flatMap((endpoint) => (endpoint ? [listUrl(endpoint.url)] : []));
}

async function fetchEntries(url: string): Promise<string[]> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`suppression list HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BODY_CHARS) throw new Error('suppression list too large');
  const parsed = v.safeParse(ResponseSchema, JSON.parse(text));
  if (!parsed.success) throw new Error('suppression list malformed');
  return parsed.output.entries.filter((entry) => v.is(SuppressionEntrySchema, entry));
}

export interface SuppressionRefresh {
  count: number;
  sources: number;
  failed: number;
}

export async function refreshSuppressionList(
  resolved?: ResolvedPolicy,
): Promise<SuppressionRefresh> {
  const { policy } = resolved ?? (await currentPolicy());
  const sources = policy.suppression.hashKey === undefined ? [] : suppressionSources(policy);
  const previous = await readSuppressionEntries();
  if (sources.length === 0) return { count: previous.length, sources: 0, failed: 0 };
  const results = await Promise.allSettled(sources.map(fetchEntries));
  const fetched = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  const failed = results.filter((r) => r.status === 'rejected').length;
  // A failed source never shrinks the list: keep what it gave last time.
  const next = [...new Set(failed > 0 ? [...previous, ...fetched] : fetched)].sort();
  if (failed < sources.length && next.join('\n') !== [...previous].sort().join('\n')) {
    await writeSuppressionEntries(next);
    await recordAudit({ type: 'suppression_updated', count: next.length, outcome: 'ok' });
  }
  return {
    count: failed < sources.length ? next.length : previous.length,
    sources: sources.length,
    failed,
  };
}
