// A small status chip: is the connector reachable?
// Must never show anything but the status and the configured address.
import type { StatusReport } from '@src/messaging/responses';
import { t } from '@src/ui/i18n';

export function ConnectorChip({ status }: { status: StatusReport | undefined }) {
  if (!status) return null;
  const look = { ok: 'ok', unreachable: 'down', policy: 'policy' } as const;
  const label = {
    ok: 'connectorOk',
    unreachable: 'connectorDown',
    policy: 'connectorPolicy',
  } as const;
  return (
    <span
      class={`chip ${look[status.connector]}`}
      title={status.connector === 'policy' ? undefined : status.connectorUrl}
      data-testid="connector-status"
    >
      {t(label[status.connector])}
    </span>
  );
}
