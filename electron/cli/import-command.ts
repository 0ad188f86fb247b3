/**
 * `copydesk import FILE|FOLDER…`: streams the inputs through the service in batches (memory stays flat over a
 * folder of any size), shows progress on stderr, and prints each outcome and a summary — or, with --json, the
 * documented {articles, duplicates, errors, updates, related, summary} object, written as it goes. Ctrl+C stops
 * reading; what is already imported stays.
 */
import type { ImportOutcome } from '../api/contract.js';
import type { CopydeskService } from '../desk/service.js';
import { toBatchInput } from '../desk/import-stream.js';
import { countInputs } from '../ingest/count-files.js';
import { readInputs } from '../ingest/read-files.js';
import type { BatchInput } from '../desk/bulk-import.js';
import { UsageError, type ParsedArgs } from './args.js';
import type { CliIo } from './copydesk.js';
import { toJsonArticle } from './json-shape.js';

export async function importWithProgress(args: ParsedArgs, io: CliIo, service: CopydeskService | null): Promise<number> {
  if (args.positional.length === 0 || !service) throw new UsageError('import needs at least one FILE or FOLDER');
  const json = args.flags.has('json');
  const controller = new AbortController();
  const onSignal = (): void => {
    io.err('copydesk: stopping after the files in hand (what is imported stays)…');
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  const total = await countInputs(args.positional);
  async function* inputs(): AsyncGenerator<BatchInput> {
    for await (const input of readInputs(args.positional, { blocking: true })) yield toBatchInput(input);
  }
  const rest = { duplicates: [] as unknown[], errors: [] as unknown[], updates: [] as unknown[], related: [] as unknown[] };
  const failures: ImportOutcome[] = [];
  let firstArticle = true;
  if (json) io.out('{\n"articles": [');
  let lastShown = -1;
  try {
    const result = await service.importStream(inputs(), {
      signal: controller.signal,
      onProgress: (done, current) => {
        // About every 5 %, and at the end: a log stays readable and a 20,000-file import prints ~20 lines.
        const step = Math.max(1, Math.floor(total / 20));
        if (done === total || (current === null && done - lastShown >= step)) {
          lastShown = done;
          io.err(`progress ${done}/${total}${total > 0 ? ` (${Math.floor((done / total) * 100)}%)` : ''}`);
        }
      },
      onBatch: ({ report, outcomes }) => {
        rest.duplicates.push(...report.duplicates);
        rest.errors.push(...report.errors);
        rest.updates.push(...report.updates);
        rest.related.push(...report.related);
        for (const o of outcomes) if (o.kind === 'failed') failures.push(o);
        if (json) {
          for (const a of report.articles) {
            io.out(`${firstArticle ? '' : ','}${JSON.stringify(toJsonArticle(a), null, 2)}`);
            firstArticle = false;
          }
        } else {
          for (const o of outcomes) if (o.kind !== 'failed') io.out(describe(o));
        }
      },
    });
    // The stories are stored; their search index follows (folded into a snapshot) before the command ends.
    await service.search.close();
    const { summary } = result;
    if (json) {
      const tail = JSON.stringify({ ...rest, summary: { ...summary, cancelled: result.cancelled } }, null, 2);
      io.out(`],\n${tail.slice(1)}`);
    } else {
      for (const f of failures) io.err(`error: ${f.fileName}: ${f.reason ?? 'failed'}${f.quarantine ? ` (quarantined as ${f.quarantine.slice(0, 12)})` : ''}`);
      io.err(
        `${summary.imported} imported, ${summary.updated} updated, ${summary.duplicates} duplicates, ${summary.related} related, ${summary.failed} failed` +
          (result.cancelled ? ' (cancelled: the rest was not read)' : ''),
      );
    }
    return summary.failed > 0 || result.cancelled ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

function describe(o: ImportOutcome): string {
  switch (o.kind) {
    case 'imported':
      return `imported  ${o.id}  ${o.headline}`;
    case 'updated':
      return `updated   ${o.id}  ${o.headline}  (${o.relation} of ${o.previous})`;
    case 'related':
      return `related   ${o.id}  ${o.headline}  (like ${o.related.map((r) => `${r.id} ${Math.round(r.similarity * 100)}%`).join(', ')})`;
    case 'duplicate':
      return `duplicate ${o.id}  ${o.fileName} (${o.reason ?? 'already in the library'})`;
    case 'failed':
      return `failed    ${o.fileName}: ${o.reason ?? ''}`;
  }
}
