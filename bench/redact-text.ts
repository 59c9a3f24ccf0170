// Builds the benchmark's mixed text: English and Chinese lead notes (prose, numbers that are not personal
// data, and personal data of many kinds) from a seeded generator, so every run measures the same text.

let seed = 7;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
const digits = (n: number): string => Array.from({ length: n }, () => int(0, 9)).join('');

const PROSE = [
  'Met at the trade fair in Frankfurt; interested in the enterprise plan for about 40 seats.',
  'Follow up next Tuesday after their budget meeting, they want a demo of the reporting module.',
  'Decision maker is the head of procurement, the CTO signs off on security reviews.',
  'They currently use a competitor and the contract renews in Q3; price is the main concern.',
  'Asked for case studies in logistics and a reference customer in the Nordics.',
  'Sent the proposal, waiting for legal review of the data processing agreement.',
  'Revenue grew 12% last year, they plan to open 3 new offices and hire 150 people.',
  'Version 2.4.1 of their app integrates with our API; build 20240103.2 had issues.',
  'Order 88123 was shipped on time; invoice INV-2024-0042 totals 12,450.00 EUR.',
  'The meeting is in room 101 at 10:30, bring the updated pricing sheet.',
  '客户对企业版很感兴趣，预算大约在第三季度确定。',
  '下周二跟进，他们希望看到报表模块的演示。',
  '采购负责人是决策者，技术总监负责安全审查。',
  '目前使用竞争对手的产品，合同将于明年续签，价格是主要顾虑。',
  '已发送报价单，等待法务审核数据处理协议。',
];

function luhn(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let v = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      sum += v;
    }
    if (sum % 10 === 0) return s;
  }
  return body + '0';
}

const PII: (() => string)[] = [
  () =>
    `Email ${pick(['anna', 'li.wei', 'j.smith', 'marco'])}${int(1, 999)}@${pick(['example.com', 'acme.co.uk', 'example.cn'])}.`,
  () => `Call +44 20 79${digits(2)} ${digits(4)} or +1 415-${int(200, 999)}-${digits(4)}.`,
  () => `手机 1${pick(['38', '39', '86', '50'])}${digits(8)}，微信同号。`,
  () => `Card ${luhn('4' + digits(14)).replace(/(\d{4})(?=\d)/g, '$1 ')} on file.`,
  () => `SSN ${int(100, 665)}-${int(10, 99)}-${int(1000, 9999)} for payroll.`,
  () =>
    `Website https://www.${pick(['acme', 'contoso', 'example'])}${int(1, 99)}.com/contact and IP 10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}.`,
  () => `出生日期 19${int(50, 99)}年${int(1, 12)}月${int(1, 28)}日。`,
  () =>
    pick([
      'He mentioned his diabetes.',
      '她最近住院了。',
      'Active in the trade union.',
      'She is pregnant.',
    ]),
];

/** About `size` characters of mixed text; one personal-data sentence per ~4 prose sentences. */
export function benchmarkText(size: number): string {
  seed = 7;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const sentence = random() < 0.22 ? pick(PII)() : pick(PROSE);
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ');
}
