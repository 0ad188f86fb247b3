import { useMemo, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import type { DeskAction } from './desk-actions';

interface CommandPaletteProps {
  readonly open: boolean;
  readonly actions: readonly DeskAction[];
  readonly onClose: () => void;
}

/** Ctrl+K: every action of the desk by name; type to narrow, ↑/↓ to choose, Enter to run. */
export function CommandPalette({ open, actions, onClose }: CommandPaletteProps) {
  return (
    <Dialog open={open} title="Command palette" onClose={onClose}>
      <PaletteBody actions={actions} onClose={onClose} />
    </Dialog>
  );
}

function PaletteBody({ actions, onClose }: { readonly actions: readonly DeskAction[]; readonly onClose: () => void }) {
  const [text, setText] = useState('');
  const [at, setAt] = useState(0);
  const shown = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = actions.filter((a) => a.enabled !== false && words.every((w) => a.name.toLowerCase().includes(w)));
    // Names that begin with what was typed come first: "export" offers "Export the stories…" before "Tick … for export".
    const first = words[0] ?? '';
    return [...hits.filter((a) => a.name.toLowerCase().startsWith(first)), ...hits.filter((a) => !a.name.toLowerCase().startsWith(first))];
  }, [actions, text]);
  const chosen = Math.min(at, Math.max(0, shown.length - 1));
  const run = (action: DeskAction | undefined) => {
    if (!action) return;
    onClose();
    // After the palette has closed and given focus back, so the action can move focus itself.
    setTimeout(action.run, 0);
  };
  return (
    <div className="palette">
      <label className="visually-hidden" htmlFor="palette-input">
        Action
      </label>
      <input
        id="palette-input"
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={shown[chosen] ? `palette-${shown[chosen].id}` : undefined}
        placeholder="Type an action…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setAt(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setAt((i) => Math.min(i + 1, shown.length - 1));
          else if (e.key === 'ArrowUp') setAt((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') run(shown[chosen]);
          else return;
          e.preventDefault();
        }}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label="Actions">
        {shown.map((a, i) => (
          <li key={a.id} id={`palette-${a.id}`} role="option" aria-selected={i === chosen} className="palette-item" onClick={() => run(a)}>
            <span>{a.name}</span>
            {a.keys && <kbd>{a.keys}</kbd>}
          </li>
        ))}
        {shown.length === 0 && <li className="muted">No action by that name.</li>}
      </ul>
    </div>
  );
}
