import type { Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
}

export function writeLine(stream: Writable, line = ''): void {
  stream.write(`${line}\n`);
}
