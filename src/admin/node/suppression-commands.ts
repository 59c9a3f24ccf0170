// Admin commands for the keyed-hash suppression list (people who objected or were erased):
//   suppression key                                       a new organisation key for the policy
//   suppression hash --policy FILE KIND:VALUE...          entries for the policy's suppression.entries
//   suppression add --policy FILE --data DIR KIND:VALUE...  entries into the connector's database
// KIND is email, phone or url. Entries are made with the policy's suppression.hashKey and the
// consent domain's keyedIdentifierHash (the same code the extension checks with). Must never print
// or store a raw identifier: output and errors name positions and kinds only.
import {
  importSuppressionKey,
  suppressionEntry,
  toBase64Url,
  type IdentifierKind,
} from '@src/consent';
import { createSqliteSuppressionStore } from '@src/connector/node/suppression-store';
import { optionalFlag, parseArgs, requireFlag, UsageError } from '../args';
import { loadValidPolicy } from './cli-files';
import { connectorDatabaseMissing, withConnectorDatabase } from './connector-database';
import type { CliIo } from './commands';
import { EXIT } from './exit';

const KINDS: readonly IdentifierKind[] = ['email', 'phone', 'url'];

export const SUPPRESSION_USAGE = `  suppression key
  suppression hash --policy FILE [--from LIST] KIND:VALUE...
  suppression add --policy FILE --data DIR [--from LIST] KIND:VALUE...   (KIND: email, phone or url)
      --from LIST: one KIND:VALUE per line (# comments), so identifiers stay out of shell history
`;

export function suppressionKey(io: CliIo): number {
  const raw = globalThis.crypto.getRandomValues(new Uint8Array(32));
  io.stdout(
    `${toBase64Url(raw)}\nPut this in the policy's suppression.hashKey (every device receives it with the policy).\n`,
  );
  return EXIT.ok;
}

/** Parses KIND:VALUE arguments; errors name the position, never the value. */
function identifiers(positionals: readonly string[]): [IdentifierKind, string][] {
  if (positionals.length === 0) throw new UsageError('Give at least one KIND:VALUE (email:…)');
  return positionals.map((arg, index) => {
    const at = arg.indexOf(':');
    const kind = arg.slice(0, at) as IdentifierKind;
    if (at <= 0 || !KINDS.includes(kind)) {
      throw new UsageError(`Argument ${index + 1} must be email:…, phone:… or url:…`);
    }
    return [kind, arg.slice(at + 1)];
  });
}

/** The command line's KIND:VALUE arguments, then the lines of the --from file (if any). */
async function identifierArgs(
  io: CliIo,
  positionals: readonly string[],
  from: string | undefined,
): Promise<string[]> {
  if (from === undefined) return [...positionals];
  const lines = (await io.readFile(from))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return [...positionals, ...lines];
}

async function entriesFor(
  io: CliIo,
  policyFile: string,
  positionals: readonly string[],
): Promise<string[] | undefined> {
  const pairs = identifiers(positionals);
  const policy = await loadValidPolicy(io, policyFile);
  if (!policy) return undefined;
  if (policy.suppression.hashKey === undefined) {
    throw new UsageError(
      `${policyFile} has no suppression.hashKey: run "suppression key" and add it to the policy`,
    );
  }
  const key = await importSuppressionKey(policy.suppression.hashKey);
  const entries: string[] = [];
  for (const [index, [kind, value]] of pairs.entries()) {
    const entry = await suppressionEntry(kind, value, key);
    if (entry === undefined) {
      io.stderr(`Argument ${index + 1} is not a usable ${kind}; nothing was written\n`);
      return undefined;
    }
    entries.push(entry);
  }
  return [...new Set(entries)];
}

export async function suppressionHash(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['policy', 'from']);
  const given = await identifierArgs(io, args.positionals, optionalFlag(args, 'from'));
  const entries = await entriesFor(io, requireFlag(args, 'policy'), given);
  if (!entries) return EXIT.invalid;
  io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  return EXIT.ok;
}

export async function suppressionAdd(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['policy', 'data', 'from']);
  const dataDir = requireFlag(args, 'data');
  if (connectorDatabaseMissing(io, dataDir)) return EXIT.usage;
  const given = await identifierArgs(io, args.positionals, optionalFlag(args, 'from'));
  const entries = await entriesFor(io, requireFlag(args, 'policy'), given);
  if (!entries) return EXIT.invalid;
  withConnectorDatabase(dataDir, (db) => {
    const store = createSqliteSuppressionStore(db);
    const added = store.add(entries, new Date(io.now()).toISOString());
    io.stdout(
      `Added ${added} new entr${added === 1 ? 'y' : 'ies'} (${entries.length - added} already listed); the connector now lists ${store.list().length}.\n`,
    );
  });
  return EXIT.ok;
}
