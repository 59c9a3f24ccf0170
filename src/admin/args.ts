// Command-line argument parsing for the admin tool: positionals and --flag value / --flag=value.
// Must reject unknown flags and missing values with a UsageError (exit code 2), never guess.
export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(
  argv: readonly string[],
  valueFlags: readonly string[],
  booleanFlags: readonly string[] = [],
): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleanFlags.includes(name)) {
      flags[name] = true;
      continue;
    }
    if (!valueFlags.includes(name)) throw new UsageError(`Unknown option --${name}`);
    const value = inline ?? argv[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`Option --${name} needs a value`);
    }
    if (inline === undefined) index += 1;
    flags[name] = value;
  }
  return { positionals, flags };
}

export function requireFlag(args: ParsedArgs, name: string): string {
  const value = args.flags[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`Missing --${name}`);
  return value;
}

export function optionalFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === 'string' ? value : undefined;
}

export function exactlyPositionals(args: ParsedArgs, count: number, usage: string): string[] {
  if (args.positionals.length !== count) throw new UsageError(`Usage: ${usage}`);
  return args.positionals;
}
