import { useEffect, useState } from 'react';
import type { StoryLinks } from '../../../../electron/api/contract';
import { api } from '../../api';

/** The open story's versions and related stories; asked again when the story or its revision changes. */
export function useStoryLinks(id: string, revision: number, generation: number): StoryLinks | null {
  const [links, setLinks] = useState<{ id: string; links: StoryLinks } | null>(null);
  useEffect(() => {
    let live = true;
    api.storyLinks({ id }).then(
      (l) => live && setLinks({ id, links: l }),
      () => live && setLinks({ id, links: { versions: [], related: [] } }),
    );
    return () => {
      live = false;
    };
  }, [id, revision, generation]);
  return links && links.id === id ? links.links : null;
}
