/**
 * The open story's unsaved typing, as the desk's other actions see it. An action that changes the story on the
 * store's side (confirm a speaker, undo a cleaning change, re-clean) first saves the editor's text, so the store
 * applies it to what the editor sees and the typing is kept; it then runs against the revision that save made.
 */
type Flush = () => Promise<number | null>;

const sessions = new Map<string, Flush>();

export function registerFlush(storyId: string, flush: Flush): () => void {
  sessions.set(storyId, flush);
  return () => {
    if (sessions.get(storyId) === flush) sessions.delete(storyId);
  };
}

/** Saves the story's unsaved text, if any; the revision to act on (null: nothing open for it, use your own). */
export async function flushEdits(storyId: string): Promise<number | null> {
  const flush = sessions.get(storyId);
  return flush ? flush() : null;
}
