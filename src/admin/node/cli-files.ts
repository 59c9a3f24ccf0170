// File helpers for the admin CLI: reading policies and keys, writing new files, encodings.
// Must turn every I/O failure into a UsageError with a plain message (no stack traces, no contents).
import type { Policy } from '@src/policy';
import { UsageError } from '../args';
import { formatMessage, validatePolicyText } from '../validate';
import type { CliIo } from './commands';

export async function loadValidPolicy(io: CliIo, file: string): Promise<Policy | null> {
  const report = validatePolicyText(await read(io, file));
  if (report.ok) return report.policy;
  for (const error of report.errors) io.stderr(`${formatMessage(file, 'error', error)}\n`);
  io.stderr(`${file}: not a valid policy; run "policy validate ${file}" for details\n`);
  return null;
}

export async function read(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch {
    throw new UsageError(`Cannot read ${file}`);
  }
}

export async function readJson(io: CliIo, file: string): Promise<unknown> {
  try {
    return JSON.parse(await read(io, file)) as unknown;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not valid JSON`);
  }
}

export async function writeNew(
  io: CliIo,
  path: string,
  data: string,
  secret: boolean,
): Promise<void> {
  try {
    await io.writeFile(path, data, { exclusive: true, secret });
  } catch {
    throw new UsageError(
      `Cannot write ${path} (does it already exist? keys are never overwritten)`,
    );
  }
}

export function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${flag} must be a whole number of at least 1`);
  return value;
}

export function utf16leWithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}
