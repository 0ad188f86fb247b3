/**
 * The story's own commands: read one story (now, or at a revision), list its history, revert it.
 *   copydesk show ID [--revision N] [--json]
 *   copydesk history ID [--json]
 *   copydesk revert ID --to N [--json]
 */
import type { CopydeskService } from '../desk/service.js';
import type { Article } from '../domain/article.js';
import { flag, UsageError, type ParsedArgs } from './args.js';
import { toJsonArticle } from './json-shape.js';

interface Output {
  readonly out: (line: string) => void;
}

function storyId(args: ParsedArgs, command: string): string {
  const [id, ...extra] = args.positional;
  if (!id || extra.length > 0) throw new UsageError(`${command} needs exactly one story ID`);
  return id;
}

function revisionNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a revision number (1, 2, …)`);
  return n;
}

/** The story as text: headline, dateline, the body's blocks with ¶ numbers and speakers. */
function printStory(a: Article, io: Output): void {
  io.out(`${a.headline}`);
  io.out(`${a.id}  revision ${a.revision}  ${a.status}  ${a.source.credit || a.source.name}`);
  if (a.dateline.text) io.out(a.dateline.text);
  io.out('');
  a.paragraphs.forEach((p, i) => {
    const type = p.type && p.type !== 'paragraph' ? ` [${p.type}]` : '';
    const speaker = p.speaker ? `  — ${p.speaker}${p.speakerConfirmed ? ' (confirmed)' : ''}` : '';
    io.out(`¶${i + 1}${type} ${p.text}${speaker}`);
  });
}

export async function showCommand(args: ParsedArgs, io: Output, open: () => Promise<CopydeskService>): Promise<number> {
  const id = storyId(args, 'show');
  const number = revisionNumber(flag(args, 'revision'), '--revision');
  const service = await open();
  const article = number === undefined ? await service.getArticle({ id }) : await service.getRevision({ id, number });
  if (args.flags.has('json')) io.out(JSON.stringify(toJsonArticle(article), null, 2));
  else printStory(article, io);
  return 0;
}

export async function historyCommand(args: ParsedArgs, io: Output, open: () => Promise<CopydeskService>): Promise<number> {
  const id = storyId(args, 'history');
  const revisions = await (await open()).listRevisions({ id });
  if (args.flags.has('json')) io.out(JSON.stringify(revisions, null, 2));
  else for (const r of revisions) io.out(`${String(r.number).padStart(4)}  ${r.at}  ${(r.author || '-').padEnd(16)}  ${r.summary}`);
  return 0;
}

export async function revertCommand(args: ParsedArgs, io: Output, open: () => Promise<CopydeskService>): Promise<number> {
  const id = storyId(args, 'revert');
  const to = revisionNumber(flag(args, 'to'), '--to');
  if (to === undefined) throw new UsageError('revert needs --to N');
  const service = await open();
  const current = await service.getArticle({ id });
  const reverted = await service.revertStory({ id, revision: current.revision, to });
  if (args.flags.has('json')) io.out(JSON.stringify(toJsonArticle(reverted), null, 2));
  else io.out(`reverted ${id} to revision ${to}: now revision ${reverted.revision}`);
  return 0;
}
