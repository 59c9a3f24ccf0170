// The side panel: capture people from the current tab, review one, save it, and follow delivery.
// Must never render page-derived strings as HTML or talk to the page directly (the background does).
import { useEffect, useState } from 'preact/hooks';
import type { ReviewDraft } from '@src/capture/normalize';
import type { LeadRecord } from '@src/lead/record';
import { sendRequest } from '@src/messaging/client';
import type { LeadInput } from '@src/messaging/protocol';
import type { CaptureSnapshot, StatusReport, VaultStatus } from '@src/messaging/responses';
import { ERROR_CODES } from '@src/messaging/protocol';
import { RequestError } from '@src/messaging/errors';
import { ConnectorChip } from '@src/ui/common/ConnectorChip';
import { PolicySummary, usePolicyView } from '@src/ui/policy/PolicySummary';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';
import { diagnosticText } from './diagnostic-text';
import { DraftList } from './DraftList';
import { ReviewForm } from './ReviewForm';
import { SavedLeads } from './SavedLeads';
import { NoticesDue } from './NoticesDue';
import { PasteSignature } from './PasteSignature';
import { resolveTargetTab } from './target-tab';
import { useSnapshotUpdates } from './use-snapshot-updates';
import { VaultGate } from './VaultGate';

const STATUS_REFRESH_MS = 5_000;

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [snapshot, setSnapshot] = useState<CaptureSnapshot | null>(null);
  const [reviewing, setReviewing] = useState<ReviewDraft>();
  const [leads, setLeads] = useState<LeadRecord[]>([]);
  const [status, setStatus] = useState<StatusReport>();
  const [busy, setBusy] = useState(false);
  const [vault, setVault] = useState<VaultStatus>();
  const { error, run } = useErrorMessage();
  const policy = usePolicyView();

  /** A `locked` answer (auto-lock, lock from elsewhere) sends the panel back to the unlock form. */
  const unlessLocked = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (err) {
      if (err instanceof RequestError && err.code === ERROR_CODES.locked) {
        setVault(await sendRequest({ type: 'vault.status' }));
        return;
      }
      throw err;
    }
  };

  const refresh = async () => {
    setStatus(await sendRequest({ type: 'status.get' }));
    await unlessLocked(async () => setLeads(await sendRequest({ type: 'leads.list' })));
  };

  const loadUnlocked = async (target: number | undefined) => {
    await unlessLocked(async () => {
      if (target !== undefined)
        setSnapshot(await sendRequest({ type: 'capture.drafts', tabId: target }));
    });
    await refresh();
  };

  useEffect(() => {
    run(async () => {
      const target = await resolveTargetTab(location.search);
      setTabId(target);
      const current = await sendRequest({ type: 'vault.status' });
      setVault(current);
      if (current.state === 'unlocked') await loadUnlocked(target);
      else setStatus(await sendRequest({ type: 'status.get' }));
    });
  }, []);

  // The connector chip follows the connector while the panel is open (counts only, no lead data).
  useEffect(() => {
    const timer = setInterval(() => {
      sendRequest({ type: 'status.get' }).then(setStatus, () => undefined);
    }, STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const onVaultChange = (next: VaultStatus) => {
    setVault(next);
    if (next.state === 'unlocked') run(() => loadUnlocked(tabId));
  };

  const lock = () =>
    run(async () => {
      setVault(await sendRequest({ type: 'vault.lock' }));
      setLeads([]);
      setSnapshot(null);
      setReviewing(undefined);
    });

  const capture = () =>
    run(async () => {
      if (tabId === undefined) return;
      setBusy(true);
      try {
        await unlessLocked(async () => {
          setSnapshot(await sendRequest({ type: 'capture.run', tabId }));
          setReviewing(undefined);
        });
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
      await unlessLocked(async () => {
        await sendRequest({ type: 'leads.retry', id });
      });
      await refresh();
    });

  const erase = (id: string) =>
    run(async () => {
      await unlessLocked(async () => {
        await sendRequest({ type: 'leads.erase', id });
      });
      await refresh();
    });

  return (
    <main>
      <header>
        <h1>{t('appName')}</h1>
        <ConnectorChip status={status} />
        {vault?.state === 'unlocked' && (
          <button type="button" onClick={lock} data-testid="lock">
            {t('lockButton')}
          </button>
        )}
      </header>
      <PolicySummary view={policy} />
      {error && (
        <p class="error" role="alert" data-testid="panel-error">
          {error}
        </p>
      )}
      {vault && (
        <VaultGate status={vault} onChange={onVaultChange}>
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
              snapshot && (
                <DraftList
                  drafts={snapshot.drafts}
                  onPick={setReviewing}
                  suppressedLeftOut={snapshot.suppressedLeftOut === true}
                />
              )
            )}
            {tabId !== undefined && !reviewing && <PasteSignature onRead={readPasted} />}
            {snapshot && snapshot.diagnostics.length > 0 && (
              <details class="small">
                <summary>{t('diagnostics')}</summary>
                <ul>
                  {snapshot.diagnostics.map((d, i) => (
                    <li key={i}>{diagnosticText(d)}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
          <SavedLeads leads={leads} onRetry={retry} onErase={erase} />
          <NoticesDue
            leads={leads}
            onChanged={refresh}
            exemptionsAllowed={policy?.noticeExemptionsAllowed ?? true}
          />
        </VaultGate>
      )}
    </main>
  );
}
