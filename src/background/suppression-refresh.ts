// Refreshes the connector's part of the suppression list (keyed hashes only) on the policy poll
// alarm and at start: from `suppression.listRef` (an endpoint id of `connector.endpoints`, or a
// list URL: https, or http on this computer), else from every configured endpoint's
// GET /v1/suppression. Only with an organisation key in the policy (entries are meaningless
// without it). The list only grows: a person the connector stops listing (a reset or wrong database,
// a wrong listRef, a spoofed answer) stays suppressed on this device. Must never shrink the list,
// keep a malformed entry, or record or log anything but counts and HTTP statuses.
import * as v from 'valibot';
import type { Policy, ResolvedPolicy } from '@src/policy';
import { recordAudit } from './audit-service';
import { currentPolicy } from './policy-service';
import {
  readSuppressionEntries,
  SuppressionEntrySchema,
  writeSuppressionEntries,
} from './suppression-store';

const MAX_ENTRIES = 200_000;
/** Room for MAX_ENTRIES entries of 55 characters with JSON quoting and commas, and a little more. */
const MAX_BODY_CHARS = MAX_ENTRIES * 64 + 4096;
const ResponseSchema = v.object({
  entries: v.pipe(v.array(v.string()), v.maxLength(MAX_ENTRIES)),
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

/** A refusal of the list's answer, by kind only (never a value from the body). */
class RefreshFailure extends Error {}

async function fetchEntries(url: string): Promise<string[]> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new RefreshFailure(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BODY_CHARS) throw new RefreshFailure('too large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RefreshFailure('not JSON');
  }
  const parsed = v.safeParse(ResponseSchema, body);
  if (!parsed.success) throw new RefreshFailure('malformed');
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
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [failureKind(r.reason)] : []));
  if (failures.length > 0)
    console.warn(
      `Lawful Leads: the suppression list could not be refreshed from ${failures.length} of ${sources.length} sources (${failures.join(', ')}); the stored list is kept.`,
    );
  // Only ever add: what the connector no longer lists stays suppressed here.
  const next = [...new Set([...previous, ...fetched])].sort();
  if (next.length !== previous.length) {
    await writeSuppressionEntries(next);
    await recordAudit({ type: 'suppression_updated', count: next.length, outcome: 'ok' });
  }
  return { count: next.length, sources: sources.length, failed: failures.length };
}

/** A failure as a short, value-free kind ("HTTP 503", "not JSON", "network"). */
function failureKind(reason: unknown): string {
  if (reason instanceof RefreshFailure) return reason.message;
  return reason instanceof Error && reason.name === 'TimeoutError' ? 'timeout' : 'network';
}
