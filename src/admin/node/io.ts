// Node file-system adapter for the admin CLI. Must never print file contents or key material.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './commands';

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: async (path, data, options = {}) => {
      await writeFile(path, data, {
        flag: options.exclusive ? 'wx' : 'w',
        mode: options.secret ? 0o600 : 0o644,
      });
    },
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    now: () => Date.now(),
  };
}
