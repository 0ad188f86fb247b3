import { useSyncExternalStore } from 'react';
import { DRAFTS_CHANGED, draftedStories } from './drafts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener(DRAFTS_CHANGED, onChange);
  // Another window of the desk writing or clearing a draft.
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(DRAFTS_CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

let snapshot = '';
function read(): string {
  const next = [...draftedStories()].sort().join('\n');
  if (next !== snapshot) snapshot = next;
  return snapshot;
}

/** "draft" on a story in the inbox whose unsaved typing is kept in this browser (drafts.ts). */
export function DraftMark({ storyId }: { readonly storyId: string }) {
  const ids = useSyncExternalStore(subscribe, read);
  if (!ids.split('\n').includes(storyId)) return null;
  return (
    <span className="draft-mark" title="Unsaved draft: open the story to save or discard it">
      draft
    </span>
  );
}
