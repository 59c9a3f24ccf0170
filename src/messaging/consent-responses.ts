// What the background tells the side panel about a lead's lawful basis: the inferred jurisdiction
// and why, the purposes and bases the policy offers, what the chosen basis needs, the notice due
// date and every blocking problem. Must never carry personal values or key material.
import type {
  BasisId,
  JurisdictionId,
  LocalizedText,
  NoticeRecord,
  ReasonCode,
  VerifyFailure,
} from '@src/consent';

/** One jurisdiction-inference reason: code and value-free parameters, plus its English text. */
export interface JurisdictionReasonView {
  code: ReasonCode;
  params: Record<string, string>;
  text: string;
}

export interface LawfulBasisProblemView {
  code: string;
  severity: 'block' | 'warn';
  message: LocalizedText;
  law: string;
  article: string;
}

export interface LawfulBasisView {
  /**
   * `development`: no administrator policy applies; the regime's own bases are offered and the
   * salesperson writes the LIA summary. The record is required in both modes.
   */
  mode: 'enforced' | 'development';
  inferred: {
    jurisdiction: JurisdictionId;
    confidence: number;
    reasons: JurisdictionReasonView[];
  };
  jurisdiction: JurisdictionId;
  method: 'inferred' | 'confirmed' | 'overridden';
  jurisdictions: JurisdictionId[];
  purposes: { id: string; name: LocalizedText; description: LocalizedText }[];
  purposeId?: string;
  bases: { basis: BasisId; label: LocalizedText; localName?: string; reference: string }[];
  liaTemplates: { id: string; title: string; summary: string; approved: string }[];
  /** `liaSummary`: the LIA is the salesperson's written summary (development mode). */
  needs: { lia: boolean; consentEvidence: boolean; liaSummary: boolean };
  notice?: { dueAt: string | null; trigger: string };
  allowed: boolean;
  problems: LawfulBasisProblemView[];
}

export type ReceiptVerification =
  | { valid: true; hash: string; storedHash: string; receiptId: string; kid: string | undefined }
  | { valid: false; reason: VerifyFailure | 'no-receipt' };

export interface NoticeTextView {
  text: string;
  notice: NoticeRecord;
}
