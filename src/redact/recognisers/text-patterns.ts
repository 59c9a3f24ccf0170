// Recognisers that start from a rare trigger character rather than a digit chain: e-mail ("@"), URL
// ("://", "www.", ".com"... see url-triggers.ts), IPv6 and MAC addresses (":" / "-" hex runs). Dates
// written with month names or in Chinese are in dates.ts. Must never use an unbounded pattern that can backtrack: triggers are found by simple
// regexes and expanded by bounded loops.
import { SCORE } from './scores';
import { URL_TRIGGER_KIND, UrlTriggers, type UrlTrigger } from './url-triggers';

export type Emit = (entity: string, start: number, end: number, score: number) => void;

/**
 * Accented Latin letters of internationalised addresses (RFC 6531 mailboxes, IDN hosts):
 * "jürgen.müller@bäckerei-müller.de" is one address, not "ller.de". Not Greek, Cyrillic or Han: text in
 * those scripts runs straight into ASCII addresses ("Москваjohn@example.ru", "邮箱john@example.cn").
 */
function isIntlLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

function isAsciiDomainChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45
  );
}

function isLocalChar(c: number): boolean {
  return (
    isIntlLetter(c) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 46 ||
    c === 95 ||
    c === 37 ||
    c === 43 ||
    c === 45
  );
}
function isDomainChar(c: number): boolean {
  return isAsciiDomainChar(c) || isIntlLetter(c);
}

/** Product names written like domains ("ASP.NET", "Socket.IO"): in notes they name software, not sites. */
const PRODUCT_NAMES = new Set(['asp.net', 'ado.net', 'vb.net', 'socket.io']);

/** End of a host name starting at `pos`, with trailing dots and hyphens trimmed. */
function hostEnd(text: string, pos: number, limit = 253, ascii = false): number {
  let end = pos;
  const isHostChar = ascii ? isAsciiDomainChar : isDomainChar;
  while (end < text.length && end - pos < limit && isHostChar(text.charCodeAt(end))) end++;
  while (end > pos && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  return end;
}

/**
 * End of a valid host at `pos`, or -1. Accented letters belong to an IDN host, but a word running on after
 * an ASCII top-level domain ("info@firma.deÜber") is not part of it: then the ASCII host is taken.
 */
function validHostEnd(text: string, pos: number): number {
  const end = hostEnd(text, pos);
  if (validHost(text, pos, end)) return end;
  const asciiEnd = hostEnd(text, pos, 253, true);
  return asciiEnd !== end && validHost(text, pos, asciiEnd) ? asciiEnd : -1;
}

/**
 * A host name in text[start, end): at least two dot-separated labels, none empty, longer than 63 or
 * starting with "-", the last one 2-24 ASCII letters. Read in place (no slices).
 */
function validHost(text: string, start: number, end: number): boolean {
  let labelStart = start;
  let dots = 0;
  let tldLetters = true;
  for (let k = start; k <= end; k++) {
    const c = k < end ? text.charCodeAt(k) : 46; // the end closes the last label
    if (c === 46) {
      const length = k - labelStart;
      if (length === 0 || length > 63 || text.charCodeAt(labelStart) === 45) return false;
      if (k < end) {
        dots++;
        labelStart = k + 1;
        tldLetters = true;
      }
    } else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      tldLetters = false;
    }
  }
  const tldLength = end - labelStart;
  if (tldLength <= 4 && FILE_ENDINGS.has(text.slice(labelStart, end).toLowerCase())) return false;
  return dots > 0 && tldLetters && tldLength >= 2 && tldLength <= 24;
}

/** File name endings that are not top-level domains in use for e-mail ("report@2x.png"). */
const FILE_ENDINGS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'pdf',
  'css',
  'js',
  'json',
]);

export function findEmails(text: string, emit: Emit): void {
  let lastEnd = 0;
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    let s = i;
    while (s > lastEnd && i - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < i && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 45)) s++;
    if (s === i) {
      lastEnd = i + 1;
      continue;
    }
    const e = validHostEnd(text, i + 1);
    if (e < 0) {
      lastEnd = i + 1; // a later local part never reaches back over this "@"
      continue;
    }
    emit('EMAIL_ADDRESS', s, e, SCORE.validated);
    lastEnd = e;
    i = Math.max(i, e - 1); // the next "@" is searched after the address
  }
}

function isUrlPathChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96;
}

export function findUrls(text: string, emit: Emit): void {
  const triggers = new UrlTriggers(text);
  let from = 0;
  let lastEnd = 0;
  let m: UrlTrigger | null;
  while ((m = triggers.next(from)) !== null) {
    from = m.end;
    let start: number;
    let hostStart: number;
    let score: number = SCORE.medium;
    if (m.kind === URL_TRIGGER_KIND.scheme) {
      start = m.start;
      hostStart = m.end;
    } else if (m.kind === URL_TRIGGER_KIND.www) {
      start = hostStart = m.start;
    } else {
      // bare domain: walk back over the host; skip it when it is the domain of an e-mail
      let s = m.start;
      while (s > lastEnd && m.start - s < 253 && isDomainChar(text.charCodeAt(s - 1))) s--;
      while (s < m.start && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 45)) s++;
      if (s === m.start || text.charCodeAt(s - 1) === 64) continue;
      start = hostStart = s;
      score = SCORE.medium - 0.1;
    }
    const validEnd = validHostEnd(text, hostStart);
    const hEnd = validEnd < 0 ? hostEnd(text, hostStart) : validEnd;
    if (
      m.kind === URL_TRIGGER_KIND.domain &&
      hEnd - start <= 9 &&
      PRODUCT_NAMES.has(text.slice(start, hEnd).toLowerCase())
    )
      continue;
    if (validEnd < 0) {
      // Nothing in this host run can start a URL: never scan it again (keeps adversarial input linear).
      lastEnd = Math.max(lastEnd, hEnd);
      from = Math.max(from, hEnd);
      continue;
    }
    let end = hEnd;
    const next = text.charCodeAt(end);
    if (next === 47 || next === 58 || next === 63 || next === 35) {
      while (end < text.length && end - hEnd < 2048 && isUrlPathChar(text.charCodeAt(end))) end++;
      while (end > hEnd && '.,;:!?)]}'.includes(text.charAt(end - 1))) end--;
    }
    emit('URL', start, end, score);
    lastEnd = end;
    from = Math.max(from, end);
  }
}

/** IPv6 (with "::" compression) or colon MAC, anchored where the walk back from a ":" stopped. */
const COLON_NET = /[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:-])/y;
const COLON_MAC = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;

function validIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const parts = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (parts.some((p) => p.length === 0 || p.length > 4)) return false;
  return halves.length === 2 ? parts.length <= 7 : parts.length === 8;
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Colon-written IPv6 and MAC addresses, triggered by ":" (dash and dot MACs are chain recognisers). */
export function findColonNetwork(text: string, emit: Emit): void {
  let lastEnd = 0;
  let p = text.indexOf(':');
  while (p >= 0) {
    let s = p;
    while (s > lastEnd && p - s < 40 && isHexOrColon(text.charCodeAt(s - 1))) s--;
    const before = text.charCodeAt(s - 1);
    // Only the start of a hex/colon run can begin an address; after trying it, skip the whole run.
    let next = p + 1;
    while (next < text.length && isHexOrColon(text.charCodeAt(next))) next++;
    if (s === 0 || !(isWordChar(before) || before === 46 || before === 45)) {
      COLON_NET.lastIndex = s;
      const m = COLON_NET.exec(text);
      if (m !== null && m[0].length > 2) {
        const end = s + m[0].length;
        if (COLON_MAC.test(m[0])) emit('MAC_ADDRESS', s, end, SCORE.strong);
        else if (validIpv6(m[0])) emit('IP_ADDRESS', s, end, SCORE.strong);
      }
    }
    lastEnd = next;
    p = text.indexOf(':', next);
  }
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
