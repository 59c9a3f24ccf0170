// Generates the capture benchmark page: a directory of N people in mixed formats (JSON-LD, microdata,
// RDFa, h-card, classic hCard, plain cards with mailto/tel links and text), about 50 nodes per person.
// Exported so the page can also be loaded in Chromium to time the built page-capture script.

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Ken',
  'Radia',
  'Tim',
  'Margaret',
  'John',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Thompson',
  'Perlman',
  'Berners',
  'Hamilton',
  'Backus',
];
const TITLES = [
  'Sales Director',
  'Head of Engineering',
  'Product Manager',
  'Chief Financial Officer',
  'Account Executive',
  'Data Scientist',
];
const FORMATS = ['json-ld', 'microdata', 'rdfa', 'h-card', 'vcard', 'plain'] as const;

export interface BenchPerson {
  name: string;
  title: string;
  email: string;
  phone: string;
  format: (typeof FORMATS)[number];
}

export function benchPeople(count: number): BenchPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const name =
      `${first} ${last} ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`.replace(
        / (\w)(\d+)$/,
        (_, c: string, n: string) =>
          ` ${c}${'abcdefghij'[Number(n) % 10]}${'klmnopqrst'[Math.floor(Number(n) / 10) % 10]}son`,
      );
    return {
      name,
      title: TITLES[i % TITLES.length]!,
      email: `person${i}@directory.example`,
      phone: `+44 20 7946 ${String(1000 + (i % 9000)).padStart(4, '0')}`,
      format: FORMATS[i % FORMATS.length]!,
    };
  });
}

/** Shared card chrome: avatar, social links, bio and tags (the nodes a real directory card carries). */
function chrome(i: number): string {
  return `<div class="avatar"><img src="/img/${i}.jpg" alt="" width="64" height="64"></div>
<div class="bio"><p>Works on <em>partnerships</em> and <strong>growth</strong> across <span>EMEA</span>.</p><p>Joined in <time datetime="2019-04-01">2019</time>.</p></div>
<ul class="tags"><li>Analytics</li><li>Strategy</li><li>Cloud</li></ul>
<div class="social"><a href="https://www.linkedin.com/in/member-${i}">in</a> <a href="/people/${i}">Profile</a></div>`;
}

function card(p: BenchPerson, i: number): string {
  switch (p.format) {
    case 'json-ld':
      return `<div class="card person"><h3>${p.name}</h3><p>${p.title}</p>${chrome(i)}</div>`;
    case 'microdata':
      return `<div class="card person" itemscope itemtype="https://schema.org/Person"><h3 itemprop="name">${p.name}</h3><p itemprop="jobTitle">${p.title}</p><p itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Directory Corp Ltd</span></p><a itemprop="email" href="mailto:${p.email}">${p.email}</a> <span itemprop="telephone">${p.phone}</span>${chrome(i)}</div>`;
    case 'rdfa':
      return `<div class="card person" vocab="https://schema.org/" typeof="Person"><h3 property="name">${p.name}</h3><p property="jobTitle">${p.title}</p><a property="email" href="mailto:${p.email}">${p.email}</a> <span property="telephone">${p.phone}</span>${chrome(i)}</div>`;
    case 'h-card':
      return `<div class="card person h-card"><h3 class="p-name">${p.name}</h3><p class="p-job-title">${p.title}</p><a class="u-email" href="mailto:${p.email}">${p.email}</a> <span class="p-tel">${p.phone}</span><span class="p-locality">London</span>${chrome(i)}</div>`;
    case 'vcard':
      return `<div class="card person vcard"><h3 class="fn">${p.name}</h3><p class="title">${p.title}</p><a class="email" href="mailto:${p.email}">${p.email}</a> <span class="tel">${p.phone}</span>${chrome(i)}</div>`;
    case 'plain':
      return `<div class="card person"><h3>${p.name}</h3><p class="role">${p.title}</p><p>Email: <a href="mailto:${p.email}">${p.email}</a></p><p>Tel: ${p.phone}</p>${chrome(i)}</div>`;
  }
}

export function benchPageHtml(count = 1000): string {
  const people = benchPeople(count);
  const graph = people
    .filter((p) => p.format === 'json-ld')
    .map((p) => ({
      '@type': 'Person',
      name: p.name,
      jobTitle: p.title,
      email: p.email,
      telephone: p.phone,
      worksFor: { '@type': 'Organization', name: 'Directory Corp Ltd' },
    }));
  const cards = people.map((p, i) => `<li>${card(p, i)}</li>`).join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Member directory</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })}</script>
</head><body><header><nav><a href="/">Home</a><a href="/about">About</a></nav></header>
<main><h1>Member directory</h1><ul class="directory">
${cards}
</ul></main><footer><p>Directory Corp Ltd · <a href="mailto:info@directory.example">info@directory.example</a></p></footer></body></html>`;
}
