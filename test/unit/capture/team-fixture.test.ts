import { describe, expect, it } from 'vitest';
import { capturePage } from '@src/capture';
import { captureAndNormalize, docOf, fixture, NOW } from './helpers';

const PAGE = 'https://meridian-analytics.co.uk/team';

describe('team fixture (e2e expectations)', () => {
  const html = fixture('test/fixtures/pages/team.html');

  it('finds Ada (JSON-LD) and Grace (links), never the hidden person or the form value', () => {
    const people = captureAndNormalize(html, PAGE);
    const ada = people.find((p) => p.person.name === 'Ada Lovelace');
    const grace = people.find((p) => p.person.name === 'Grace Hopper');
    expect(ada?.person).toMatchObject({
      organization: 'Meridian Analytics Ltd',
      jobTitle: 'Head of Partnerships',
      emails: ['ada.lovelace@meridian-analytics.co.uk'],
      phones: ['+442079460958'],
      urls: ['https://meridian-analytics.co.uk/team/ada'],
      locality: 'London',
      country: 'GB',
    });
    expect(ada?.provenance.name?.[0]?.method).toBe('json-ld');
    expect(grace?.person).toMatchObject({
      jobTitle: 'Chief Technology Officer',
      emails: ['grace.hopper@meridian-analytics.co.uk'],
      phones: ['+442079460123'],
    });
    expect(grace?.provenance.emails?.[0]?.method).toBe('link');
    const text = JSON.stringify(people);
    expect(text).not.toContain('Hidden Person');
    expect(text).not.toContain('hidden@');
    expect(text).not.toContain('typed@');
    expect(people).toHaveLength(2);
  });

  it('returns page hints and well-formed provenance', () => {
    const result = capturePage(docOf(html), PAGE, NOW);
    expect(result.pageHints).toMatchObject({ lang: 'en-GB', tld: 'uk', country: 'GB' });
    for (const draft of result.drafts)
      for (const list of Object.values(draft.provenance))
        for (const p of list ?? [])
          expect(p).toMatchObject({ pageUrl: PAGE, capturedAt: NOW.toISOString() });
  });
});
