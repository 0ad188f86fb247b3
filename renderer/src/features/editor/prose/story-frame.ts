/**
 * What stands around the editable text without being part of it: the byline and the dateline before the first
 * paragraph (both set in the metadata form, read-only here), and a placeholder in an empty abstract.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export interface StoryFrame {
  readonly byline: string;
  readonly dateline: string;
}

export const storyFrameKey = new PluginKey<StoryFrame>('story-frame');

function frameWidget(frame: StoryFrame) {
  return () => {
    const box = document.createElement('div');
    box.className = 'story-frame';
    box.contentEditable = 'false';
    if (frame.byline) {
      const byline = document.createElement('p');
      byline.className = 'story-byline';
      byline.textContent = frame.byline;
      box.append(byline);
    }
    if (frame.dateline) {
      const dateline = document.createElement('p');
      dateline.className = 'story-dateline';
      dateline.textContent = frame.dateline;
      box.append(dateline);
    }
    return box;
  };
}

export function storyFrame(initial: StoryFrame): Plugin<StoryFrame> {
  return new Plugin<StoryFrame>({
    key: storyFrameKey,
    state: {
      init: () => initial,
      apply: (tr, prev) => (tr.getMeta(storyFrameKey) as StoryFrame | undefined) ?? prev,
    },
    props: {
      decorations(state) {
        const frame = storyFrameKey.getState(state) ?? initial;
        const { doc } = state;
        const headline = doc.child(0);
        const abstract = doc.child(1);
        const bodyPos = headline.nodeSize + abstract.nodeSize;
        const decos = [
          Decoration.widget(bodyPos, frameWidget(frame), { side: -1, key: `frame:${frame.byline}:${frame.dateline}`, ignoreSelection: true }),
        ];
        if (abstract.content.size === 0) decos.push(Decoration.node(headline.nodeSize, bodyPos, { class: 'is-empty', 'data-placeholder': 'Abstract' }));
        if (headline.content.size === 0) decos.push(Decoration.node(0, headline.nodeSize, { class: 'is-empty', 'data-placeholder': 'Headline' }));
        return DecorationSet.create(doc, decos);
      },
    },
  });
}
