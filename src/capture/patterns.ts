// Text patterns used by the unstructured readers: emails, phones, person names, job titles, organisations.
// Pure string functions. Must never use unbounded input (callers cap lengths) or catastrophic regexes.

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

export function findEmails(text: string): string[] {
  const out: string[] = [];
  for (const match of text.slice(0, 20_000).matchAll(EMAIL_RE)) {
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
  /(?:tel|phone|mobile|mob|cell|call|direct|office|t|m|p|ph|电话|手机|座机|联系电话|热线|移动电话|電話|手機)\s*[.:：]?\s*(?:\([^)]{0,12}\)\s*)?$/i;
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
      (raw.length >= capped.trim().length - 1 && digits.length >= 8 && /[ ()-]/.test(raw));
    if (plausible) out.push(raw.replace(/^＋/, '+'));
  }
  return out;
}

const ROLE_LOCALS = new Set(
  'info,support,sales,hello,contact,contacts,office,admin,team,help,enquiries,enquiry,inquiries,press,media,jobs,careers,hr,billing,noreply,no-reply,donotreply,webmaster,marketing,service,services,privacy,legal,events,partners,partnerships,security,abuse,postmaster,hostmaster,feedback,mail,general,reception,accounts,orders,bookings,newsletter,kefu,hr-cn,corrections,membership,members,speakers,editor,editorial,tips,newsroom,hiring,recruiting,recruitment,studio,enquiry,customerservice,customer-service,hr,ir,investors,investor-relations,dpo,gdpr,compliance,office-manager,reservations,concierge,frontdesk,front-desk,program,programme,conference,registration,register,office,committee,board,secretariat,webinar'.split(
    ',',
  ),
);

/** Role addresses (info@, support@…) belong to a function, not a person. */
export function isRoleEmail(email: string): boolean {
  const local = (email.split('@')[0]?.toLowerCase() ?? '').replace(/[._-]?\d+$/, '');
  return ROLE_LOCALS.has(local) || local.split(/[._-]/).some((token) => ROLE_LOCALS.has(token));
}

const NOT_NAME_WORDS = new Set(
  `about,our,the,team,teams,contact,contacts,us,meet,people,staff,leadership,board,directors,management,speakers,speaker,
  agenda,home,news,blog,events,event,services,service,products,product,solutions,company,careers,jobs,office,offices,
  sales,support,marketing,engineering,design,research,development,finance,legal,operations,partners,partner,press,media,
  head,chief,officer,executive,director,manager,lead,senior,junior,president,vice,founder,cofounder,co-founder,
  follow,read,more,view,profile,email,phone,call,send,message,website,welcome,hello,join,subscribe,privacy,policy,terms,
  new,york,san,francisco,london,street,road,avenue,inc,ltd,llc,gmbh,corp,limited,group,university,institute,
  conference,summit,keynote,panel,workshop,session,day,morning,afternoon,january,february,march,april,june,july,august,
  september,october,november,december,monday,tuesday,wednesday,thursday,friday,saturday,sunday,customer,customers,
  all,rights,reserved,copyright,related,posts,latest,article,articles,share,comments,location,address,hours,opening,
  written,by,posted,author,authors,technology,analytics,data,digital,global,international,department,faculty,open,
  get,touch,find,learn,how,what,why,who,we,are,is,and,of,for,in,on,at,to,with,your,my,a,an,
  labs,lab,studio,studios,capital,energy,bank,systems,solutions,ventures,health,consulting,holdings,technologies,
  software,networks,sponsor,platinum,gold,silver,bronze,ab,ag,sa,plc,co,partnership,associates,agency,foundation,
  fund,trust,council,ministry,society,association,club,school,hospital,clinic,centre,center,store,shop,market,
  europe,asia,africa,america,world,national,city,north,south,east,west,central,park,hall,house,tower,building,
  enquiries,inquiries,press,general,main,line,fax,tel,mobile,web,online,free,trial,demo,pricing,features,
  pages,page,menu,search,login,sign,up,cart,next,previous,back,top,skip,content,reception,desk,front`
    .split(/[\s,]+/)
    .filter(Boolean),
);

const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'y',
  'dos',
  'ter',
]);
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+/i;
const SURNAMES_1 =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝张陳楊黃趙吳劉鄭謝許韓馮鄧蕭葉蘇魏呂沈盧薑鐘譚陸範賈韋鄒熊閻顧龔萬錢嚴溫齊喬龐聶魯嶽蘭俞';
const SURNAMES_2 = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '慕容',
  '司徒',
  '令狐',
  '夏侯',
  '歐陽',
];
const CJK_NOT_NAME =
  /经理|总监|总裁|董事|主任|工程师|主管|专员|顾问|公司|科技|集团|部门|中心|团队|联系|电话|邮箱|地址|首页|关于|我们|新闻|产品|服务|销售|市场|客服|招聘|简介|有限|大学|学院|研究|先生|女士|创始|合伙|教授|博士|合作|商务|技术|市场|部|处|室|组|服务|客户|欢迎|新闻|动态|案例|方案|平台|系统|数据|信息|网络|管理|业务|发展|文化|荣誉|资质|下载|留言|在线|咨询|总机|传真|热线|位置|时间|首页|更多|详情|团队|成员|领导/;

export function stripHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
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
  for (const token of tokens) {
    const lower = token.toLowerCase().replace(/[.,]$/, '');
    if (NOT_NAME_WORDS.has(lower)) return false;
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
  /\b(?:ceo|cto|cfo|coo|cmo|cio|cpo|ciso|vp|svp|evp|chief|officer|director|manager|head|lead|leader|engineer|developer|designer|architect|founder|co-founder|cofounder|partner|president|chair|chairman|chairwoman|chairperson|professor|lecturer|researcher|scientist|analyst|consultant|advisor|adviser|counsel|attorney|lawyer|specialist|coordinator|associate|executive|editor|writer|journalist|correspondent|producer|representative|administrator|secretary|treasurer|principal|owner|strategist|recruiter|accountant|officer|intern|fellow|dean|curator|librarian|nurse|physician|doctor|surgeon|teacher|coach|evangelist|advocate|marketer|planner|buyer|agent|broker|supervisor|superintendent|commissioner|minister|ambassador|mayor|trustee|member of|managing|general manager|sales|marketing|engineering|student|candidate|postdoc|postdoctoral|phd|graduate|undergraduate|assistant|apprentice|trainee|volunteer|ambassador)\b/i;
const CJK_TITLE =
  /经理|总监|总裁|董事|主任|工程师|主管|专员|顾问|创始人|合伙人|教授|研究员|代表|负责人|秘书|会计|律师|设计师|主席|院长|校长|部长|处长|科长|总经理|副总|首席|CEO|CTO|助理|分析师|架构师|讲师|编辑|记者|店长|厂长|董事长|经理人/;

export function looksLikeJobTitle(raw: string): boolean {
  const text = raw.trim();
  if (text.length < 2 || text.length > 90 || /@|https?:|\d{5,}/.test(text)) return false;
  return TITLE_WORDS.test(text) || CJK_TITLE.test(text);
}

const ORG_SUFFIX =
  /\b(?:inc|ltd|llc|llp|plc|gmbh|ag|sa|sas|srl|bv|nv|oy|ab|as|kk|corp|corporation|company|co|limited|group|holdings|university|college|institute|foundation|labs?|partners|associates|agency|studio|bank)\b\.?/i;
const CJK_ORG_END =
  /(?:有限公司|公司|集团|大学|学院|研究院|研究所|事务所|银行|医院|协会|基金会|中心)$/;

export function looksLikeOrganization(raw: string): boolean {
  const text = raw.trim();
  if (text.length < 2 || text.length > 120 || /@/.test(text)) return false;
  return HAS_HAN.test(text) ? CJK_ORG_END.test(text) : ORG_SUFFIX.test(text);
}

/** Splits "CTO at Acme Corp" / "CTO, Acme Corp" / "Acme 公司 总经理" into title and organisation. */
export function splitTitleAndOrg(raw: string): { title?: string; org?: string } {
  const text = raw.trim();
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
