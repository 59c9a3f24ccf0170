// What a salesperson does in the review form: in development mode (no organisation policy) confirm
// the jurisdiction, choose the purpose and legitimate interests, and write the LIA summary, then
// wait until the section says the record is complete; under an organisation policy, pick its approved
// LIA instead of writing one. Everything through the form, as a user would.
import type { Page } from 'playwright-core';

export const DEV_MODE_LIA_SUMMARY =
  'B2B outreach to a work contact the company publishes; necessary to offer our services; low impact, easy opt-out.';

export async function chooseDevModeBasis(panel: Page, jurisdiction = 'UK'): Promise<void> {
  const basis = panel.getByTestId('lawful-basis');
  await basis.getByTestId('lb-jurisdiction').selectOption(jurisdiction);
  await basis.getByTestId('lb-purpose').selectOption('sales_prospecting');
  await basis.getByTestId('lb-basis-legitimate_interests').check();
  await basis.getByTestId('lb-lia-own').fill(DEV_MODE_LIA_SUMMARY);
  await basis.getByTestId('lb-ready').waitFor();
}

/** The same under an organisation policy: legitimate interests with the policy's approved B2B LIA. */
export async function chooseApprovedLiaBasis(panel: Page, jurisdiction = 'EU'): Promise<void> {
  const basis = panel.getByTestId('lawful-basis');
  await basis.getByTestId('lb-jurisdiction').selectOption(jurisdiction);
  await basis.getByTestId('lb-purpose').selectOption('sales_prospecting');
  await basis.getByTestId('lb-basis-legitimate_interests').check();
  await basis.getByTestId('lb-lia').selectOption('lia_b2b_prospecting');
  await basis.getByTestId('lb-ready').waitFor();
}
