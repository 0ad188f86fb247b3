import type { KeyboardEvent, PointerEvent } from 'react';

interface PaneSplitterProps {
  readonly label: string;
  readonly width: number;
  readonly min: number;
  readonly max: number;
  /** +1 when dragging right widens the pane (the left one), -1 when it narrows it (the right one). */
  readonly direction: 1 | -1;
  readonly onWidth: (width: number) => void;
}

/** A vertical splitter between two panes: drag it, or focus it and use ←/→ (Shift for bigger steps). */
export function PaneSplitter({ label, width, min, max, direction, onWidth }: PaneSplitterProps) {
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const startX = e.clientX;
    const startWidth = width;
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => onWidth(clamp(startWidth + direction * (ev.clientX - startX)));
    const up = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 60 : 20;
    if (e.key === 'ArrowLeft') onWidth(clamp(width - direction * step));
    else if (e.key === 'ArrowRight') onWidth(clamp(width + direction * step));
    else return;
    e.preventDefault();
  };
  return (
    <div
      className="pane-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
