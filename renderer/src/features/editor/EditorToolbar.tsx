import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { redo, undo } from 'prosemirror-history';
import { marks } from './prose/schema';
import { blockQuote, bulletList, liftOut, makeParagraph, makeSubhead, orderedList, setLink, toggleBold, toggleItalic } from './prose/commands';

interface ToolbarProps {
  readonly view: () => EditorView | null;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly onSave: () => void;
  readonly onFind: () => void;
}

interface Tool {
  readonly label: string;
  readonly text: string;
  readonly keys: string;
  readonly command: Command;
}

const TOOLS: readonly (Tool | 'gap')[] = [
  { label: 'Undo', text: '↶', keys: 'Ctrl+Z', command: undo },
  { label: 'Redo', text: '↷', keys: 'Ctrl+Shift+Z', command: redo },
  'gap',
  { label: 'Bold', text: 'B', keys: 'Ctrl+B', command: toggleBold },
  { label: 'Italic', text: 'I', keys: 'Ctrl+I', command: toggleItalic },
  'gap',
  { label: 'Paragraph', text: '¶', keys: 'Ctrl+Alt+0', command: makeParagraph },
  { label: 'Subhead', text: 'H', keys: 'Ctrl+Alt+2', command: makeSubhead },
  { label: 'Bulleted list', text: '•', keys: 'Ctrl+Shift+8', command: bulletList },
  { label: '1. Numbered list', text: '1.', keys: 'Ctrl+Shift+9', command: orderedList },
  { label: 'Quote', text: '❝', keys: 'Ctrl+>', command: blockQuote },
  { label: 'Out of list or quote', text: '⇤', keys: 'Shift+Tab', command: liftOut },
];

/** The editor's commands as buttons; the mouse never takes the focus out of the text. */
export function EditorToolbar({ view, dirty, saving, onSave, onFind }: ToolbarProps) {
  const run = (command: Command) => {
    const v = view();
    if (!v) return;
    command(v.state, v.dispatch, v);
    v.focus();
  };
  const link = () => {
    const v = view();
    if (!v || v.state.selection.empty) return;
    if (!v.state.selection.$from.parent.type.allowsMarkType(marks.link)) {
      window.alert('Links go in the body: the headline, the abstract and subheads are plain text.');
      return;
    }
    const href = window.prompt('Link to (http, https or mailto; empty removes the link)');
    if (href === null) return;
    if (!setLink(href.trim() === '' ? null : href)(v.state, v.dispatch)) window.alert('Only http(s) and mailto links can go in a story.');
    v.focus();
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Editing">
      {TOOLS.map((tool, i) =>
        tool === 'gap' ? (
          <span key={i} className="toolbar-gap" />
        ) : (
          <button
            key={tool.label}
            type="button"
            className="tool"
            aria-label={tool.label}
            title={`${tool.label} (${tool.keys})`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(tool.command)}
          >
            {tool.text}
          </button>
        ),
      )}
      <button type="button" className="tool" aria-label="Link" title="Link (select the words first)" onMouseDown={(e) => e.preventDefault()} onClick={link}>
        Link
      </button>
      <span className="toolbar-gap" />
      <button type="button" className="tool" aria-label="Find and replace" title="Find (Ctrl+F), replace (Ctrl+H)" onClick={onFind}>
        Find
      </button>
      <span className="toolbar-status" role="status" aria-label="Save state">
        {saving ? 'Saving…' : dirty ? 'Unsaved draft' : 'Saved'}
      </span>
      <button type="button" className="btn btn-primary tool-save" disabled={!dirty || saving} onClick={onSave} title="Save (Ctrl+S)">
        Save text
      </button>
    </div>
  );
}
