import { useState } from 'react';
import type { Article } from '../../../../electron/domain/article';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { Panel } from '../../ui/Panel';
import { TextField } from '../../ui/TextField';
import { useStoryAction } from './use-story-action';

/** The text selected in the story, if any: the passage the editor most likely means. */
function selectedText(): string {
  return window.getSelection()?.toString().trim() ?? '';
}

/** "Always remove this for this source": the passage is filed for the story's source and removed from its copy. */
export function BoilerplatePanel({ article, onArticle }: { readonly article: Article; readonly onArticle: (a: Article) => void }) {
  const { busy, run } = useStoryAction(article, onArticle);
  const [passage, setPassage] = useState('');
  const source = article.source.code ?? article.source.name;
  const file = async () => {
    const text = passage.trim() || selectedText();
    if (text.length < 3) return;
    if (await run((s) => api.addBoilerplate({ ...s, text }))) setPassage('');
  };
  return (
    <Panel title="Boilerplate" className="boilerplate">
      <div
        onFocusCapture={() => {
          const sel = selectedText();
          if (sel && passage === '') setPassage(sel);
        }}
      >
        <TextField
          label="Passage to remove"
          rows={3}
          value={passage}
          onChange={setPassage}
          hint={source ? `Removed from this story and every later one from ${source}.` : 'This story has no source yet.'}
        />
      </div>
      <div className="panel-actions">
        <Button disabled={busy || !source} onClick={() => void file()}>
          Always remove for {source || 'this source'}
        </Button>
        <Button variant="quiet" disabled={busy} onClick={() => void run((s) => api.recleanStory(s))}>
          Re-run cleaning
        </Button>
      </div>
    </Panel>
  );
}
