// Entry point of the admin tool: `npx tsx src/admin/node/cli.ts <command> ...`.
// main() takes argv and I/O so tests can run it in-process. Must never print stack traces for user errors.
import { pathToFileURL } from 'node:url';
import { UsageError } from '../args';
import { EXIT, runCommand, type CliIo } from './commands';
import { nodeIo } from './io';

export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`Unexpected failure: ${error instanceof Error ? error.name : 'unknown error'}\n`);
    return EXIT.usage;
  }
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(invokedPath).href) {
  process.exitCode = await main(process.argv.slice(2));
}
