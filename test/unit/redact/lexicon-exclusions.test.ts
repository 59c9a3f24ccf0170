import { describe, expect, it } from 'vitest';
import { detect } from '@src/redact';
import { ART9_LEXICON } from '@src/redact/lexicon';
import { ART9_NOT_PERSONAL, exclusionsByTerm } from '@src/redact/lexicon-exclusions';

const art9 = (text: string): string[] =>
  detect(text)
    .filter((f) => /_DATA|BELIEF|OPINION|MEMBERSHIP|ORIGIN|ORIENTATION/.test(f.entity))
    .map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('Art. 9 terms inside phrases about no one', () => {
  it('organisation names, history and product wording raise no special-category finding', () => {
    expect(art9('We met them at the Cancer Research UK gala.')).toEqual([]);
    expect(art9('A book about the Great Depression.')).toEqual([]);
    expect(art9('Phones with fingerprint-proof glass.')).toEqual([]);
    expect(art9('客户赞助了中国癌症基金会的年会。')).toEqual([]);
  });

  it('the same terms about a person are still found', () => {
    expect(art9('He has cancer. Research UK is his employer.')).toEqual(['HEALTH_DATA:cancer']);
    expect(art9('She has diabetes, UK doctors say.')).toEqual(['HEALTH_DATA:diabetes']);
    expect(art9('Her fingerprint opens the door.')).toEqual(['BIOMETRIC_DATA:fingerprint']);
    expect(art9('他去年确诊了癌症。')).toEqual(['HEALTH_DATA:确诊', 'HEALTH_DATA:癌症']);
  });

  it('names count only as written, and never across a line break', () => {
    expect(art9('He suffered a great depression in 2019.')).toEqual(['HEALTH_DATA:depression']);
    expect(art9('Health: diabetes UK based client.')).toEqual(['HEALTH_DATA:diabetes']);
    expect(art9('She is a Catholic\nUniversity of Leeds alumna.')).toEqual([
      'RELIGIOUS_BELIEF:Catholic',
    ]);
  });

  it('a phrase only counts at word boundaries', () => {
    expect(art9('His diabetes ukulele club.')).toEqual(['HEALTH_DATA:diabetes']);
    expect(art9('The subtropical depression cleared.')).toEqual(['HEALTH_DATA:depression']);
  });

  it('every phrase holds a lexicon term (otherwise it would be dead weight)', () => {
    const terms = Object.values(ART9_LEXICON).flatMap((l) =>
      [...l.en, ...l.zh].map((t) => t.toLowerCase()),
    );
    const used = new Set([...exclusionsByTerm(terms).values()].flat().map((e) => e.phrase));
    expect(ART9_NOT_PERSONAL.filter((p) => !used.has(p))).toEqual([]);
  });
});
