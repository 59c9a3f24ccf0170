// Memoised pure text tests for one capture run: person cards repeat the same chrome texts and class
// strings, so each distinct text is classified once. Must never hold page text beyond the capture run
// (one instance per PeopleFinder) and never grow without bound (MEMO_SIZE entries per table).
import {
  collapseWhitespace,
  looksLikeJobTitle,
  looksLikeOrganization,
  looksLikePersonName,
  splitTitleAndOrg,
  stripHonorific,
} from './patterns';
import { nameKey, type NameTest } from './names-in';

const MEMO_SIZE = 10_000;
/** A relative link to the site's home page: "/", "./", "/index.html" (no fragment-only or absolute links). */
const HOME_LINK = /^\.?\/(?:index\.\w{3,4})?(?:\?[^#]*)?$/i;
const TITLE_CLASS = /title|role|position|job|designation|headline|occupation|post\b/i;
const ORG_CLASS = /\b(?:org|company|organi[sz]ation|affiliation|employer|firm)\b/i;
const PLACE_CLASS = /\b(?:location|city|locality)\b/i;
const SENTENCE_ROLE =
  /^(?:[^.;]{0,60}?\s)?(?:is|serves as|works as)\s+(?:the\s+|an?\s+|our\s+)?([^,.;]{2,60}?)\s+(?:at|of|for|with)\s+(\p{Lu}[^;]{1,80}?)(?=,\s*(?:where|and|who|which)\b|[.;]\s|[.;]?$)/u;

/** Bit flags for the field a class attribute names. */
export const CLASS_KIND = { none: 0, title: 1, org: 2, place: 4 } as const;

export type TitleAndOrg = { title?: string; org?: string };
export type SentenceRole = readonly [title: string, org: string | undefined];

function memo<T>(table: Map<string, T>, key: string, compute: (key: string) => T): T {
  const known = table.get(key);
  if (known !== undefined) return known;
  const answer = compute(key);
  if (table.size < MEMO_SIZE) table.set(key, answer);
  return answer;
}

function sentenceRoleOf(text: string): SentenceRole | null {
  const match = SENTENCE_ROLE.exec(text);
  return match?.[1] ? [match[1], match[2]] : null;
}

function classKindOf(cls: string): number {
  return (
    (TITLE_CLASS.test(cls) && !/name/i.test(cls) ? CLASS_KIND.title : 0) |
    (ORG_CLASS.test(cls) ? CLASS_KIND.org : 0) |
    (PLACE_CLASS.test(cls) ? CLASS_KIND.place : 0)
  );
}

export class TextTests implements NameTest {
  private readonly splits = new Map<string, TitleAndOrg>();
  private readonly orgs = new Map<string, boolean>();
  private readonly titles = new Map<string, boolean>();
  private readonly persons = new Map<string, boolean>();
  private readonly classKinds = new Map<string, number>();
  private readonly roles = new Map<string, SentenceRole | null>();
  private readonly names = new Map<string, boolean>();

  split(text: string): TitleAndOrg {
    return memo(this.splits, text, splitTitleAndOrg);
  }

  isOrg(text: string): boolean {
    return memo(this.orgs, text, looksLikeOrganization);
  }

  /** `brands`: name keys of the site's own brand (see isSiteBrand). */
  constructor(private readonly brands?: ReadonlySet<string>) {}

  isPerson(text: string): boolean {
    return memo(this.persons, text, looksLikePersonName);
  }

  /**
   * The site's own brand where the site names itself: its header, navigation or footer, or a relative
   * link to its home page ("Kestrel Freight" in the header is no person). Elsewhere the same words may
   * be a person: the owner of a personal site whose title or og:site_name is their name.
   */
  isSiteBrand(text: string, el: Element): boolean {
    if (!this.brands?.size) return false;
    if (!this.brands.has(nameKey(stripHonorific(collapseWhitespace(text))))) return false;
    if (el.closest('header, nav, footer')) return true;
    const href = el.closest('a')?.getAttribute('href')?.trim();
    return href !== undefined && HOME_LINK.test(href);
  }

  /** A plausible person name (see isPlainName), sharing the person, title and organisation answers. */
  isName(text: string): boolean {
    return memo(this.names, text, (t) => this.isPerson(t) && !this.isTitle(t) && !this.isOrg(t));
  }

  isTitle(text: string): boolean {
    return memo(this.titles, text, looksLikeJobTitle);
  }

  /** "<name> is CFO at Ledgerline, Inc., where…": the title and organisation, or null. */
  sentenceRole(text: string): SentenceRole | null {
    return memo(this.roles, text, sentenceRoleOf);
  }

  /** Which fields a chunk's class attribute names, as CLASS_KIND bits. */
  classKind(cls: string): number {
    return memo(this.classKinds, cls, classKindOf);
  }
}
