// At save: refuses a lead without a complete lawful-basis record (code `blocked`, exact reasons),
// refuses a suppressed person with the domain's message alone, and signs the receipt (JWS) with
// the device key. Must never sign a record assessLead did not allow, nor reveal which identifier
// matched the suppression list.
import {
  receiptHash,
  signReceipt,
  type LocalizedText,
  type NoticeRecord,
  type TextLanguage,
} from '@src/consent';
import { RequestError } from '@src/messaging/errors';
import { ERROR_CODES, type LeadInput } from '@src/messaging/protocol';
import type { ResolvedPolicy } from '@src/policy';
import { bilingual } from '@src/ui/i18n/bilingual';
import { sourceText } from '@src/ui/i18n/problem-sources';
import { recordAudit } from './audit-service';
import { suppressionHitEvent } from './consent-audit';
import { deviceSigner } from './device-signer';
import { evaluateLawfulBasis } from './lawful-basis';

export interface LawfulBasisStamp {
  receipt?: { jws: string; hash: string; receiptId: string };
  notice?: NoticeRecord;
}

export async function lawfulBasisForSave(
  lead: LeadInput,
  resolved: ResolvedPolicy,
  now = new Date(),
): Promise<LawfulBasisStamp> {
  const evaluation = await evaluateLawfulBasis(lead, resolved, now);
  if (evaluation.suppression.suppressed) {
    await recordAudit(suppressionHitEvent(now), now.getTime());
    throw new RequestError(ERROR_CODES.blocked, evaluation.suppression.message);
  }
  const { view, record, notice } = evaluation;
  if (!view.allowed) {
    const reasons = view.problems
      .filter((p) => p.severity === 'block')
      .map((p) =>
        bilingual('errLawfulReason', {
          message: p.message,
          law: sourceText(p.law),
          article: sourceText(p.article),
        }),
      );
    throw new RequestError(
      ERROR_CODES.blocked,
      bilingual('errLawfulIncomplete', {
        reasons: { en: joined(reasons, 'en', ' '), zh: joined(reasons, 'zh', '') },
      }),
    );
  }
  if (record === undefined) return {};
  const signer = await deviceSigner();
  const jws = await signReceipt(record, signer.privateKey, signer.kid);
  return {
    receipt: { jws, hash: await receiptHash(record), receiptId: record.receiptId },
    ...(notice !== undefined ? { notice } : {}),
  };
}

function joined(texts: LocalizedText[], language: TextLanguage, separator: string): string {
  return texts.map((text) => text[language]).join(separator);
}
