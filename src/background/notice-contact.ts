// Records the salesperson's first communication with a person whose notice is pending: under GDPR
// Art. 14(3)(b) (and the regimes' equivalents) the notice is due by then at the latest, so the due
// date moves to that moment. Later contacts change nothing. Must never record anything about the
// contact itself (channel, content) and never touch a notice that is no longer pending.
import { recordFirstCommunication } from '@src/consent';
import type { LeadRecord } from '@src/lead/record';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import { leadWithNotice } from './consent-handlers';
import { leadRepository } from './services';

export async function markLeadContacted(
  request: RequestOf<'notices.markContacted'>,
): Promise<LeadRecord> {
  const lead = await leadWithNotice(request.id);
  if (lead.notice.status.state !== 'pending') return lead;
  const at = new Date();
  const updated = await (
    await leadRepository()
  ).update(request.id, (current) =>
    current.notice?.status.state === 'pending'
      ? {
          ...current,
          updatedAt: at.toISOString(),
          notice: recordFirstCommunication(current.notice, at),
        }
      : current,
  );
  if (!updated) throw new RequestError(ERROR_CODES.notFound, bilingual('errLeadGone'));
  return updated;
}
