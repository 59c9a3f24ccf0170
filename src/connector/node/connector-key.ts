// The connector's envelope key (ECDH-ES P-256): read from --key FILE, or created on first start in
// the data dir as connector-key.private.jwk (mode 0600).
// Must never log or serve the private JWK; only the public JWK (with its thumbprint kid) is shared.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import type { ConnectorKey } from '../core/types';
import { connectorKeyFromPrivateJwk } from '../core/connector-key';
import { createConnectorKeyPair } from '@src/vault/envelope';

export const CONNECTOR_KEY_FILE = 'connector-key.private.jwk';

export async function loadOrCreateConnectorKey(
  dataDir: string,
  keyFile?: string,
): Promise<ConnectorKey> {
  const path = keyFile ?? join(dataDir, CONNECTOR_KEY_FILE);
  if (!existsSync(path)) {
    if (keyFile !== undefined) throw new Error(`Connector key file not found: ${keyFile}`);
    const pair = await createConnectorKeyPair();
    writeFileSync(path, `${JSON.stringify(pair.privateJwk)}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  let jwk: JWK;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8')) as JWK;
  } catch {
    throw new Error(`Connector key file is not a JSON JWK: ${path}`);
  }
  return connectorKeyFromPrivateJwk(jwk);
}
