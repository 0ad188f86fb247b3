/** Shown while files are dragged over the window; purely visual, the window itself takes the drop. */
export function DropOverlay({ visible }: { readonly visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <p className="drop-overlay-title">Drop wire copy to import</p>
        <p>Text files in any encoding; each file becomes a story.</p>
      </div>
    </div>
  );
}
