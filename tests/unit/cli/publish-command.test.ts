import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

describe('copydesk publish: usage', () => {
  it('never takes the password as an argument', async () => {
    const run = await cli(['publish', 'abc', '--wordpress', 'http://127.0.0.1:9/', '--user', 'desk', '--password', 's3cret']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('the password is never an argument: set COPYDESK_WP_PASSWORD or use --password-file FILE');
    expect(run.err).not.toContain('s3cret');
  });

  it('needs a target, and --wordpress with --user', async () => {
    expect((await cli(['publish', 'abc'])).err).toContain('publish needs --preset NAME, --wordpress URL --user NAME or --git-folder DIR');
    expect((await cli(['publish', 'abc', '--git-folder', '/tmp/x', '--wordpress', 'http://127.0.0.1:9/', '--user', 'u'])).err).toContain('two targets');
    expect((await cli(['publish', 'abc', '--content-dir', 'posts', '--preset', 'X'])).err).toContain('--content-dir goes with --git-folder DIR');
    expect((await cli(['publish', 'abc', '--git-folder', '/tmp/x', '--content-dir', '../up'])).err).toContain('a folder inside the repository');
    expect((await cli(['publish', 'abc', '--wordpress', 'http://127.0.0.1:9/'])).err).toContain('--wordpress URL and --user NAME go together');
    expect((await cli(['publish', 'abc', '--all', '--preset', 'X'])).err).toContain('give story ids, --all, --status S or --retry-queue (one of them)');
    expect((await cli(['publish', '--all', '--preset', 'X', '--post-status', 'future'])).err).toContain('--post-status must be draft or publish');
  });
});
