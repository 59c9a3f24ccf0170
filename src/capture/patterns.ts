// Text patterns used by the unstructured readers: emails, phones, person names, job titles, organisations.
// Pure string functions. Must never use unbounded input (callers cap lengths) or catastrophic regexes.
import {
  CJK_NOT_NAME,
  GIVEN_NAME_HOMONYMS,
  HONORIFIC,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  SURNAME_HOMONYMS,
  SURNAMES_1,
  SURNAMES_2,
} from './name-words';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const HAN_RUN = new RegExp(`^[${HAN}]{2,4}$`);
export const HAS_HAN = new RegExp(`[${HAN}]`);
const ANY_SPACE = /\s/;

/** Whitespace runs other than one plain space: the only ones collapsing changes. */
const SPACE_RUNS_TO_FOLD = / \s+|[^\S ]\s*/g;

/**
 * Collapses whitespace runs to one space and trims: the same text as `.replace(/\s+/g, ' ').trim()`, but a
 * text already in that form comes back as is (no new string for every single space between words).
 */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACE_RUNS_TO_FOLD, ' ').trim();
}

/** Emails in text, including common obfuscations ("name [at] host [dot] com", full-width ＠). */
const EMAIL_RE =
  /[A-Za-z0-9._%+-]{1,64}\s?(?:@|＠|\s?[[(（]at[\])）]\s?)\s?[A-Za-z0-9-]{1,63}(?:(?:\.|\s?[[(（]dot[\])）]\s?)[A-Za-z0-9-]{1,63}){1,6}/gi;

const SHOUTED_AT_DOT = /([A-Za-z0-9._-]) AT ([A-Za-z0-9-]+(?: DOT [A-Za-z0-9-]+){1,6})\b/g;

export function findEmails(text: string): string[] {
  const out: string[] = [];
  // "jmcallister AT lakemont DOT edu": upper-case words only, so prose "at" and "dot" stay prose.
  const bounded = text
    .slice(0, 20_000)
    .replace(SHOUTED_AT_DOT, (_m, local: string, host: string) => {
      return `${local}@${host.replace(/ DOT /g, '.')}`;
    });
  for (const match of bounded.matchAll(EMAIL_RE)) {
    const email = match[0]
      .replace(/\s?[[(（]at[\])）]\s?|＠/gi, '@')
      .replace(/\s?[[(（]dot[\])）]\s?/gi, '.')
      .replace(/\s/g, '')
      .replace(/\.+$/, '');
    if (/^[^@]+@[^@]+\.[A-Za-z]{2,24}$/.test(email)) out.push(email);
  }
  return out;
}

const PHONE_RE = /(?:\+|＋|\b00)?\(?\d[\d \u00a0().\-–/]{5,22}\d/g;
const PHONE_LABEL =
  /(?<![A-Za-z])(?:tel|phone|mobile|mob|cell|call|direct|dial|dd|line|office|t|m|p|ph|电话|手机|座机|联系电话|热线|移动电话|直线|直拨|電話|手機)\s*[.:：]?\s*(?:\([^)]{0,12}\)\s*)?$/i;
/** UK national layouts: 0161 496 0412, 020 7946 0871, 07911 123456, 01632 960123. */
const UK_NATIONAL = /^0\d{2,4} \d{3,4} ?\d{3,4}$/;
const FAX_LABEL = /(?:fax|传真|傳真|f)\s*[.:：]?\s*$/i;
const DATE_LIKE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/;

/** Phone numbers in text: need a leading +, a phone label, or a typical national layout. */
export function findPhones(text: string): string[] {
  const out: string[] = [];
  const capped = text.slice(0, 20_000);
  for (const match of capped.matchAll(PHONE_RE)) {
    const raw = match[0].trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || DATE_LIKE.test(raw)) continue;
    const before = capped.slice(Math.max(0, (match.index ?? 0) - 24), match.index ?? 0);
    if (FAX_LABEL.test(before)) continue;
    const plausible =
      /^(?:\+|＋|00)/.test(raw) ||
      PHONE_LABEL.test(before) ||
      /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(raw) ||
      /^1[3-9]\d[ -]?\d{4}[ -]?\d{4}$/.test(raw) ||
      /^0\d{2,3}[ -]\d{7,8}$/.test(raw) ||
      (UK_NATIONAL.test(raw) && (digits.length === 10 || digits.length === 11)) ||
      (raw.length >= capped.trim().length - 1 && digits.length >= 8 && /[ ()-]/.test(raw));
    if (plausible) out.push(raw.replace(/^＋/, '+'));
  }
  return out;
}

const ROLE_LOCALS = new Set(
  'info,support,sales,hello,contact,contacts,office,admin,team,help,enquiries,enquiry,inquiries,press,media,jobs,careers,hr,billing,noreply,no-reply,donotreply,webmaster,marketing,service,services,privacy,legal,events,partners,partnerships,security,abuse,postmaster,hostmaster,feedback,mail,general,reception,accounts,orders,bookings,newsletter,kefu,hr-cn,corrections,membership,members,speakers,editor,editorial,tips,newsroom,hiring,recruiting,recruitment,studio,enquiry,customerservice,customer-service,hr,ir,investors,investor-relations,dpo,gdpr,compliance,office-manager,reservations,concierge,frontdesk,front-desk,program,programme,conference,registration,register,office,committee,board,secretariat,webinar,ads,advertising,advertise,dataprotection,data-protection,visitor,visitors,exhibitor,exhibitors,name,yourname,your.name,firstname,firstname.lastname,first.last,lastname,username'.split(
    ',',
  ),
);

/** Role addresses (info@, support@…) belong to a function, not a person. */
export function isRoleEmail(email: string): boolean {
  const local = (email.split('@')[0]?.toLowerCase() ?? '').replace(/[._-]?\d+$/, '');
  return ROLE_LOCALS.has(local) || local.split(/[._-]/).some((token) => ROLE_LOCALS.has(token));
}

export function stripHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
}

/** A listed word that is also a surname (last word) or a given name (first word) there. */
function homonymAllowed(word: string, at: number, last: number): boolean {
  return (
    (at === last && at > 0 && SURNAME_HOMONYMS.has(word)) ||
    (at === 0 && last > 0 && GIVEN_NAME_HOMONYMS.has(word))
  );
}

/** Whether a short text reads like a person's name (Latin or CJK script). */
export function looksLikePersonName(raw: string): boolean {
  if (raw.length < 2 || raw.length > 80) return false;
  // One word in a non-Han script can never be a name (two capitalised words are needed): most chunks.
  if (!ANY_SPACE.test(raw) && !HAS_HAN.test(raw)) return false;
  const text = collapseWhitespace(raw);
  if (text.length < 2 || text.length > 60) return false;
  const compact = text.replace(/[\s\u3000·・]/g, '');
  if (HAS_HAN.test(compact)) {
    if (!HAN_RUN.test(compact) || CJK_NOT_NAME.test(compact)) return false;
    if (SURNAMES_2.some((s) => compact.startsWith(s))) return true;
    return compact.length <= 3 && SURNAMES_1.includes(compact[0] ?? '');
  }
  if (/[\d@/\\|:;!?#$%&*=+<>()[\]{}"“”]/.test(text)) return false;
  const tokens = stripHonorific(text)
    .replace(/,\s*(?:jr|sr|phd|md|ii|iii)\.?$/i, '')
    .split(' ');
  if (tokens.length < 2 || tokens.length > 5) return false;
  let capitalised = 0;
  const last = tokens.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const token = tokens[i]!;
    const lower = token.toLowerCase().replace(/[.,]$/, '');
    if (NOT_NAME_WORDS.has(lower) && !homonymAllowed(lower, i, last)) return false;
    if (NAME_PARTICLES.has(lower)) continue;
    const bare = token.replace(/,$/, '');
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(bare)) return false;
    if (/\p{Ll}\p{Lu}/u.test(bare) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|O')\p{Lu}/u.test(bare))
      return false;
    capitalised += 1;
  }
  return capitalised >= 2 && !/^\p{Lu}+$/u.test(compact);
}

const TITLE_WORDS =
  /\b(?:ceo|cto|cfo|coo|cmo|cio|cpo|ciso|vp|svp|evp|chief|officer|director|manager|head|lead|leader|engineer|developer|designer|architect|founder|co-founder|cofounder|partner|president|chair|chairman|chairwoman|chairperson|professor|lecturer|researcher|scientist|analyst|consultant|advisor|adviser|counsel|attorney|lawyer|specialist|coordinator|associate|executive|editor|writer|journalist|correspondent|producer|representative|administrator|secretary|treasurer|principal|owner|strategist|recruiter|accountant|officer|intern|fellow|dean|curator|librarian|economist|technologist|therapist|psychologist|entrepreneur|nurse|physician|doctor|surgeon|teacher|coach|evangelist|reporter|advocate|marketer|planner|buyer|agent|broker|supervisor|superintendent|commissioner|minister|ambassador|mayor|trustee|member of|managing|general manager|sales|marketing|engineering|student|candidate|postdoc|postdoctoral|phd|graduate|undergraduate|assistant|apprentice|trainee|volunteer|ambassador)\b/i;
const CJK_TITLE =
  /经理|总监|总裁|董事|主任|工程师|主管|专员|顾问|创始人|合伙人|教授|研究员|代表|负责人|秘书|会计|律师|设计师|主席|院长|校长|部长|处长|科长|总经理|副总|首席|CEO|CTO|助理|分析师|架构师|讲师|编辑|记者|店长|厂长|董事长|经理人|业务员|销售员|跟单员/;

/** Prose, not a title: starts with a pronoun ("I help…", "We're…", "我们…"). */
const PRONOUN_START = /^(?:(?:i|i'm|i’m|we|we're|we’re|we've|we’ve|our|my|he|she|they)\b|我)/i;
/** A sentence break inside the text ("…planning. I run"), not an abbreviation ("Assoc. Professor"). */
const SENTENCE_BREAK =
  /\p{Ll}(?<!\b(?:[Aa]ssoc|[Dd]ept|[Cc]orp|[Ii]nc|[Ss]r|[Jj]r|[Mm]gr|[Aa]sst|[Pp]rof|[Dd]ir|[Dd]iv|[Ii]ntl|[Gg]ovt|[Cc]o|[Ll]td|[Ss]t|[Nn]o|[Vv]s))\.\s+\p{Lu}/u;

export function looksLikeJobTitle(raw: string): boolean {
  const text = raw.trim();
  if (text.length < 2 || text.length > 90 || /@|https?:|\d{5,}|^[.,;!?]/.test(text)) return false;
  if (!TITLE_WORDS.test(text) && !CJK_TITLE.test(text)) return false;
  if (/\b(?:is|was|are|has|have|covering)\b/.test(text)) return false; // lower case: not "IS Manager"
  return !PRONOUN_START.test(text) && !(text.length > 40 && SENTENCE_BREAK.test(text));
}

const ENCLOSED = /^[(（[【]([^()（）[\]【】]+)[)）\]】]$/;

/** "（技术总监）" -> "技术总监", "(CTO)" -> "CTO": brackets around a whole title are not part of it. */
export function unwrapBrackets(text: string): string {
  const first = text[0];
  if (first !== '(' && first !== '（' && first !== '[' && first !== '【') return text;
  return ENCLOSED.exec(text)?.[1]?.trim() ?? text;
}

const ORG_SUFFIX =
  /\b(?:inc|ltd|llc|llp|plc|gmbh|ag|sa|sas|srl|bv|nv|oy|ab|as|kk|corp|corporation|company|co|limited|group|holdings|university|college|institute|foundation|labs?|partners|associates|agency|studio|bank)\b\.?/i;
const CJK_ORG_END =
  /(?:有限公司|公司|集团|大学|学院|研究院|研究所|事务所|银行|医院|协会|基金会|中心)$/;

const CJK_FIELD_LABEL = /^[\u4e00-\u9fff]{2,6}\s*[:：]/;

export function looksLikeOrganization(raw: string): boolean {
  const text = raw.trim();
  if (text.length < 2 || text.length > 120 || /@/.test(text)) return false;
  // "主营产品：数控加工中心" is a labelled field and "A中心、B中心" a list of products, not a name.
  if (HAS_HAN.test(text))
    return !CJK_FIELD_LABEL.test(text) && !text.includes('、') && CJK_ORG_END.test(text);
  return ORG_SUFFIX.test(text);
}

/** Splits "CTO at Acme Corp" / "CTO, Acme Corp" / "Acme 公司 总经理" into title and organisation. */
export function splitTitleAndOrg(raw: string): { title?: string; org?: string } {
  const text = unwrapBrackets(raw.trim());
  const match = /^(.{2,80}?)\s*(\bat\b|@|,|，|\||·|–|—)\s*(.{2,100})$/i.exec(text);
  if (match && match[1] && match[3]) {
    const [a, b] = [match[1].trim(), match[3].trim()];
    if (
      (match[2] === ',' || match[2] === '，') &&
      !looksLikeOrganization(b) &&
      !looksLikeOrganization(a)
    )
      return looksLikeJobTitle(text) ? { title: text } : {};
    if (looksLikeJobTitle(a) && !looksLikeJobTitle(b)) return { title: a, org: b };
    if (looksLikeJobTitle(b) && !looksLikeJobTitle(a) && looksLikeOrganization(a))
      return { title: b, org: a };
  }
  return looksLikeJobTitle(text) ? { title: text } : {};
}

/** Known public-profile hosts: links to these inside a person's box are that person's profiles. */
export function isProfileUrl(href: string): boolean {
  return /^https?:\/\/(?:[\w-]+\.)?(?:linkedin\.com\/(?:in|pub)\/|twitter\.com\/\w|x\.com\/\w|github\.com\/\w|gitlab\.com\/\w|mastodon\.\w+\/@|weibo\.com\/|zhihu\.com\/people\/|scholar\.google\.\w+\/citations|orcid\.org\/\d|medium\.com\/@|bsky\.app\/profile\/|instagram\.com\/\w|facebook\.com\/\w)/i.test(
    href,
  );
}
