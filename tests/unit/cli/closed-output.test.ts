import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, '..', '..', '..', 'electron', 'cli', 'main.ts');

describe('the CLI writing to a pipe its reader has closed', () => {
  it('stops quietly (copydesk … | head), with no stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the CLI writes: its first write finds the pipe closed.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 30_000);
});
