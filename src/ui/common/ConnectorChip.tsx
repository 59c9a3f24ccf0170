// A small status chip: is the connector reachable?
// Must never show anything but the status and the configured address.
import type { StatusReport } from '@src/messaging/responses';
import { t } from '@src/ui/i18n';

export function ConnectorChip({ status }: { status: StatusReport | undefined }) {
  if (!status) return null;
  const ok = status.connector === 'ok';
  return (
    <span
      class={`chip ${ok ? 'ok' : 'down'}`}
      title={status.connectorUrl}
      data-testid="connector-status"
    >
      {ok ? t('connectorOk') : t('connectorDown')}
    </span>
  );
}
