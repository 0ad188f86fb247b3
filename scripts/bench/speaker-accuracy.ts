/**
 * Speaker accuracy on the hand-annotated copy in tests/fixtures/speakers/annotated.json: the share of paragraphs
 * whose tagged speaker is exactly the annotated one (null = the agency's narration), compared case-insensitively.
 */
import { readFileSync } from 'node:fs';
import { analyseStory } from '../../electron/enrich/desk-analysis.js';

interface Annotated {
  readonly stories: readonly {
    readonly name: string;
    readonly source: string;
    readonly paragraphs: readonly { readonly text: string; readonly speaker: string | null }[];
  }[];
}

export interface SpeakerScore {
  readonly paragraphs: number;
  readonly correct: number;
  readonly misses: readonly { story: string; paragraph: number; expected: string | null; got: string | null }[];
}

export function loadAnnotated(path = new URL('../../tests/fixtures/speakers/annotated.json', import.meta.url)): Annotated {
  return JSON.parse(readFileSync(path, 'utf8')) as Annotated;
}

export function scoreSpeakers(annotated: Annotated = loadAnnotated()): SpeakerScore {
  let paragraphs = 0;
  let correct = 0;
  const misses: SpeakerScore['misses'][number][] = [];
  for (const story of annotated.stories) {
    const found = analyseStory(story.paragraphs.map((p, i) => ({ id: `p${i}`, text: p.text })), { name: story.source, code: null, credit: story.source });
    story.paragraphs.forEach((p, i) => {
      const got = found.paragraphs[i]?.speaker ?? null;
      paragraphs++;
      if ((got ?? '').toLowerCase() === (p.speaker ?? '').toLowerCase()) correct++;
      else misses.push({ story: story.name, paragraph: i, expected: p.speaker, got });
    });
  }
  return { paragraphs, correct, misses };
}
