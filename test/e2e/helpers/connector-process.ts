// Starts a real connector process on a free port with a temporary data directory, for end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningConnector {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  logs: string[];
  stop(): Promise<void>;
}

export async function startConnector(
  dataDir = mkdtempSync(join(tmpdir(), 'll-connector-')),
): Promise<RunningConnector> {
  const tsx = resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, ['src/connector/node/main.ts', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`connector did not start: ${logs.join('')}`)),
      30_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /"event":"connector.listening".*?"port":(\d+)/.exec(logs.join(''));
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`connector exited with ${code}: ${logs.join('')}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    process: child,
    logs,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
