/**
 * The story follows the metadata form as the editor types: the form announces the byline and dateline it would
 * save, and the open story's editor shows them around the text before they are saved.
 */
import type { StoryFrame } from './prose/story-frame';

const EVENT = 'copydesk-metadata-preview';

interface Preview {
  readonly storyId: string;
  readonly frame: StoryFrame;
}

export function publishMetadataPreview(storyId: string, frame: StoryFrame): void {
  window.dispatchEvent(new CustomEvent<Preview>(EVENT, { detail: { storyId, frame } }));
}

export function onMetadataPreview(storyId: string, handler: (frame: StoryFrame) => void): () => void {
  const listener = (e: Event) => {
    const { detail } = e as CustomEvent<Preview>;
    if (detail.storyId === storyId) handler(detail.frame);
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
