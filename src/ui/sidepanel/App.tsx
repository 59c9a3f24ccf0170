// The side panel: capture people from the current tab, review one, save it, and follow delivery.
// Must never render page-derived strings as HTML or talk to the page directly (the background does).
import { useEffect, useState } from 'preact/hooks';
import type { ReviewDraft } from '@src/capture/normalize';
import type { LeadRecord } from '@src/lead/record';
import { sendRequest } from '@src/messaging/client';
import type { LeadInput } from '@src/messaging/protocol';
import type { CaptureSnapshot, StatusReport } from '@src/messaging/responses';
import { ConnectorChip } from '@src/ui/common/ConnectorChip';
import { PolicySummary, usePolicyView } from '@src/ui/policy/PolicySummary';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';
import { DraftList } from './DraftList';
import { ReviewForm } from './ReviewForm';
import { SavedLeads } from './SavedLeads';
import { PasteSignature } from './PasteSignature';
import { resolveTargetTab } from './target-tab';
import { useSnapshotUpdates } from './use-snapshot-updates';

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [snapshot, setSnapshot] = useState<CaptureSnapshot | null>(null);
  const [reviewing, setReviewing] = useState<ReviewDraft>();
  const [leads, setLeads] = useState<LeadRecord[]>([]);
  const [status, setStatus] = useState<StatusReport>();
  const [busy, setBusy] = useState(false);
  const { error, run } = useErrorMessage();
  const policy = usePolicyView();

  const refresh = async () => {
    setLeads(await sendRequest({ type: 'leads.list' }));
    setStatus(await sendRequest({ type: 'status.get' }));
  };

  useEffect(() => {
    run(async () => {
      const target = await resolveTargetTab(location.search);
      setTabId(target);
      if (target !== undefined)
        setSnapshot(await sendRequest({ type: 'capture.drafts', tabId: target }));
      await refresh();
    });
  }, []);

  const capture = () =>
    run(async () => {
      if (tabId === undefined) return;
      setBusy(true);
      try {
        setSnapshot(await sendRequest({ type: 'capture.run', tabId }));
        setReviewing(undefined);
      } finally {
        setBusy(false);
      }
    });

  useSnapshotUpdates(tabId, (next) => {
    setSnapshot(next);
    setReviewing(next?.drafts.length === 1 ? next.drafts[0] : undefined);
  });

  const readPasted = (text: string) =>
    run(async () => {
      if (tabId === undefined) return;
      const next = await sendRequest({ type: 'capture.selection', tabId, text });
      setSnapshot(next);
      setReviewing(next.drafts[0]);
    });

  const save = async (lead: LeadInput) => {
    await sendRequest({ type: 'leads.save', lead });
    setReviewing(undefined);
    await refresh();
  };

  const retry = (id: string) =>
    run(async () => {
      await sendRequest({ type: 'leads.retry', id });
      await refresh();
    });

  return (
    <main>
      <header>
        <h1>{t('appName')}</h1>
        <ConnectorChip status={status} />
      </header>
      <PolicySummary view={policy} />
      {error && (
        <p class="error" role="alert" data-testid="panel-error">
          {error}
        </p>
      )}
      <section>
        <h2>{t('captureHeading')}</h2>
        {tabId === undefined ? (
          <p class="muted">{t('noTab')}</p>
        ) : (
          <button
            type="button"
            class="primary"
            onClick={capture}
            disabled={busy}
            data-testid="capture"
          >
            {busy ? t('capturing') : t('captureButton')}
          </button>
        )}
        {reviewing && snapshot ? (
          <ReviewForm
            key={reviewing.draftId}
            draft={reviewing}
            capturedAt={snapshot.capturedAt}
            onSave={save}
            onCancel={() => setReviewing(undefined)}
          />
        ) : (
          snapshot && <DraftList drafts={snapshot.drafts} onPick={setReviewing} />
        )}
        {tabId !== undefined && !reviewing && <PasteSignature onRead={readPasted} />}
        {snapshot && snapshot.diagnostics.length > 0 && (
          <details class="small">
            <summary>{t('diagnostics')}</summary>
            <ul>
              {snapshot.diagnostics.map((d, i) => (
                <li key={i}>{d.message}</li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <SavedLeads leads={leads} onRetry={retry} />
    </main>
  );
}
