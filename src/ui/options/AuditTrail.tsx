// The options page's audit-trail section: verify the hash chain, export it as JSON Lines.
// Must never render event contents as HTML; the export is a download of the background's text.
import { useState } from 'preact/hooks';
import { AUDIT_JSONL_MEDIA_TYPE } from '@src/audit';
import { sendRequest } from '@src/messaging/client';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';
import { chainBreakText } from './chain-break-text';

export function AuditTrail() {
  const [result, setResult] = useState<string>();
  const { error, run } = useErrorMessage();

  const verify = () =>
    run(async () => {
      const outcome = await sendRequest({ type: 'audit.verify' });
      setResult(
        outcome.ok
          ? t('auditVerified', { count: outcome.count })
          : t('auditBroken', { index: outcome.index, reason: chainBreakText(outcome.reason) }),
      );
    });

  const download = () =>
    run(async () => {
      const { jsonl, count } = await sendRequest({ type: 'audit.export' });
      const url = URL.createObjectURL(new Blob([jsonl], { type: AUDIT_JSONL_MEDIA_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `lawful-leads-audit-${new Date().toISOString().slice(0, 10)}.jsonl`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setResult(t('auditExported', { count }));
    });

  return (
    <section data-testid="audit-section">
      <h2>{t('auditHeading')}</h2>
      <p class="muted small">{t('auditHelp')}</p>
      <div class="actions">
        <button type="button" onClick={verify} data-testid="audit-verify">
          {t('auditVerify')}
        </button>
        <button type="button" onClick={download} data-testid="audit-export">
          {t('auditExport')}
        </button>
      </div>
      {result && <p data-testid="audit-result">{result}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
