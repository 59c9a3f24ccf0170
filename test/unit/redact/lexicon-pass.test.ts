import { describe, expect, it } from 'vitest';
import { buildVocabulary, Occurrences } from '@src/redact/context-index';
import { findAsciiTerms, type ContextRecorder } from '@src/redact/recognisers/art9-ascii';

function pass(
  text: string,
  contextWords: string[],
  wanted: (entity: string) => boolean = () => true,
) {
  const ctx: ContextRecorder = {
    vocabulary: buildVocabulary([contextWords]),
    ascii: new Occurrences(),
    other: new Occurrences(),
  };
  const found: string[] = [];
  findAsciiTerms(
    text,
    (entity, start, end) => found.push(`${entity}:${text.slice(start, end)}`),
    wanted,
    ctx,
  );
  const words = ctx.ascii.starts.map((s, k) => text.slice(s, ctx.ascii.ends[k]));
  return { found, words };
}

describe('lexicon pass: terms and context words in one trie', () => {
  it('finds terms and records context words on the same visit', () => {
    expect(pass('Call me: he has diabetes, phone later.', ['call', 'phone'])).toEqual({
      found: ['HEALTH_DATA:diabetes'],
      words: ['Call', 'phone'],
    });
  });

  it('a context word that extends a term still lets the term count', () => {
    expect(pass('Seen at the diabetes clinic today.', ['diabetes clinic'])).toEqual({
      found: ['HEALTH_DATA:diabetes'],
      words: ['diabetes clinic'],
    });
  });

  it('a word that is both a term and a context word is a term only at a word end', () => {
    expect(pass('diabetes.', ['diabetes'])).toEqual({
      found: ['HEALTH_DATA:diabetes'],
      words: ['diabetes'],
    });
    expect(pass('diabetesx', ['diabetes'])).toEqual({ found: [], words: ['diabetes'] });
  });

  it('line breaks inside a term still match, and context words keep their own spelling', () => {
    expect(pass('active in the trade\nunion; date of birth', ['date of birth', 'birth'])).toEqual({
      found: ['TRADE_UNION_MEMBERSHIP:trade\nunion'],
      words: ['date of birth', 'birth'],
    });
  });

  it('an unwanted category reports nothing and hides shorter terms at that start', () => {
    expect(pass('He has diabetes; call.', ['call'], () => false)).toEqual({
      found: [],
      words: ['call'],
    });
  });
});
