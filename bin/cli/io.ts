import type { Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  /** Where settings such as RELEVANCE_THRESHOLD come from. @default process.env */
  env?: NodeJS.ProcessEnv;
}

export function writeLine(stream: Writable, line = ''): void {
  stream.write(`${line}\n`);
}
