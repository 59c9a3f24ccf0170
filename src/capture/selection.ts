// "Capture selection": turns a selected or pasted signature block (English or Chinese) into one draft.
// Pure string work; must never guess a name from a sign-off line or keep more than the block gives.
import { addToList, cleanText, emptyDraft, hasContent, setText } from './draft';
import {
  findEmails,
  findPhones,
  looksLikeJobTitle,
  looksLikeOrganization,
  looksLikePersonName,
  splitTitleAndOrg,
} from './patterns';
import type { CaptureContext, ProspectDraft } from './types';

const MAX_INPUT = 5000;
const SIGN_OFF =
  /^(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|yours)\b|^(?:此致|敬礼|谢谢|祝好|顺祝|商祺|--+|—+|_+)/i;
const LABEL =
  /^(?:name|姓名|title|职位|职务|company|公司|org(?:anization)?|单位|address|地址|tel|phone|mobile|手机|电话|email|邮箱|e-mail|web|网址|fax|传真)\s*[:：]\s*/i;
const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"'，。]+|\b(?:linkedin\.com\/in|github\.com|twitter\.com|x\.com)\/[^\s<>"'，。]+/gi;
const EN_ADDRESS =
  /\b\d+[A-Za-z]?\s+[\w .'-]+\b(?:street|st|road|rd|avenue|ave|lane|ln|way|square|sq|boulevard|blvd|drive|dr|place|pl|court|ct|suite|floor)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|,\s*[A-Z]{2}\s+\d{5}\b/i;
const ZH_ADDRESS = /(?:省|市|区|县|路|街|号|大厦|大楼|楼|室)/;
/** A Map, not an object: page text must never reach Object.prototype (`constructor`, `__proto__`). */
const COUNTRIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    uk: 'United Kingdom',
    'united kingdom': 'United Kingdom',
    england: 'United Kingdom',
    usa: 'United States',
    'united states': 'United States',
    us: 'United States',
    germany: 'Germany',
    france: 'France',
    china: 'China',
    中国: '中国',
    singapore: 'Singapore',
    canada: 'Canada',
    australia: 'Australia',
    ireland: 'Ireland',
    netherlands: 'Netherlands',
    japan: 'Japan',
    india: 'India',
    spain: 'Spain',
    italy: 'Italy',
  }),
);

function readAddress(
  draft: ProspectDraft,
  line: string,
  locator: string,
  ctx: CaptureContext,
): void {
  const zh = /(?:([\u4e00-\u9fff]{2,3}省))?\s*([\u4e00-\u9fff]{2,3}市)/.exec(line);
  if (zh) {
    if (zh[1]) setText(draft, 'region', zh[1], 'selection', locator, ctx);
    if (zh[2]) setText(draft, 'locality', zh[2], 'selection', locator, ctx);
    if (/中国/.test(line)) setText(draft, 'country', '中国', 'selection', locator, ctx);
    return;
  }
  const parts = line.split(/\s*,\s*/).filter(Boolean);
  const last = parts[parts.length - 1]?.toLowerCase().replace(/\.$/, '');
  const named = last ? COUNTRIES.get(last) : undefined;
  if (named) {
    setText(draft, 'country', named, 'selection', locator, ctx);
    parts.pop();
  }
  const us = /^([A-Za-z .'-]+),\s*([A-Z]{2})\s+\d{5}/.exec(parts.slice(-2).join(', '));
  if (us?.[1] && us[2]) {
    setText(draft, 'locality', us[1].trim(), 'selection', locator, ctx);
    setText(draft, 'region', us[2], 'selection', locator, ctx);
    return;
  }
  const uk = /^([A-Za-z .'-]+?)\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/.exec(
    parts[parts.length - 1] ?? '',
  );
  if (uk?.[1]) setText(draft, 'locality', uk[1].trim(), 'selection', locator, ctx);
}

/** Builds a draft from a signature block; returns undefined when nothing identifies a person. */
export function extractFromSelection(
  text: string,
  pageUrl = '',
  now = new Date(),
): ProspectDraft | undefined {
  const ctx: CaptureContext = {
    pageUrl: String(pageUrl).slice(0, 2048),
    capturedAt: now.toISOString(),
    diagnostics: [],
  };
  if (typeof text !== 'string') return undefined;
  const draft = emptyDraft();
  const lines = text
    .slice(0, MAX_INPUT)
    .split(/\r?\n|\r|\u2028|\s{2,}\|\s{2,}/)
    .slice(0, 60);
  const rest: { line: string; at: string; labelled: string }[] = [];
  lines.forEach((rawLine, i) => {
    const at = `selection:line ${i + 1}`;
    const line = cleanText(rawLine, 300);
    if (!line) return;
    for (const email of findEmails(line)) addToList(draft, 'emails', email, 'selection', at, ctx);
    for (const phone of findPhones(line)) addToList(draft, 'phones', phone, 'selection', at, ctx);
    for (const url of line.match(URL_RE) ?? [])
      addToList(
        draft,
        'urls',
        /^https?:/i.test(url) ? url : `https://${url}`,
        'selection',
        at,
        ctx,
      );
    const label = LABEL.exec(line)?.[0] ?? '';
    const stripped = line
      .replace(URL_RE, ' ')
      .replace(/\S+@\S+/g, ' ')
      .replace(
        /(?:tel|phone|mobile|mob|cell|fax|t|m|f|p|e|w|email|e-mail|web|电话|手机|传真|邮箱|网址)\s*[.:：]\s*[+＋]?[\d\s().\-–/]*/gi,
        ' ',
      )
      .replace(/[+＋]?\d[\d\s().\-–/]{6,}\d/g, ' ');
    const remaining = cleanText(stripped.replace(LABEL, ''), 300);
    if (remaining && !SIGN_OFF.test(line))
      rest.push({ line: remaining, at, labelled: label.toLowerCase() });
  });
  for (const { line, at, labelled } of rest) {
    if (
      /^(?:name|姓名)/.test(labelled) ||
      (!draft.name && !labelled && looksLikePersonName(line))
    ) {
      if (!draft.name && setText(draft, 'name', line, 'selection', at, ctx)) continue;
    }
    if (
      /^(?:address|地址)/.test(labelled) ||
      EN_ADDRESS.test(line) ||
      (ZH_ADDRESS.test(line) && /[市省]/.test(line) && line.length > 6)
    ) {
      readAddress(draft, line, at, ctx);
      continue;
    }
    if (/^(?:title|职位|职务)/.test(labelled) || (!draft.jobTitle && looksLikeJobTitle(line))) {
      const split = splitTitleAndOrg(line);
      setText(draft, 'jobTitle', split.title ?? line, 'selection', at, ctx);
      if (split.org) setText(draft, 'organization', split.org, 'selection', at, ctx);
      continue;
    }
    if (
      /^(?:company|公司|org|单位)/.test(labelled) ||
      (!draft.organization && looksLikeOrganization(line))
    ) {
      setText(draft, 'organization', line, 'selection', at, ctx);
      continue;
    }
    const country = COUNTRIES.get(line.toLowerCase());
    if (country) setText(draft, 'country', country, 'selection', at, ctx);
  }
  return hasContent(draft) ? draft : undefined;
}
