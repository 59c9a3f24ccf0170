import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '@src/lead/issues';
import { LeadSubmissionSchema } from '@src/lead/wire';
import { validSubmission } from '../connector/fixtures';

describe('lead submission schema', () => {
  it('accepts a valid submission and lower-cases emails', () => {
    const result = v.safeParse(LeadSubmissionSchema, {
      ...validSubmission(),
      person: { ...validSubmission().person, emails: ['Ada@Example.COM'] },
    });
    expect(result.success && result.output.person.emails).toEqual(['ada@example.com']);
  });

  it.each([
    ['an over-long name', { name: 'x'.repeat(301) }],
    ['too many emails', { emails: Array.from({ length: 21 }, (_, i) => `p${i}@example.com`) }],
    ['a javascript: link', { urls: ['javascript:alert(1)'] }],
    ['a local phone number', { phones: ['020 7946 0958'] }],
  ])('refuses %s', (_label, change) => {
    const result = v.safeParse(LeadSubmissionSchema, {
      ...validSubmission(),
      person: { ...validSubmission().person, ...change },
    });
    expect(result.success).toBe(false);
  });

  it('describes issues by path with no value in the message', () => {
    const result = v.safeParse(LeadSubmissionSchema, {
      ...validSubmission(),
      sourceUrl: 'secret value',
      schemaVersion: 2,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const problems = describeIssues(result.issues);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['sourceUrl', 'schemaVersion']),
    );
    expect(JSON.stringify(problems)).not.toContain('secret value');
  });
});
