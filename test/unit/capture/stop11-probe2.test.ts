// Fixes found by the fresh3-* held-out pages (stop 11): shared office phones, US-only domains, table rows
// naming two people, more role mailboxes, class-named sub-boxes, labelled titles, legal suffixes,
// "name AT host DOT edu", Chinese sales regions, placeholder addresses and people quoted in articles.
import { describe, expect, it } from 'vitest';
import { captureAndNormalize } from './helpers';

const page = (body: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;
const people = (body: string, url: string, lang?: string) =>
  captureAndNormalize(page(body, lang), url).map((d) => d.person);

describe('held-out pages, second round', () => {
  it('an office number several people carry is no one’s own phone', () => {
    const card = (name: string, dd: string) =>
      `<li><h3>${name}</h3><p>Partner</p><p>T: 0117 946 0100</p><p>DD: ${dd}</p></li>`;
    const found = people(
      `<ul>${card('Alice Grant', '0117 946 0111')}${card('Ben Osei', '0117 946 0122')}</ul>`,
      'https://www.firm.co.uk/people',
    );
    expect(found.map((p) => [p.name, p.phones])).toEqual([
      ['Alice Grant', ['+441179460111']],
      ['Ben Osei', ['+441179460122']],
    ]);
  });

  it('national numbers on .edu pages are read as US numbers', () => {
    const found = people(
      '<table><tr><th>Name</th><th>Role</th><th>Phone</th></tr><tr><td>Ruth Ames</td><td>Professor</td><td>(312) 555-0142</td></tr></table>',
      'https://ees.lakemont.edu/people',
    );
    expect(found.map((p) => [p.name, p.phones])).toEqual([['Ruth Ames', ['+13125550142']]]);
  });

  it('a table row naming a student and an advisor belongs to the name column', () => {
    const found = people(
      `<table><tr><th>Name</th><th>Programme</th><th>Advisor</th><th>Email</th></tr>
       <tr><td>Lena Marsh</td><td>PhD student</td><td>Ruth Ames</td><td>lmarsh@lakemont.edu</td></tr></table>`,
      'https://ees.lakemont.edu/people',
    );
    expect(found.map((p) => [p.name, p.emails])).toEqual([['Lena Marsh', ['lmarsh@lakemont.edu']]]);
  });

  it('advertising, data-protection and visitor mailboxes and placeholder addresses are no one’s', () => {
    const found = people(
      `<p>Ads: ads@paper.example · Privacy: dataprotection@paper.example · visitor@expo.example</p>
       <p>Addresses are written as name@lakemont.edu.</p>`,
      'https://paper.example/',
    );
    expect(found).toEqual([]);
  });

  it('a contact sub-box inside an exhibitor entry reaches the company above it; labels leave titles', () => {
    const found = people(
      `<ul><li><h3>宁波海天精工机械有限公司</h3><p>展位号：A123</p>
        <div class="exh-contact"><span>联系人：张伟</span><span>职务：市场部经理</span><span>手机：139 1234 5678</span></div></li></ul>`,
      'https://www.nbmte.com.cn/exhibitors/',
      'zh-CN',
    );
    expect(found.map((p) => [p.name, p.jobTitle, p.organization])).toEqual([
      ['张伟', '市场部经理', '宁波海天精工机械有限公司'],
    ]);
  });

  it('sales regions are not names, and a name AT host DOT edu address is read', () => {
    const found = people(
      `<table><tr><th>姓名</th><th>职位</th><th>负责区域</th><th>手机</th></tr>
       <tr><td>王磊</td><td>销售经理</td><td>华东</td><td>139 1234 5678</td></tr></table>
       <div class="person"><h3>Jane McAllister</h3><p>Lecturer</p><p>jmcallister AT lakemont DOT edu</p></div>`,
      'https://www.hengtai.com.cn/contact.html',
      'zh-CN',
    );
    expect(found.map((p) => [p.name, p.jobTitle, p.emails])).toEqual([
      ['王磊', '销售经理', []],
      ['Jane McAllister', 'Lecturer', ['jmcallister@lakemont.edu']],
    ]);
  });

  it('people quoted in an article, with title and organisation', () => {
    const found = people(
      `<article><p>"Volumes were up," said Maria Lopez, chief financial officer of Acme Logistics. Lopez added more.</p>
       <p>Acme Logistics chief executive Tom Whitfield told investors on a call that it was fine.</p>
       <p>Daniel Reyes, a transportation analyst at Northgate Securities, said the results were clean.</p>
       <p>The weather was said to be fine, according to the report.</p></article>`,
      'https://www.news.example/2026/acme',
    );
    expect(found.map((p) => [p.name, p.jobTitle, p.organization])).toEqual([
      ['Maria Lopez', 'chief financial officer', 'Acme Logistics'],
      ['Tom Whitfield', 'chief executive', 'Acme Logistics'],
      ['Daniel Reyes', 'transportation analyst', 'Northgate Securities'],
    ]);
  });

  it('one person written two ways keeps the phone both records carry', () => {
    const found = people(
      `<script type="application/ld+json">{"@type":"Person","name":"Jane A. Doe","telephone":"+44 117 946 0111"}</script>
       <div class="person"><h3>Jane Doe</h3><p>Partner</p><p>T: +44 117 946 0111</p></div>`,
      'https://www.firm.co.uk/people',
    );
    expect(found.flatMap((p) => p.phones)).toContain('+441179460111');
  });

  it('a run of thousands of capitals in a quoting text stays fast (bounded words)', () => {
    const para = `<p>said ${'A'.repeat(3995)}</p>`;
    const started = performance.now();
    expect(people(para.repeat(100), 'https://www.news.example/')).toEqual([]);
    // Quadratic matching took about 5 s here; bounded words take well under a second.
    expect(performance.now() - started).toBeLessThan(2500);
  });
});
