// Fixes found by the fresh2-* held-out pages (stop 11): brand and service names, labelled agenda lines,
// phone labels and UK layouts, one-line Chinese contact rows, prose and bracketed titles, testimonials.
import { describe, expect, it } from 'vitest';
import { hostBrand, titleBrands } from '@src/capture/brand';
import {
  findPhones,
  looksLikeJobTitle,
  looksLikePersonName,
  splitTitleAndOrg,
} from '@src/capture/patterns';
import { captureAndNormalize } from './helpers';

const page = (body: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('site, brand and service names are not people', () => {
  it('reads the registrable host label and the short title parts after the first', () => {
    expect(hostBrand('https://www.kestrelfreight.example/contact')).toBe('kestrelfreight');
    expect(hostBrand('https://shop.kestrel-freight.co.uk/')).toBe('kestrelfreight');
    expect(hostBrand('not a url')).toBeUndefined();
    expect(titleBrands('About us — Brightloom | Revenue intelligence for B2B teams')).toEqual([
      'Brightloom',
    ]);
  });

  it('does not take the header brand link for a person holding the switchboard', () => {
    const html = page(
      `<header><a href="/" class="brand">Kestrel Crane</a>
       <p>Call us: <a href="tel:+441614960000">+44 (0)161 496 0000</a></p></header>`,
    );
    expect(captureAndNormalize(html, 'https://www.kestrelcrane.example/contact')).toEqual([]);
  });

  it('takes og:site_name as a brand too, where the site names itself', () => {
    const html = page(
      `<header><div class="card"><h3>Blue Harbor</h3><a href="mailto:ops@blueharbor.example">ops@blueharbor.example</a></div></header>`,
      '<meta property="og:site_name" content="Blue Harbor">',
    );
    const people = captureAndNormalize(html, 'https://bh.example/');
    expect(people.map((p) => p.person.name)).not.toContain('Blue Harbor');
  });

  it('keeps the owner of a personal site named like its host, outside the site chrome', () => {
    const html = page(
      `<header><a href="/">Jane Doe</a></header>
       <main><div class="profile"><h2>Jane Doe</h2><p>Sales Consultant</p>
       <p>Email: <a href="mailto:jane@janedoe.example">jane@janedoe.example</a></p></div></main>`,
      '<title>Home | Jane Doe</title><meta property="og:site_name" content="Jane Doe">',
    );
    const people = captureAndNormalize(html, 'https://janedoe.example/');
    expect(people.map((p) => [p.person.name, p.person.jobTitle])).toEqual([
      ['Jane Doe', 'Sales Consultant'],
    ]);
  });

  it('keeps the owner named by the title or og:site_name on a host of another name', () => {
    const html = page(
      `<main><div class="profile"><h2>Jane Doe</h2><p>Sales Consultant</p>
       <p><a href="#about">Jane Doe</a> · <a href="mailto:jane@jdoe-advisory.example">jane@jdoe-advisory.example</a></p></div></main>`,
      '<title>Contact | Jane Doe</title><meta property="og:site_name" content="Jane Doe">',
    );
    const people = captureAndNormalize(html, 'https://jdoe-advisory.example/contact');
    expect(people.map((p) => p.person.name)).toEqual(['Jane Doe']);
  });

  it('keeps a personal site owner whom the structured data names', () => {
    const html = page(
      `<h1>Jane Okoro</h1><p><a href="mailto:jane@janeokoro.example">jane@janeokoro.example</a></p>`,
      `<title>Jane Okoro</title><meta name="author" content="Jane Okoro">`,
    );
    const people = captureAndNormalize(html, 'https://janeokoro.example/');
    expect(people.some((p) => p.person.name === 'Jane Okoro')).toBe(true);
  });

  it('does not read a service link as a person who then makes a real email "shared"', () => {
    const html = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person",
        "name":"Ingrid Berge","email":"ingrid@berge.example",
        "sameAs":["https://scholar.google.com/citations?user=X1"]}</script>
       <section><p>Write to ingrid@berge.example</p>
       <p><a href="https://scholar.google.com/citations?user=X1">Google Scholar</a> ·
       <a href="https://orcid.org/0000-0001-5109-3700">ORCID</a></p></section>`,
    );
    const people = captureAndNormalize(html, 'https://berge.example/');
    expect(people.map((p) => p.person.name)).not.toContain('Google Scholar');
    const ingrid = people.find((p) => p.person.name === 'Ingrid Berge');
    expect(ingrid?.person.emails).toContain('ingrid@berge.example');
  });

  it('does not read a firm name in prose as a person with a sentence for a title', () => {
    const html = page(
      `<section><h1>Hi, I'm Ingrid.</h1><p>I help retailers fix their sales planning. I run <strong>Berge Advisory</strong>, a small practice.</p></section>`,
    );
    const names = captureAndNormalize(html, 'https://x.example/').map((p) => p.person.name);
    expect(names).not.toContain('Berge Advisory');
    expect(names).not.toContain("Hi, I'm Ingrid.");
  });
});

describe('labelled agenda lines', () => {
  const agenda = page(`<ol>
    <li><h3>Keynote</h3><p class="speaker">Speaker: Elena Marchetti, VP Engineering, Cirrus Data</p></li>
    <li><h3>Panel</h3><p class="speaker">Speakers: Jonas Berg, Head of FinOps, Nordbank; Aisha Karim, Cloud Economist, Stratus Partners</p>
      <p class="speaker">Moderator: Elena Marchetti, VP Engineering, Cirrus Data</p></li>
    <li><p class="speaker">Speaker: <a href="/speakers/tom-okafor">Tom Okafor</a>, Principal Engineer, Kubefleet</p></li>
    <li><p class="speaker">Speaker: Ravi Menon, Director of Cloud Platforms at Helix Insurance</p></li>
    <li><p class="speaker">主讲人：张伟，首席技术官</p></li>
    <li><h3>Closing</h3><p class="speaker">Speaker: Programme Committee</p></li></ol>`);
  const people = captureAndNormalize(agenda, 'https://forum.example/agenda').map((p) => p.person);
  const byName = new Map(people.map((p) => [p.name, p]));

  it('strips the label and reads name, title and organisation (one person per ";" entry)', () => {
    expect(byName.get('Elena Marchetti')).toMatchObject({
      jobTitle: 'VP Engineering',
      organization: 'Cirrus Data',
    });
    expect(byName.get('Jonas Berg')).toMatchObject({
      jobTitle: 'Head of FinOps',
      organization: 'Nordbank',
    });
    expect(byName.get('Aisha Karim')).toMatchObject({
      jobTitle: 'Cloud Economist',
      organization: 'Stratus Partners',
    });
    expect(byName.get('Ravi Menon')).toMatchObject({
      jobTitle: 'Director of Cloud Platforms',
      organization: 'Helix Insurance',
    });
    expect(byName.get('张伟')?.jobTitle).toBe('首席技术官');
  });

  it('keeps the linked name as the speaker page, merges repeats, and skips committees', () => {
    expect(byName.get('Tom Okafor')?.urls).toEqual(['https://forum.example/speakers/tom-okafor']);
    expect(people.filter((p) => p.name === 'Elena Marchetti')).toHaveLength(1);
    expect([...byName.keys()].some((n) => /committee/i.test(n ?? ''))).toBe(false);
    expect(people).toHaveLength(6);
  });
});

describe('phone labels and UK national layouts', () => {
  it('finds numbers after Direct line, Direct dial, DD, Mobile and 直线', () => {
    expect(findPhones('Direct line: 0161 496 0412')).toEqual(['0161 496 0412']);
    expect(findPhones('Direct dial 0161-4960412')).toEqual(['0161-4960412']);
    expect(findPhones('DD: 2079460871 ext')).toEqual(['2079460871']);
    expect(findPhones('直线：6288-0123')).toEqual(['6288-0123']);
  });

  it('finds UK national numbers in running text but not short codes', () => {
    expect(findPhones('or ring 020 7946 0871 today')).toEqual(['020 7946 0871']);
    expect(findPhones('or ring 07911 123456 today')).toEqual(['07911 123456']);
    expect(findPhones('Office 0484 Oslo, room 123 456')).toEqual([]);
  });

  it('gives a person both the direct line and the mobile', () => {
    const html =
      page(`<div class="card"><p><strong>Fiona MacLeod</strong><br>Regional Sales Manager<br>
      Direct line: 0161 496 0412<br>Mobile: 07911 123456<br>
      <a href="mailto:fiona.macleod@kf.example">fiona.macleod@kf.example</a></p></div>`);
    // National numbers become E.164 with the page's country hint (lang en-GB).
    const [fiona] = captureAndNormalize(
      html.replace('<html>', '<html lang="en-GB">'),
      'https://kf.example/',
    );
    expect(fiona?.person.phones).toEqual(['+441614960412', '+447911123456']);
  });

  it('reads "Name (Title)" in a sentence beside a tel: link', () => {
    const html =
      page(`<h2>Customs</h2><p>For documentation, speak to Priyanka Desai (Customs Specialist) on
      <a href="tel:+441614960455">0161 496 0455</a>.</p>`);
    const [person] = captureAndNormalize(html, 'https://kf.example/');
    expect(person?.person).toMatchObject({
      name: 'Priyanka Desai',
      jobTitle: 'Customs Specialist',
    });
  });
});

describe('one-line Chinese contact rows', () => {
  it('gives each row its own person, with the title before the name', () => {
    const html = page(`<h2>销售联系人</h2><div class="sales">
      <p>华东区域经理：刘洋\u3000手机：138-0000-1111\u3000邮箱：liuyang@jg.example</p>
      <p>华南区域经理：黄志强\u3000手机：136 2222 3333\u3000邮箱：huangzq@jg.example</p></div>`);
    const people = captureAndNormalize(html, 'https://www.jg.example/').map((p) => p.person);
    expect(people).toHaveLength(2);
    expect(people[0]).toMatchObject({
      name: '刘洋',
      jobTitle: '华东区域经理',
      emails: ['liuyang@jg.example'],
      phones: ['+8613800001111'],
    });
    expect(people[1]).toMatchObject({ name: '黄志强', emails: ['huangzq@jg.example'] });
  });

  it('splits a name from a following label and keeps the title on a line with an email', () => {
    const html = page(
      `<div class="member"><p>刘洋\u3000职位：销售经理\u3000邮箱：liuyang@jg.example</p></div>`,
    );
    const [person] = captureAndNormalize(html, 'https://www.jg.example/');
    expect(person?.person).toMatchObject({ name: '刘洋', jobTitle: '销售经理' });
  });
});

describe('job titles', () => {
  it('rejects prose', () => {
    expect(looksLikeJobTitle('I help manufacturers fix their sales planning. I run')).toBe(false);
    expect(looksLikeJobTitle("We're hiring a sales engineer")).toBe(false);
    expect(looksLikeJobTitle('我们正在招聘销售经理')).toBe(false);
    expect(looksLikeJobTitle('. For teaching and student matters')).toBe(false);
    expect(looksLikeJobTitle('Sr. Engineer')).toBe(true);
    expect(looksLikeJobTitle('IT Manager')).toBe(true);
  });

  it('strips brackets around a whole title', () => {
    expect(splitTitleAndOrg('（技术总监）')).toEqual({ title: '技术总监' });
    expect(splitTitleAndOrg('(CTO)')).toEqual({ title: 'CTO' });
    const html = page(
      `<div class="member"><p><strong>李明</strong>（技术总监）</p><p>Email：liming@jg.example</p></div>`,
    );
    expect(captureAndNormalize(html, 'https://jg.example/')[0]?.person.jobTitle).toBe('技术总监');
  });
});

describe('testimonial authors are people whatever the markup', () => {
  it.each([
    [
      'blockquote footer',
      `<blockquote><p>"Great."</p><footer>— Marius Lund, COO, Nordic Foods AS</footer></blockquote>`,
      { name: 'Marius Lund', jobTitle: 'COO', organization: 'Nordic Foods AS' },
    ],
    [
      'blockquote cite',
      `<blockquote>"Never missed a slot." <cite>— Mark Ellison, Supply Chain Manager, Hartwell Foods</cite></blockquote>`,
      { name: 'Mark Ellison', jobTitle: 'Supply Chain Manager', organization: 'Hartwell Foods' },
    ],
    [
      'figure figcaption',
      `<figure><blockquote><p>"Two hours."</p></blockquote><figcaption>— <strong>Priya Raman</strong>, VP Revenue Operations at Contoso Retail</figcaption></figure>`,
      { name: 'Priya Raman', jobTitle: 'VP Revenue Operations', organization: 'Contoso Retail' },
    ],
  ])('%s', (_markup, body, expected) => {
    const people = captureAndNormalize(page(body), 'https://vendor.example/');
    expect(people.map((p) => p.person)).toEqual([expect.objectContaining(expected)]);
  });

  it('leaves an anonymous testimonial alone', () => {
    const html = page(
      `<blockquote><p>"Clear."</p><footer>— Head of Supply Chain, a listed retailer</footer></blockquote>`,
    );
    expect(captureAndNormalize(html, 'https://vendor.example/')).toEqual([]);
  });
});

describe('names that share a word with page furniture', () => {
  it('a common surname or given name that is also a listed word counts in its own position', () => {
    const names = [
      'Jimin Park',
      'Stuart Hall',
      'Doris Day',
      'Ruth Silver',
      'April Jones',
      'June Carter',
    ];
    expect(names.filter((n) => !looksLikePersonName(n))).toEqual([]);
  });
  it('the same words elsewhere still rule a text out', () => {
    const places = [
      'Middle East',
      'Far East',
      'Key West',
      'Royal Albert Hall',
      'Somerset House',
      'Trump Tower',
      'Investor Day',
      'Boxing Day',
      'Sterling Silver',
      'Rose Gold',
      'Park Avenue',
      'Main Street',
      'Town Hall',
      'Science Park',
      'Front Desk',
      'Jones April',
    ];
    expect(places.filter((n) => looksLikePersonName(n))).toEqual([]);
  });
});

describe('titles and phone labels after review', () => {
  it('abbreviations, "IS" and "Your" do not make a title prose', () => {
    const titles = [
      'IS Manager',
      'Head of IS & Security',
      'Assoc. Professor of Economics and Dept. Head',
      'Your Account Manager',
      'VP Sales – Covering EMEA',
    ];
    expect(titles.filter((t) => !looksLikeJobTitle(t))).toEqual([]);
  });
  it('a label must start a word: "Timeline" and "Online" are no phone labels', () => {
    expect(findPhones('Timeline: 2019 – 2024')).toEqual([]);
    expect(findPhones('Online: 123 456 789')).toEqual([]);
  });
});
