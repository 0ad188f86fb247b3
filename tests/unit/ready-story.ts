import type { CopydeskService } from '../../electron/desk/service.js';

/**
 * Makes a story ready to go as an editor would in the app: the inferred dateline year confirmed, then each open
 * flag dismissed (the shipped presets block on both). The flags are the desk's reading, so they come from the
 * story as opened, not from what a save returns.
 */
export async function readyStory(api: CopydeskService, id: string): Promise<void> {
  const opened = await api.getArticle({ id });
  let article = await api.saveArticle({ id, revision: opened.revision, patch: { dateline: { ...opened.dateline, yearInferred: false } } });
  for (const flag of opened.flags) article = await api.dismissFlag({ id, revision: article.revision, flagId: flag.id });
  const after = await api.getArticle({ id });
  const open = after.flags.filter((f) => !after.decisions.dismissedFlags.includes(f.id));
  if (open.length > 0 || after.dateline.yearInferred) throw new Error(`story ${id} is still not ready: ${open.map((f) => f.id).join(', ')}`);
}
