import { describe, expect, it } from 'vitest';
import { inferredYearNote } from '../../../renderer/src/features/metadata/year-note';
import { validateMetadata } from '../../../renderer/src/features/metadata/metadata-validation';
import { patchFor, valuesOf } from '../../../renderer/src/features/metadata/metadata-draft';
import { countdown } from '../../../renderer/src/features/metadata/EmbargoBanner';
import { story } from '../export/fixture.js';

describe('metadata form rules', () => {
  it('names the import date as where an inferred year came from, not the dateline date', () => {
    const note = inferredYearNote('2026-07-23', '2026-12-01T10:21:00.000Z');
    expect(note).toContain('2026 was assumed from the import date (1 Dec 2026)');
    expect(note).not.toContain('23 Jul 2026');
  });

  it('refuses an empty headline and flags a cut-off or long one', () => {
    const base = valuesOf(story);
    expect(validateMetadata({ ...base, headline: '  ' })).toContainEqual({ field: 'headline', level: 'error', message: 'A story needs a headline: type one before saving' });
    expect(validateMetadata({ ...base, headline: 'Secretary of the council cautioned Iraq on the…' }).map((i) => i.level)).toEqual(['warning']);
    expect(validateMetadata({ ...base, headline: 'x'.repeat(130) })[0]?.message).toBe('The headline is 130 characters: sites cut it after about 100');
    expect(validateMetadata({ ...base, urgency: '12' })[0]?.message).toBe('Urgency is a whole number from 1 (highest) to 9');
    expect(validateMetadata(base)).toEqual([]);
  });

  it('sends the wire fields the desk edits', () => {
    const edits = { embargo: '2099-01-01T10:30', urgency: '2', keywords: 'ports, shipping ,, ports', contributors: 'Writing by: Lina Haddad\nEditing by: Ana Ruiz', ednote: ' Check quay numbers ' };
    const patch = patchFor(story, edits);
    expect(patch.embargo).toBe(new Date('2099-01-01T10:30').toISOString());
    expect(patch.urgency).toBe(2);
    expect(patch.keywords).toEqual(['ports', 'shipping']);
    expect(patch.authors).toEqual([{ role: 'Writing by', name: 'Lina Haddad' }, { role: 'Editing by', name: 'Ana Ruiz' }]);
    expect(patch.ednote).toBe('Check quay numbers');
    expect(patchFor(story, { embargo: '' })).toEqual({});
  });

  it('counts down to the embargo', () => {
    expect(countdown((2 * 24 + 3) * 3_600_000 + 60_000)).toBe('2 d 3 h');
    expect(countdown(3 * 3_600_000 + 12 * 60_000)).toBe('3 h 12 min');
    expect(countdown(30_000)).toBe('under a minute');
  });
});
