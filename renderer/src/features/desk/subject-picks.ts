import type { Subject } from '../../../../electron/domain/article';

/** Picks a suggested subject (it stops being a suggestion) or returns a picked one to the suggestions. */
export function toggleSubject(subjects: readonly Subject[], index: number): Subject[] {
  return subjects.map((s, i) => (i === index ? { ...s, suggested: !s.suggested } : s));
}
