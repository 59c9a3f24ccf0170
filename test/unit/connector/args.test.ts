import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseArgs, UsageError } from '@src/connector/node/args';

describe('connector arguments', () => {
  it('defaults to 127.0.0.1:8787 and data/connector', () => {
    expect(parseArgs([])).toEqual(DEFAULTS);
    expect(DEFAULTS).toEqual({ port: 8787, host: '127.0.0.1', dataDir: 'data/connector' });
  });

  it('reads --port, --data and --host, in both spellings', () => {
    expect(parseArgs(['--port', '0', '--data', '/tmp/x'])).toMatchObject({
      port: 0,
      dataDir: '/tmp/x',
    });
    expect(parseArgs(['--port=9000', '--host=::1'])).toMatchObject({ port: 9000, host: '::1' });
  });

  it.each([
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--port']],
    [['--verbose', 'yes']],
    [['--data', '']],
  ])('rejects %j with a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});
