import { useEffect, useState } from 'react';

/** "2 d 3 h", "3 h 12 min", "4 min", "under a minute". */
export function countdown(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${mins} min`;
  return `${mins} min`;
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A story under embargo says so above everything else, with the time left, until the embargo lifts. */
export function EmbargoBanner({ embargo }: { readonly embargo: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  if (embargo === null || embargo.trim() === '') return null;
  const until = Date.parse(embargo);
  if (Number.isNaN(until)) {
    return <div className="embargo-banner" role="status"><strong>Embargo:</strong> “{embargo}” is not a date; confirm it with the agency before release.</div>;
  }
  if (until <= now) return <div className="embargo-banner lifted" role="status">Embargo lifted {WHEN.format(until)}.</div>;
  return (
    <div className="embargo-banner" role="status">
      <strong>Embargoed</strong> until {WHEN.format(until)} — lifts in {countdown(until - now)}. It cannot be exported before; publishing schedules it.
    </div>
  );
}
