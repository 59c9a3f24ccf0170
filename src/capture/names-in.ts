// Finds the person names in a container's chunks (whole chunks first, then their segments, then a name
// before a bracketed title), with the name key used to compare them. Must never accept a text the name
// test rejects, or the site's own brand where the site names itself.
import { segments, type Chunk } from './chunks';
import { cleanName } from './draft';
import { looksLikeJobTitle, looksLikeOrganization, looksLikePersonName } from './patterns';

const NAME_PREFIX =
  /^(?:(?:about|meet|by|written by|posted by|author|作者|联系人)\s*[:：]?\s+|(?:speakers?|moderator|host|panell?ist|chair|in conversation with|主讲人|主持人|嘉宾)\s*[:：]\s*)/i;
/** First characters NAME_PREFIX can start with: other chunks skip the regex. */
const PREFIX_STARTS = new Set([...'aAmMbBwWpPsShHcCiI作联主嘉']);
/** The name test, memoised by the caller (the people finder shares it with its other text tests). */
export interface NameTest {
  isName(text: string): boolean;
  isTitle(text: string): boolean;
  /** The site's own brand where the site names itself (see TextTests.isSiteBrand). */
  isSiteBrand?(text: string, el: Element): boolean;
}

/** A plausible person name: reads like a name, and not like a job title or an organisation. */
export function isPlainName(text: string): boolean {
  return looksLikePersonName(text) && !looksLikeJobTitle(text) && !looksLikeOrganization(text);
}

const UNMEMOISED: NameTest = { isName: isPlainName, isTitle: looksLikeJobTitle };

/** The capitalised words ending a text ("speak to Priyanka Desai" -> "Priyanka Desai"). */
const TRAILING_NAME = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+)$/u;

/** "… speak to Priyanka Desai (Customs Specialist) on …": a name ending the text before a bracketed title. */
function nameBeforeTitle(text: string, test: NameTest): string | undefined {
  const open = text.indexOf('(');
  if (open < 3) return undefined;
  const close = text.indexOf(')', open);
  if (close < 0 || !test.isTitle(text.slice(open + 1, close))) return undefined;
  const candidate = TRAILING_NAME.exec(text.slice(0, open).trimEnd())?.[1];
  return candidate !== undefined && test.isName(candidate) ? candidate : undefined;
}

export interface NameHit {
  name: string;
  key: string;
  el: Element;
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.'’-]/g, '');
}

/** Up to `limit` distinct plausible person names in the chunks (whole chunk first, then its segments). */
/** The answer for containers without a name (most of them): shared, never mutated. */
const NO_NAMES: NameHit[] = [];

export function namesIn(chunks: Chunk[], limit = 2, test: NameTest = UNMEMOISED): NameHit[] {
  // Most containers hold no name: the list is allocated only when a candidate turns up.
  let found: NameHit[] | undefined;
  for (const chunk of chunks) {
    if (chunk.text.length > 200) continue;
    const whole = PREFIX_STARTS.has(chunk.text[0] ?? '')
      ? chunk.text.replace(NAME_PREFIX, '')
      : chunk.text;
    if (!test.isName(whole) || test.isSiteBrand?.(whole, chunk.el)) continue;
    found ??= [];
    if (addName(found, whole, chunk, limit)) return found;
  }
  if (found) return found;
  for (const chunk of chunks) {
    if (chunk.text.length > 200) continue;
    const first =
      segments(chunk.text).find(
        (part) => test.isName(part) && !test.isSiteBrand?.(part, chunk.el),
      ) ?? (chunk.text.includes('(') ? nameBeforeTitle(chunk.text, test) : undefined);
    if (first === undefined) continue;
    found ??= [];
    if (addName(found, first, chunk, limit)) return found;
  }
  return found ?? NO_NAMES;
}

/** Adds one candidate unless it repeats a found name; true when `limit` names are found. */
function addName(found: NameHit[], candidate: string, chunk: Chunk, limit: number): boolean {
  const name = cleanName(candidate);
  if (!name) return false;
  const key = nameKey(name);
  if (found.some((f) => f.key === key || f.key.includes(key) || key.includes(f.key))) return false;
  found.push({ name, key, el: chunk.el });
  return found.length >= limit;
}
