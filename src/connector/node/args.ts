// Parses the connector's command line: --port N, --host H, --data DIR, --key FILE.
// Must never accept a malformed port or an unknown flag silently.
export interface ConnectorArgs {
  port: number;
  host: string;
  dataDir: string;
  /** Private JWK file of the connector's envelope key; default: created in the data dir. */
  keyFile?: string;
}

export const DEFAULTS: ConnectorArgs = { port: 8787, host: '127.0.0.1', dataDir: 'data/connector' };

export class UsageError extends Error {}

export function parseArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): ConnectorArgs {
  const args: ConnectorArgs = {
    ...DEFAULTS,
    dataDir: env.LAWFUL_LEADS_DATA ?? DEFAULTS.dataDir,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    if (flag === '--port') {
      if (!/^\d+$/.test(value) || Number(value) > 65535)
        throw new UsageError(`--port must be 0-65535, got "${value}"`);
      args.port = Number(value);
    } else if (flag === '--host') {
      args.host = value;
    } else if (flag === '--data') {
      args.dataDir = value;
    } else if (flag === '--key') {
      args.keyFile = value;
    } else {
      throw new UsageError(
        `Unknown option ${flag}. Usage: connector [--port N] [--host H] [--data DIR] [--key FILE]`,
      );
    }
  }
  return args;
}
