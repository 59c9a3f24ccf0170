// The admin tool's commands: argument handling, file reading/writing through injected I/O, and
// human-readable output. Domain logic lives in src/admin/*.ts and src/policy. Exit codes: 0 ok,
// 1 validation or verification failure, 2 usage error. Must never print key material or stack traces.
import { signPolicyBundle, verifyPolicyBundle } from '@src/policy';
import { exactlyPositionals, optionalFlag, parseArgs, requireFlag, UsageError } from '../args';
import { diffPolicies, renderDiff } from '../diff';
import { buildExport, EXPORT_TARGETS, type ExportTarget } from '../export';
import { generateAdminKeys } from '../keys';
import { buildRopa, renderRopaMarkdown } from '../ropa';
import { formatMessage, validatePolicyText } from '../validate';
import {
  loadValidPolicy,
  positiveInteger,
  read,
  readJson,
  utf16leWithBom,
  writeNew,
} from './cli-files';
import { EXIT } from './exit';
import {
  SUPPRESSION_USAGE,
  suppressionAdd,
  suppressionHash,
  suppressionKey,
} from './suppression-commands';
import { DEVICES_USAGE, devicesList, devicesRevoke } from './device-commands';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  writeFile: (
    path: string,
    data: string | Uint8Array,
    options?: { exclusive?: boolean; secret?: boolean },
  ) => Promise<void>;
  mkdir: (path: string) => Promise<void>;
  now: () => number;
}

export { EXIT };

export const USAGE = `Lawful Leads admin tool

  keys generate --out DIR
  policy validate FILE
  policy sign FILE --key PRIVATE.jwk --out FILE.jws [--expires-days N]
  policy verify FILE.jws --key PUBLIC.jwk [--min-version N]
  policy export FILE --target ${EXPORT_TARGETS.join('|')} --extension-id ID --out PATH [--bundle-url URL]
  policy diff OLD NEW
  policy ropa FILE --format md|json [--out PATH]
${SUPPRESSION_USAGE}${DEVICES_USAGE}
Exit codes: 0 ok, 1 validation failure, 2 usage error.
`;

export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [group, command, ...rest] = argv;
  const name = `${group ?? ''} ${command ?? ''}`.trim();
  switch (name) {
    case 'keys generate':
      return keysGenerate(rest, io);
    case 'policy validate':
      return validate(rest, io);
    case 'policy sign':
      return sign(rest, io);
    case 'policy verify':
      return verify(rest, io);
    case 'policy export':
      return exportPolicy(rest, io);
    case 'policy diff':
      return diff(rest, io);
    case 'policy ropa':
      return ropa(rest, io);
    case 'suppression key':
      return suppressionKey(io);
    case 'suppression hash':
      return suppressionHash(rest, io);
    case 'suppression add':
      return suppressionAdd(rest, io);
    case 'devices list':
      return devicesList(rest, io);
    case 'devices revoke':
      return devicesRevoke(rest, io);
    default:
      if (group === undefined || group === 'help' || group === '--help' || group === '-h') {
        io.stdout(USAGE);
        return group === undefined ? EXIT.usage : EXIT.ok;
      }
      throw new UsageError(`Unknown command "${name}"\n\n${USAGE}`);
  }
}

async function keysGenerate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['out']);
  exactlyPositionals(args, 0, 'keys generate --out DIR');
  const dir = requireFlag(args, 'out').replace(/\/+$/, '');
  const keys = await generateAdminKeys(io.now());
  await io.mkdir(dir);
  const files: [string, unknown, boolean][] = [
    ['admin-signing.private.jwk', keys.signing.privateJwk, true],
    ['admin-signing.public.jwk', keys.signing.publicJwk, false],
    ['connector-encryption.private.jwk', keys.encryption.privateJwk, true],
    ['connector-encryption.public.jwk', keys.encryption.publicJwk, false],
  ];
  for (const [file, jwk, secret] of files) {
    await writeNew(io, `${dir}/${file}`, `${JSON.stringify(jwk, null, 2)}\n`, secret);
  }
  io.stdout(
    `Wrote 4 key files to ${dir}:\n` +
      `  admin-signing (ES256) kid ${keys.signing.publicJwk.kid}: put the public key in signing.adminPublicKey and managed adminPublicKey\n` +
      `  connector-encryption (ECDH-ES P-256) kid ${keys.encryption.publicJwk.kid}: put the public key in connector.endpoints.<region>.encryptionKey\n` +
      'Keep the *.private.jwk files offline (signing) or on the connector only (encryption).\n',
  );
  return EXIT.ok;
}

async function validate(argv: readonly string[], io: CliIo): Promise<number> {
  const [file] = exactlyPositionals(parseArgs(argv, []), 1, 'policy validate FILE');
  const report = validatePolicyText(await read(io, file!));
  for (const warning of report.warnings) io.stdout(`${formatMessage(file!, 'warning', warning)}\n`);
  if (!report.ok) {
    for (const error of report.errors) io.stderr(`${formatMessage(file!, 'error', error)}\n`);
    io.stderr(`${file}: ${report.errors.length} error(s); the policy is not valid\n`);
    return EXIT.invalid;
  }
  io.stdout(
    `${file}: valid (policy ${report.policy.policyId} version ${report.policy.version}, ${report.warnings.length} warning(s))\n`,
  );
  return EXIT.ok;
}

async function sign(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['key', 'out', 'expires-days']);
  const [file] = exactlyPositionals(args, 1, 'policy sign FILE --key PRIVATE.jwk --out FILE.jws');
  const policy = await loadValidPolicy(io, file!);
  if (!policy) return EXIT.invalid;
  const key = await readJson(io, requireFlag(args, 'key'));
  const days = optionalFlag(args, 'expires-days');
  const expiresInDays = days === undefined ? undefined : positiveInteger(days, '--expires-days');
  let jws: string;
  try {
    jws = await signPolicyBundle(policy, key as Parameters<typeof signPolicyBundle>[1], {
      now: io.now(),
      ...(expiresInDays !== undefined ? { expiresInDays } : {}),
    });
  } catch {
    throw new UsageError(
      'The --key file must be a private EC P-256 or Ed25519 JWK (from "keys generate")',
    );
  }
  const out = requireFlag(args, 'out');
  await io.writeFile(out, `${jws}\n`);
  io.stdout(`Signed policy ${policy.policyId} version ${policy.version} to ${out}\n`);
  return EXIT.ok;
}

async function verify(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['key', 'min-version']);
  const [file] = exactlyPositionals(args, 1, 'policy verify FILE.jws --key PUBLIC.jwk');
  const jws = (await read(io, file!)).trim();
  const key = await readJson(io, requireFlag(args, 'key'));
  const minVersion = optionalFlag(args, 'min-version');
  const result = await verifyPolicyBundle(jws, key, {
    now: io.now(),
    ...(minVersion !== undefined
      ? { minVersion: positiveInteger(minVersion, '--min-version') }
      : {}),
  });
  if (!result.ok) {
    io.stderr(`${file}: not accepted (${result.failure}): ${result.message}\n`);
    return EXIT.invalid;
  }
  io.stdout(
    `${file}: valid, policy ${result.policy.policyId} version ${result.policy.version}, signed by ${result.signer}\n`,
  );
  return EXIT.ok;
}

async function exportPolicy(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['target', 'extension-id', 'out', 'bundle-url']);
  const [file] = exactlyPositionals(
    args,
    1,
    'policy export FILE --target TARGET --extension-id ID --out PATH',
  );
  const target = requireFlag(args, 'target');
  if (!(EXPORT_TARGETS as readonly string[]).includes(target)) {
    throw new UsageError(`Unknown --target "${target}"; use one of ${EXPORT_TARGETS.join(', ')}`);
  }
  const extensionId = requireFlag(args, 'extension-id');
  const out = requireFlag(args, 'out');
  const bundleUrl = optionalFlag(args, 'bundle-url');
  if (bundleUrl !== undefined && !/^https:\/\/\S+$/.test(bundleUrl))
    throw new UsageError('--bundle-url must be an https:// address');
  const policy = await loadValidPolicy(io, file!);
  if (!policy) return EXIT.invalid;
  let built;
  try {
    built = buildExport(policy, target as ExportTarget, {
      extensionId,
      ...(bundleUrl ? { policyBundleUrl: bundleUrl } : {}),
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : 'Export failed');
  }
  const data = built.encoding === 'utf16le-bom' ? utf16leWithBom(built.content) : built.content;
  await io.writeFile(out, data);
  io.stdout(`Wrote ${target} policy for ${extensionId} to ${out}\n${built.installHint}\n`);
  return EXIT.ok;
}

async function diff(argv: readonly string[], io: CliIo): Promise<number> {
  const [oldFile, newFile] = exactlyPositionals(parseArgs(argv, []), 2, 'policy diff OLD NEW');
  const before = await loadValidPolicy(io, oldFile!);
  const after = await loadValidPolicy(io, newFile!);
  if (!before || !after) return EXIT.invalid;
  io.stdout(renderDiff(diffPolicies(before, after)));
  return EXIT.ok;
}

async function ropa(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['format', 'out']);
  const [file] = exactlyPositionals(args, 1, 'policy ropa FILE --format md|json');
  const format = optionalFlag(args, 'format') ?? 'md';
  if (format !== 'md' && format !== 'json') throw new UsageError('--format must be md or json');
  const policy = await loadValidPolicy(io, file!);
  if (!policy) return EXIT.invalid;
  const entry = buildRopa(policy, io.now());
  const text = format === 'md' ? renderRopaMarkdown(entry) : `${JSON.stringify(entry, null, 2)}\n`;
  const out = optionalFlag(args, 'out');
  if (out) {
    await io.writeFile(out, text);
    io.stdout(`Wrote the record of processing to ${out}\n`);
  } else io.stdout(text);
  return EXIT.ok;
}
