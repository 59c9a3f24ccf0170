// Shared fixtures for background tests under the example organisation policy: the policy itself, the
// same policy keeping leads on the device (no delivery route), and an EU lead with legitimate interests.
import { readFileSync } from 'node:fs';
import type { LeadInput } from '@src/messaging/protocol';
import type { Policy } from '@src/policy';

export const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as Policy;

/** The example policy with no delivery route: leads stay on the device. */
export const LOCAL_ONLY: Policy = { ...ACME, connector: { ...ACME.connector, routing: {} } };

/** Legitimate interests for prospecting in the EU, with the example policy's approved LIA. */
export const EU_LEGITIMATE_INTERESTS = {
  jurisdiction: 'EU',
  purposeId: 'sales_prospecting',
  basis: 'legitimate_interests',
  liaTemplateId: 'lia_b2b_prospecting',
} as const satisfies LeadInput['lawfulBasis'];

/** A German prospect with a work email, under EU legitimate interests. */
export const JANA_DE: LeadInput = {
  sourceUrl: 'https://nordlicht-robotik.de/team',
  person: {
    name: 'Jana Becker',
    emails: ['jana.becker@nordlicht-robotik.de'],
    phones: [],
    urls: [],
    country: 'DE',
  },
  provenance: {},
  lawfulBasis: EU_LEGITIMATE_INTERESTS,
};
