import { PassThrough } from 'node:stream';
import type { CliIO } from '../../bin/cli/io.js';

export interface CapturedIO extends CliIO {
  out(): string;
  err(): string;
}

export function captureIO(): CapturedIO {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  return { stdout, stderr, out: () => out, err: () => err };
}
