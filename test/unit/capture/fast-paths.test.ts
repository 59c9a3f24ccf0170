// Fast paths must give what the plain definitions give: cached, parent-built CSS locators (up to five
// `tag:nth-child(n)` steps upwards, stopping at the first usable id) and the text cleaners' shortcuts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, cleanText } from '@src/capture/draft';
import { Locator } from '@src/capture/locator';
import { collapseWhitespace } from '@src/capture/patterns';
import { docOf } from './helpers';

function reference(el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && parts.length < 5; node = node.parentElement) {
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]{0,60}$/.test(id)) {
      parts.unshift(`${node.localName}#${id}`);
      break;
    }
    const siblings = node.parentElement ? Array.from(node.parentElement.children) : [node];
    parts.unshift(`${node.localName}:nth-child(${siblings.indexOf(node) + 1})`);
  }
  return parts.join(' > ');
}

interface Shape {
  id?: string;
  children: Shape[];
}

const shape: fc.Memo<Shape> = fc.memo((depth) =>
  fc.record({
    id: fc.option(fc.constantFrom('a', 'main', '1bad', 'x-y'), { nil: undefined }),
    children: depth > 1 ? fc.array(shape(depth - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);

function html(node: Shape, wide: number): string {
  const id = node.id ? ` id="${node.id}"` : '';
  const filler = '<i></i>'.repeat(wide);
  return `<div${id}>${filler}${node.children.map((c) => html(c, wide)).join('')}</div>`;
}

describe('Locator', () => {
  it('equals the plain definition on random trees, in any order of requests', () => {
    fc.assert(
      fc.property(shape(7), fc.constantFrom(0, 30), fc.boolean(), (tree, wide, reverse) => {
        const doc = docOf(`<html><body>${html(tree, wide)}</body></html>`);
        const all = Array.from(doc.querySelectorAll('body *'));
        if (reverse) all.reverse();
        const locator = new Locator();
        for (const el of all) expect(locator.css(el)).toBe(reference(el));
      }),
      { numRuns: 150 },
    );
  });

  it('indexes a long sibling list once and still numbers every item', () => {
    const items = Array.from({ length: 300 }, (_, i) => `<li>${i}</li>`).join('');
    const doc = docOf(`<html><body><ul>${items}</ul></body></html>`);
    const locator = new Locator();
    const lis = Array.from(doc.querySelectorAll('li'));
    expect(locator.css(lis[299]!)).toMatch(/ > ul:nth-child\(1\) > li:nth-child\(300\)$/);
    expect(locator.css(lis[299]!)).toBe(reference(lis[299]!));
    expect(locator.css(lis[0]!)).toBe(reference(lis[0]!));
    expect(locator.css(lis[150]!)).toBe(reference(lis[150]!));
  });
});

describe('cleanText fast path', () => {
  // The full path: control characters to spaces, whitespace runs collapsed, trimmed, capped.
  function full(raw: string, max: number): string | undefined {
    const bounded = raw.length > max * 8 ? raw.slice(0, max * 8) : raw;
    const text = bounded.replace(
      // eslint-disable-next-line no-control-regex -- the characters under test
      /[\u0000-\u001f\u007f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g,
      ' ',
    );
    const collapsed = text.replace(/[\s\u3000]+/g, ' ').trim();
    if (!collapsed) return undefined;
    return collapsed.length > max ? collapsed.slice(0, max) : collapsed;
  }

  it('gives what the full cleaning gives (text without entities)', () => {
    const piece = fc.constantFrom(
      ...['a', 'B', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u00ad', 'é'],
      ...['张', '.', '-', '\u2028', '\u0001', 'x'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (p, max) => {
        const raw = p.join('');
        expect(cleanText(raw, max)).toBe(full(raw, max));
      }),
      { numRuns: 3000 },
    );
  });

  it('cleanName strips separators at the ends only when there are some, as the full path does', () => {
    const piece = fc.constantFrom(
      'Ada',
      ' ',
      '-',
      '–',
      ',',
      ':',
      '|',
      '·',
      '张',
      '\u3000',
      'é',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (p) => {
        const raw = p.join('');
        const plain = cleanText(raw, 120)
          ?.replace(
            /([\u3400-\u9fff\uf900-\ufaff])[\s\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])/g,
            '$1',
          )
          .replace(/^[,;:|·•\-–—\s]+|[,;:|·•\-–—\s]+$/g, '');
        expect(cleanName(raw)).toBe(plain || undefined);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('collapseWhitespace', () => {
  it("gives what .replace(/\\s+/g, ' ').trim() gives, and the same string when nothing changes", () => {
    const piece = fc.constantFrom(
      ...[
        'a',
        'B',
        ' ',
        '  ',
        '\n',
        '\t',
        '\r',
        '\f',
        '\v',
        '\u00a0',
        '\u3000',
        '\u2028',
        '\ufeff',
      ],
      ...['张', '.', 'x', '\u200b', '\u1680', '\u2003'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (p) => {
        const raw = p.join('');
        const expected = raw.replace(/\s+/g, ' ').trim();
        expect(collapseWhitespace(raw)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(collapseWhitespace('Ada Lovelace')).toBe('Ada Lovelace');
  });
});
