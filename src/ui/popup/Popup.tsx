// The popup: quick status (connector, counts) and the way into the side panel.
// Must never render lead data: counts only.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendRequest } from '@src/messaging/client';
import type { StatusReport } from '@src/messaging/responses';
import { ConnectorChip } from '@src/ui/common/ConnectorChip';
import { useErrorMessage } from '@src/ui/common/use-async';
import { t } from '@src/ui/i18n';
import { openSidePanel } from './open-side-panel';

export function Popup() {
  const [status, setStatus] = useState<StatusReport>();
  const [windowId, setWindowId] = useState<number>();
  const { error, run } = useErrorMessage();

  useEffect(() => {
    run(async () => {
      const current = await browser.windows.getCurrent();
      setWindowId(current.id);
      setStatus(await sendRequest({ type: 'status.get' }));
    });
  }, []);

  const open = () =>
    run(async () => {
      await openSidePanel(windowId);
      window.close();
    });

  return (
    <main style={{ minWidth: '280px' }}>
      <header>
        <h1>{t('appName')}</h1>
        <ConnectorChip status={status} />
      </header>
      {status && <p data-testid="popup-summary">{t('popupSummary', status.leads)}</p>}
      {error && <p class="error">{error}</p>}
      <button type="button" class="primary" onClick={open}>
        {t('openSidePanel')}
      </button>
    </main>
  );
}
