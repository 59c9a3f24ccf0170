import { describe, expect, it } from 'vitest';
import { extractFromSelection } from '@src/capture';
import { normalizeDraft } from '@src/capture/normalize';
import { NOW } from './helpers';

const PAGE = 'https://mail.example/thread/1';
const IDEOGRAPHIC_SPACE = '\u3000';

function review(text: string) {
  const draft = extractFromSelection(text, PAGE, NOW);
  return draft && normalizeDraft(draft, {}, PAGE, 'selection');
}

describe('extractFromSelection', () => {
  it('reads an English signature block', () => {
    const r = review(`Kind regards,

Dr. Helen Carter
Head of Procurement | Aldgate Freight Ltd
T: +44 20 7946 0311   M: 07911 123 456
helen.carter@aldgate-freight.example
www.aldgate-freight.example
14 Minories, London EC3N 1BJ, United Kingdom`);
    expect(r?.person).toMatchObject({
      name: 'Dr. Helen Carter',
      jobTitle: 'Head of Procurement',
      organization: 'Aldgate Freight Ltd',
      emails: ['helen.carter@aldgate-freight.example'],
      phones: ['+442079460311', '+447911123456'],
      urls: ['https://www.aldgate-freight.example/'],
      locality: 'London',
      country: 'United Kingdom',
    });
    expect(r?.provenance.name?.[0]).toMatchObject({
      method: 'selection',
      locator: 'selection:line 3',
      pageUrl: PAGE,
    });
  });

  it('reads a Chinese signature block (labels, full-width colon and spaces)', () => {
    const r = review(`此致
敬礼！
刘${IDEOGRAPHIC_SPACE}洋
华东区销售经理
杭州明远智能科技有限公司
手机：139 0571 2345
电话：0571-8888 6666
邮箱：liuyang@mingyuan.example
地址：浙江省杭州市西湖区文三路100号`);
    expect(r?.person).toMatchObject({
      name: '刘洋',
      jobTitle: '华东区销售经理',
      organization: '杭州明远智能科技有限公司',
      emails: ['liuyang@mingyuan.example'],
      locality: '杭州市',
      region: '浙江省',
    });
    expect(r?.person.phones).toEqual(['+8613905712345', '+8657188886666']);
  });

  it('reads a US block with "Title at Company" and City, ST ZIP', () => {
    const r = review(
      'Marcus Lee\nVP Sales at Quill Labs\n500 Howard Street, San Francisco, CA 94105\n(415) 555-0143 | marcus@quill.example',
    );
    expect(r?.person).toMatchObject({
      name: 'Marcus Lee',
      jobTitle: 'VP Sales',
      organization: 'Quill Labs',
      locality: 'San Francisco',
      region: 'CA',
      phones: ['+14155550143'],
    });
  });

  it('returns undefined when nothing identifies a person, and never throws on junk', () => {
    expect(extractFromSelection('Thanks for your help!\nSee you soon')).toBeUndefined();
    expect(extractFromSelection('')).toBeUndefined();
    expect(extractFromSelection(undefined as unknown as string)).toBeUndefined();
    expect(() => extractFromSelection('\u0000'.repeat(100_000) + '@'.repeat(10_000))).not.toThrow();
  });
});
