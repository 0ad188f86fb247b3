/**
 * Drafts: the editor's unsaved text, kept in localStorage as it types, so a crash, a reload or opening another
 * story never loses it. One draft per story, with the revision it was typed on and that revision's text (the base
 * a later merge with a newer revision starts from).
 */
import type { StoryContent } from './prose/story-content';

const PREFIX = 'copydesk.draft.';
export const DRAFTS_CHANGED = 'copydesk-drafts-changed';

export interface Draft {
  readonly storyId: string;
  readonly revision: number;
  readonly base: StoryContent;
  readonly mine: StoryContent;
  readonly at: string;
}

export function readDraft(storyId: string): Draft | null {
  try {
    const raw = localStorage.getItem(PREFIX + storyId);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return draft.storyId === storyId && draft.mine && draft.base ? draft : null;
  } catch {
    return null;
  }
}

function announce(): void {
  window.dispatchEvent(new Event(DRAFTS_CHANGED));
}

/** Returns false when the browser refused (storage full): the editor then says so. */
export function writeDraft(draft: Draft): boolean {
  const had = localStorage.getItem(PREFIX + draft.storyId) !== null;
  try {
    localStorage.setItem(PREFIX + draft.storyId, JSON.stringify(draft));
  } catch {
    return false;
  }
  if (!had) announce();
  return true;
}

export function clearDraft(storyId: string): void {
  if (localStorage.getItem(PREFIX + storyId) === null) return;
  localStorage.removeItem(PREFIX + storyId);
  announce();
}

/** The ids of every story with an unsaved draft, for the inbox's marks. */
export function draftedStories(): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) ids.add(key.slice(PREFIX.length));
  }
  return ids;
}
