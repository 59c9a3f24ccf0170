// The legal-reference constructor shared by the rule-set files. Must never hold data.
import type { LegalReference } from '../rule-set';

export const ref = (law: string, article: string): LegalReference => ({ law, article });
