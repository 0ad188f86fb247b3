import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import type { DeskAction } from './desk-actions';

/** `?`: every key of the desk. */
export function ShortcutsDialog({ open, actions, onClose }: { readonly open: boolean; readonly actions: readonly DeskAction[]; readonly onClose: () => void }) {
  const keyed = actions.filter((a) => a.keys);
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {keyed.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <kbd>{a.keys}</kbd>
              </th>
              <td>{a.name}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>n / p</kbd>
            </th>
            <td>Next / previous cleaning change</td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>f / Shift+F</kbd>
            </th>
            <td>Next / previous flag</td>
          </tr>
        </tbody>
      </table>
      <div className="dialog-actions">
        <Button variant="primary" autoFocus onClick={onClose}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
