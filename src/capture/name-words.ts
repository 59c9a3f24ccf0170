// Word lists behind the person-name test (patterns.ts): words that rule a text out as a person's name (page
// furniture, firm and service words, greetings), the few of them that are also common surnames or given
// names (allowed only in that position), name particles, honorifics and Chinese surnames. Data only: must
// never hold logic.
export const NOT_NAME_WORDS = new Set(
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
  pages,page,menu,search,login,sign,up,cart,next,previous,back,top,skip,content,reception,desk,front,
  google,scholar,linkedin,github,gitlab,orcid,researchgate,twitter,facebook,instagram,youtube,bluesky,
  mastodon,wechat,weibo,zhihu,medium,tiktok,whatsapp,telegram,substack,pinterest,reddit,xing,vimeo,
  advisory,advisors,advisers,consultancy,consultants,freight,logistics,shipping,transport,insurance,
  industries,enterprises,properties,realty,foods,retail,pharma,therapeutics,robotics,interactive,
  insights,strategies,communications,weekly,daily,magazine,journal,forum,
  town,village,science,business,industrial,memorial,concert,sports,securities,investments,
  key,royal,investor,boxing,sterling,mother's,mother’s,
  hi,hey,dear,thanks,thank,i,i'm,i’m,committee,programme,program,panellists,panelists,moderator,moderators,speakers,host,hosts`
    .split(/[\s,]+/)
    .filter(Boolean),
);

export const NAME_PARTICLES = new Set([
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
export const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+/i;
export const SURNAMES_1 =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝张陳楊黃趙吳劉鄭謝許韓馮鄧蕭葉蘇魏呂沈盧薑鐘譚陸範賈韋鄒熊閻顧龔萬錢嚴溫齊喬龐聶魯嶽蘭俞';
export const SURNAMES_2 = [
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
export const CJK_NOT_NAME =
  /华东|华南|华北|华中|华西|经理|总监|总裁|董事|主任|工程师|主管|专员|顾问|公司|科技|集团|部门|中心|团队|联系|电话|邮箱|地址|首页|关于|我们|新闻|产品|服务|销售|市场|客服|招聘|简介|有限|大学|学院|研究|先生|女士|创始|合伙|教授|博士|合作|商务|技术|市场|部|处|室|组|服务|客户|欢迎|新闻|动态|案例|方案|平台|系统|数据|信息|网络|管理|业务|发展|文化|荣誉|资质|下载|留言|在线|咨询|总机|传真|热线|位置|时间|首页|更多|详情|团队|成员|领导/;

/**
 * Words of NOT_NAME_WORDS that are also common surnames (Jimin Park, Stuart Hall, Doris Day): a name may
 * end with one, never start with one ("Park Avenue" is still no name).
 */
export const SURNAME_HOMONYMS: ReadonlySet<string> = new Set([
  'park',
  'hall',
  'west',
  'north',
  'day',
  'silver',
]);

/** Words of NOT_NAME_WORDS that are also given names (April Jones, June Carter): first position only. */
export const GIVEN_NAME_HOMONYMS: ReadonlySet<string> = new Set(['april', 'june', 'august']);
