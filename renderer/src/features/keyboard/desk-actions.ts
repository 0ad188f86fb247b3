/** An action of the desk: named for the command palette, with the key that runs it (if any) for the `?` sheet. */
export interface DeskAction {
  readonly id: string;
  readonly name: string;
  /** As the shortcuts sheet prints it, e.g. "j / ↓". */
  readonly keys?: string;
  readonly run: () => void;
  /** False when it cannot run now (no story open…): listed, but not offered. */
  readonly enabled?: boolean;
}
