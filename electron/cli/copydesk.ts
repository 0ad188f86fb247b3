/**
 * The command line, over the same service as the app:
 *   copydesk import FILE|FOLDER… [--data DIR] [--json]
 *   copydesk list [--data DIR] [--json] [--status S] [--source S] [--since DATE] [--sort KEY] [--limit N]
 *   copydesk search QUERY [--data DIR] [--facets] [--sort KEY] [--limit N] [--json]
 *   copydesk export (ID…|--all|--status S|--query Q) (--format F|--preset NAME) [--out DIR] [--dry-run] [--json] [--data DIR]
 *   copydesk publish (ID…|--all|--status S) (--preset NAME|--wordpress URL --user NAME) [--dry-run] [--json] …
 *   copydesk presets [--json] [--data DIR]
 *   copydesk show ID [--revision N] [--json] [--data DIR]
 *   copydesk history ID [--json] [--data DIR]
 *   copydesk revert ID --to N [--json] [--data DIR]
 *   copydesk serve [--data DIR] [--port N] [--watch DIR] [--allow DIR]
 *   copydesk watch DIR [--data DIR] [--interval MS]
 * Exit codes: 0 ok, 1 some inputs failed, 2 usage error.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isStatus, type ArticleSummary } from '../domain/article.js';
import { SORT_KEYS, type SortKey } from '../search/search-facets.js';
import type { StoryHit } from '../search/story-hit.js';
import { errorMessage } from '../domain/errors.js';
import { EXPORT_FORMATS, isExportFormat } from '../domain/export-format.js';
import { BuildPool } from '../desk/build-pool.js';
import { CopydeskService, type ExportRequest } from '../desk/service.js';
import { startHttpHost } from '../api/http-host.js';
import { LibraryLock } from '../store/library-lock.js';
import { apiWhenOpen } from '../api/api-when-open.js';
import { LibraryFront } from '../desk/library-front.js';
import type { ExportPreview } from '../api/contract.js';
import { importWithProgress } from './import-command.js';
import { ArticleStore } from '../store/article-store.js';
import { DeskStore } from '../store/desk-store.js';
import { flag, parseArgv, UsageError, type ParsedArgs } from './args.js';
import { resolveDataDir } from './data-dir.js';
import { PUBLISH_OPTIONS, PUBLISH_USAGE, publishCommand } from './publish-command.js';
import { historyCommand, revertCommand, showCommand } from './story-commands.js';

const USAGE = `Usage:
  copydesk import FILE|FOLDER… [--data DIR] [--json]
  copydesk list [--data DIR] [--json] [--status new|in-review|ready|exported|spiked] [--source S] [--since YYYY-MM-DD]
               [--sort KEY] [--limit N]
  copydesk search QUERY [--data DIR] [--facets] [--sort KEY] [--limit N] [--json]
      QUERY: words, "a phrase", prefix*, -word, source:AFP status:ready lang:fr place:Tehran subject:S
             is:flagged|embargoed|killed|edited, since:DATE until:DATE date:DATE..DATE
      --sort: ${SORT_KEYS.join(', ')} (default: relevance for words, else wire)
  copydesk export (ID…|--all|--status S|--query Q) (--format F|--preset NAME) [--out DIR] [--dry-run] [--json] [--data DIR]
      formats: ${EXPORT_FORMATS.join(', ')}
      --out defaults to the preset's output folder; --dry-run shows what would be written, writes nothing
${PUBLISH_USAGE}
  copydesk presets [--json] [--data DIR]
  copydesk show ID [--revision N] [--json] [--data DIR]
  copydesk history ID [--json] [--data DIR]
  copydesk revert ID --to N [--json] [--data DIR]
  copydesk serve [--data DIR] [--port N] [--watch DIR] [--allow DIR]
      --allow DIR: a folder the browser may import from by path and watch (--watch DIR and the library's inbox are too)
  copydesk watch DIR [--data DIR] [--interval MS]
The library lives in --data DIR, else $COPYDESK_DATA, else the app's own data folder.`;

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Where the built renderer is, for `serve`. */
  readonly rendererDir: string | null;
  /** The build worker script (out/cli/build-worker.mjs), so imports build on every core; null builds in turn. */
  readonly buildWorker?: string | null;
}

/** Build workers when the worker script is there (the built CLI), else none. */
function buildPoolFor(io: CliIo): { buildPool?: BuildPool } {
  return io.buildWorker ? { buildPool: BuildPool.start(io.buildWorker) } : {};
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        return await importWithProgress(parseArgv(rest, { values: ['data'], switches: ['json'] }), io, await openServiceFor(rest, io));
      case 'list':
        return await listCommand(parseArgv(rest, { values: ['data', 'status', 'source', 'since', 'sort', 'limit'], switches: ['json'] }), io);
      case 'search':
        return await searchCommand(parseArgv(rest, { values: ['data', 'sort', 'limit'], switches: ['json', 'facets'] }), io);
      case 'export':
        return await exportCommand(
          parseArgv(rest, { values: ['data', 'format', 'out', 'preset', 'status', 'query'], switches: ['all', 'dry-run', 'json'] }),
          io,
        );
      case 'publish': {
        const parsed = parseArgv(rest, PUBLISH_OPTIONS);
        return await publishCommand(parsed, io, () => openService(parsed, io));
      }
      case 'presets':
        return await presetsCommand(parseArgv(rest, { values: ['data'], switches: ['json'] }), io);
      case 'show': {
        const args = parseArgv(rest, { values: ['data', 'revision'], switches: ['json'] });
        return await showCommand(args, io, () => openService(args, io));
      }
      case 'history': {
        const args = parseArgv(rest, { values: ['data'], switches: ['json'] });
        return await historyCommand(args, io, () => openService(args, io));
      }
      case 'revert': {
        const args = parseArgv(rest, { values: ['data', 'to'], switches: ['json'] });
        return await revertCommand(args, io, () => openService(args, io));
      }
      case 'serve':
        return await serveCommand(parseArgv(rest, { values: ['data', 'port', 'watch', 'allow'], switches: [] }), io);
      case 'watch':
        return await watchCommand(parseArgv(rest, { values: ['data', 'interval'], switches: [] }), io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`copydesk: ${err.message}\n${USAGE}`);
      return 2;
    }
    io.err(`copydesk: ${errorMessage(err)}`);
    return 1;
  }
}

async function openService(
  args: ParsedArgs,
  io: CliIo,
  options: { hotFolderIntervalMs?: number; readOnlyIfLocked?: boolean; analyseOnImport?: boolean; deferSearchWords?: boolean } = {},
): Promise<CopydeskService> {
  const dir = resolveDataDir(flag(args, 'data'), io.env);
  const { readOnlyIfLocked, ...serviceOptions } = options;
  const store = await openStore(dir, io, readOnlyIfLocked ?? false);
  // A story's reading (entities, speakers, flags…) is made when it is first shown or exported, as in the app, unless
  // the command prints whole stories as it imports them (import --json).
  return new CopydeskService(store, { desk: await DeskStore.open(dir), ...buildPoolFor(io), ...serviceOptions });
}

/** Opens the library (one writer at a time) and says on stderr what recovery found damaged and repaired. */
async function openStore(dir: string, io: CliIo, readOnlyIfLocked = false): Promise<ArticleStore> {
  const store = await ArticleStore.open(dir, { readOnlyIfLocked });
  for (const d of store.damage) io.err(`copydesk: damage found on opening: ${d.file}${d.story ? ` (story ${d.story})` : ''}: ${d.reason}`);
  if (store.damage.length > 0) io.err('copydesk: the index was rebuilt from the story files and packs (the damaged one is kept beside it)');
  return store;
}

/** Opens the library only once the arguments are known to be valid (a usage error touches nothing). */
async function openServiceFor(rest: readonly string[], io: CliIo): Promise<CopydeskService | null> {
  const args = parseArgv(rest, { values: ['data'], switches: ['json'] });
  // `import --json` prints every story whole, read: the reading is made in the build, on the workers.
  // An import searches nothing: its stories go to the search journal, indexed on the next open (a large library's
  // words are not loaded to index a few files).
  return args.positional.length === 0 ? null : openService(args, io, { analyseOnImport: args.flags.has('json'), deferSearchWords: true });
}

async function listCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const status = flag(args, 'status');
  if (status !== undefined && !isStatus(status)) throw new UsageError(`unknown status "${status}"`);
  const source = flag(args, 'source');
  const since = flag(args, 'since');
  if (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since)) throw new UsageError(`--since must be a date (YYYY-MM-DD), not "${since}"`);
  const sort = sortFlag(args);
  const limit = limitFlag(args);
  if (source === undefined && since === undefined && sort === undefined && limit === undefined) {
    const service = await openService(args, io, { readOnlyIfLocked: true });
    try {
      // The plain list, unchanged: every story, newest change first.
      const list = await service.listArticles(status ? { status } : {});
      printList(list, args.flags.has('json'), io);
      return 0;
    } finally {
      await service.close();
    }
  }
  // A page of the list is printed from the search records and the fingerprint and kill indexes (library-front.ts):
  // the article store is opened only if the search index needs it (stories indexed since its snapshot, a rebuild).
  const dir = resolveDataDir(flag(args, 'data'), io.env);
  const front = new LibraryFront(dir, () => openStore(dir, io, true));
  try {
    const query = [status ? `status:${status}` : '', source ? `source:${quoted(source)}` : '', since ? `since:${since}` : ''].filter(Boolean).join(' ');
    const page = await front.searchPage({ query, ...(sort ? { sort } : {}), limit: limit ?? 1000 }, new Date());
    printList(page.results.map(summaryOf), args.flags.has('json'), io);
    return 0;
  } finally {
    // Printed from the index's records: closing stops it loading the words no one will search.
    await front.close();
  }
}

/** `copydesk search QUERY`: the stories the query matches, best first; --json prints {"results": [...]} (and facets). */
async function searchCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('search needs a QUERY (quote it: copydesk search \'"security council" source:AFP\')');
  const sort = sortFlag(args);
  const limit = limitFlag(args) ?? 20;
  const service = await openService(args, io);
  const page = await service.searchArticles({ query: args.positional.join(' '), ...(sort ? { sort } : {}), limit, facets: args.flags.has('facets') });
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ total: page.total, matching: page.matching, terms: page.terms, results: page.results, ...(page.facets ? { facets: page.facets } : {}) }, null, 2));
    return 0;
  }
  io.out(`${page.matching} of ${page.total} stories match${page.matching > page.results.length ? ` (the first ${page.results.length} shown)` : ''}`);
  for (const s of page.results) io.out(`${s.id}  ${s.status.padEnd(9)}  ${s.source.padEnd(8)}  ${s.wireTime.slice(0, 10)}  ${s.headline}`);
  if (page.facets) {
    const f = page.facets;
    const line = (name: string, counts: readonly { value: string; count: number }[]): void => {
      if (counts.length > 0) io.out(`${name.padEnd(9)} ${counts.map((c) => `${c.value} ${c.count}`).join(', ')}`);
    };
    io.out('');
    line('source', f.source);
    line('status', f.status);
    line('date', f.date);
    line('language', f.language);
    line('subject', f.subject.slice(0, 10));
    io.out(`flags     flagged ${f.flagged}, embargoed ${f.embargoed}, killed ${f.killed}, edited ${f.edited}`);
  }
  return 0;
}

function printList(list: readonly ArticleSummary[], json: boolean, io: CliIo): void {
  if (json) io.out(JSON.stringify(list, null, 2));
  else for (const s of list) io.out(`${s.id}  ${s.status.padEnd(9)}  ${s.source.padEnd(8)}  ${s.headline}`);
}

function summaryOf(hit: StoryHit): ArticleSummary {
  return { id: hit.id, revision: hit.revision, status: hit.status, headline: hit.headline, slugline: hit.slugline, source: hit.source, datelineDate: hit.datelineDate, updatedAt: hit.updatedAt, sha256: hit.sha256 };
}

function sortFlag(args: ParsedArgs): SortKey | undefined {
  const sort = flag(args, 'sort');
  if (sort !== undefined && !(SORT_KEYS as readonly string[]).includes(sort)) throw new UsageError(`--sort must be one of ${SORT_KEYS.join(', ')}`);
  return sort as SortKey | undefined;
}

function limitFlag(args: ParsedArgs): number | undefined {
  const text = flag(args, 'limit');
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
  return n;
}

function quoted(value: string): string {
  return /\s/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

async function exportCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = flag(args, 'format');
  const presetName = flag(args, 'preset');
  const status = flag(args, 'status');
  if (format !== undefined && !isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (format === undefined && presetName === undefined) throw new UsageError('export needs --format F or --preset NAME');
  if (status !== undefined && !isStatus(status)) throw new UsageError(`unknown status "${status}"`);
  const all = args.flags.has('all');
  const query = flag(args, 'query');
  const selections = [all, status !== undefined, query !== undefined, args.positional.length > 0].filter(Boolean).length;
  if (selections !== 1) throw new UsageError('give story ids, --all, --status S or --query Q (one of them)');
  const service = await openService(args, io);
  const ids = all ? (await service.listArticles({})).map((s) => s.id) : args.positional.length > 0 ? args.positional : undefined;
  const request: ExportRequest = {
    ...(ids === undefined ? {} : { ids }),
    ...(status !== undefined && isStatus(status) ? { status } : {}),
    ...(query !== undefined ? { query } : {}),
    ...(format !== undefined && isExportFormat(format) ? { format } : {}),
    ...(presetName === undefined ? {} : { preset: presetName }),
  };
  if (args.flags.has('dry-run')) return printPreview(await service.previewExport(request), args.flags.has('json'), io);
  const preset = presetName === undefined ? undefined : (await service.listPresets()).find((p) => p.name === presetName);
  const out = flag(args, 'out') ?? preset?.outputFolder ?? undefined;
  if (!out) throw new UsageError('export needs --out DIR (or a preset with an output folder)');
  // The CLI creates --out like `mkdir -p`; the app's folder dialog only offers folders that exist.
  await mkdir(resolve(out), { recursive: true });
  // The files are on disk and only their paths are printed: the report leaves their content out (bounded memory).
  const report = await service.exportTo(request, resolve(out), { withContent: false });
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ ...report, files: report.files.map(({ content: _content, ...f }) => ({ ...f, path: resolve(out, f.name) })) }, null, 2));
  } else {
    for (const f of report.files) io.out(`exported  ${f.articleIds.join(',')}  ${resolve(out, f.name)}`);
    for (const w of report.warnings ?? []) io.err(`warning: ${w.articleId}: ${w.warnings.join('; ')}`);
    for (const b of report.blocked) io.err(`blocked: ${b.articleId}: ${b.reasons.join('; ')}`);
    for (const e of report.errors) io.err(`error: ${e.articleId}: ${e.reason}`);
  }
  return report.errors.length > 0 || report.blocked.length > 0 ? 1 : 0;
}

function printPreview(preview: ExportPreview, json: boolean, io: CliIo): number {
  if (json) {
    io.out(JSON.stringify(preview, null, 2));
  } else {
    io.out(`Dry run with preset "${preview.preset.name}" (${preview.preset.format}): nothing is written.`);
    for (const story of preview.stories) {
      io.out(`\n== ${story.articleId}  ${story.headline}`);
      if (story.reasons.length > 0) {
        io.out(`   BLOCKED: ${story.reasons.join('; ')}`);
        continue;
      }
      for (const f of story.fields) io.out(`   ${f.field.padEnd(9)} → ${f.target.padEnd(28)} ${f.value}`);
      if (story.file) io.out(`   file: ${story.file.name} (${story.file.mediaType})\n${story.file.content}`);
    }
    if (preview.batchFile) io.out(`\n== one file for the batch: ${preview.batchFile.name} (${preview.batchFile.mediaType})\n${preview.batchFile.content}`);
    for (const e of preview.errors) io.err(`error: ${e.articleId}: ${e.reason}`);
  }
  return preview.errors.length > 0 || preview.stories.some((s) => s.reasons.length > 0) ? 1 : 0;
}

async function presetsCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const presets = await (await openService(args, io, { readOnlyIfLocked: true })).listPresets();
  if (args.flags.has('json')) io.out(JSON.stringify(presets, null, 2));
  else for (const p of presets) io.out(`${p.name.padEnd(24)} ${p.format.padEnd(10)} ${p.builtIn ? 'built-in' : 'saved'}  ${p.fileNaming}`);
  return 0;
}

async function serveCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const portText = flag(args, 'port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535`);
  const dataDir = resolveDataDir(flag(args, 'data'), io.env);
  // The library is claimed first, so that one another process holds is refused before anything is served; the
  // store's own open then finds this process holding it.
  const lock = await LibraryLock.acquire(dataDir);
  const watchDir = flag(args, 'watch');
  // Folders chosen on the command line: the browser may import from them by path and watch them, nothing else.
  const allowDir = flag(args, 'allow');
  // The inbox's first page is answered from the search records, the fingerprint and the kill indexes (library-front.ts),
  // read first; the store's own index loads after them, and the search's words after the store.
  const { front, store: storeOpening } = LibraryFront.openAhead(dataDir, () => openStore(dataDir, io));
  const opening = (async () => {
    const service = new CopydeskService(await storeOpening, { desk: await DeskStore.open(dataDir), ...buildPoolFor(io), front });
    if (allowDir) service.folders.allow(resolve(allowDir));
    if (watchDir) service.folders.allow(resolve(watchDir));
    const hot = watchDir ? await service.setHotFolder({ path: resolve(watchDir) }) : await service.resumeHotFolder();
    await service.resumePublishQueue();
    return { service, hot };
  })();
  const ready = opening.then(({ service }) => service);
  // Awaited below and by every call; a failure meanwhile is not an unhandled rejection.
  ready.catch(() => undefined);
  // Listening while the library opens: the browser loads the page meanwhile, and its first calls wait (api-when-open.ts).
  const host = await startHttpHost({ api: apiWhenOpen(ready, { searchArticles: (a) => front.searchPage(a, new Date()) }), staticDir: io.rendererDir, port });
  io.out(`Copydesk is serving the workstation at ${host.openUrl}`);
  let opened: Awaited<typeof opening>;
  try {
    opened = await opening;
  } catch (err) {
    await host.close();
    await lock.release();
    throw err;
  }
  const { service, hot } = opened;
  // The indexes load while the browser opens the page, not after its first call (see warmUp).
  void service.warmUp().catch(() => undefined);
  io.out(`Library: ${dataDir}  (Ctrl+C stops it)`);
  if (hot.path) io.out(`Hot folder: ${hot.path}`);
  await new Promise<void>((done) => {
    const stop = (): void => void Promise.all([host.close(), service.close()]).then(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

async function watchCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [dir, ...extra] = args.positional;
  if (!dir || extra.length > 0) throw new UsageError('watch needs exactly one FOLDER');
  const interval = Number(flag(args, 'interval') ?? '2000');
  if (!Number.isInteger(interval) || interval < 50) throw new UsageError('--interval must be a whole number of milliseconds ≥ 50');
  const service = await openService(args, io, { hotFolderIntervalMs: interval });
  service.folders.allow(resolve(dir));
  const status = await service.setHotFolder({ path: resolve(dir) });
  io.out(`Watching ${status.path} for wire copy (files are imported once, never moved or deleted; Ctrl+C stops)`);
  const printed = new Set<string>();
  const report = async (): Promise<void> => {
    for (const job of [...(await service.listImports({}))].reverse()) {
      if (job.state === 'running' || printed.has(job.jobId)) continue;
      printed.add(job.jobId);
      const full = await service.importStatus({ jobId: job.jobId });
      for (const o of full.outcomes) io.out(`${o.kind.padEnd(9)} ${o.id ?? '-'}  ${o.fileName}${o.reason ? `: ${o.reason}` : ''}`);
    }
  };
  const timer = setInterval(() => void report(), 500);
  await new Promise<void>((done) => {
    const stop = (): void => void service.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearInterval(timer);
  await report();
  return 0;
}
