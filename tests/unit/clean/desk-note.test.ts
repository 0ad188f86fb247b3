import { describe, expect, it } from 'vitest';
import { deskNote } from '../../../electron/clean/rules/desk-note.js';
import { LONG_BODY, runRule } from './run-rule.js';

describe('desk-note rule', () => {
  it('moves a starred line at the top of the copy into the notes, as its own change', () => {
    const run = runRule(deskNote, ['*** Disclaimer: this is an automated translation from Swedish ***', ...LONG_BODY]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.notes).toEqual(['Disclaimer: this is an automated translation from Swedish']);
    expect(run.changes.map((c) => [c.id, c.rule, c.before])).toEqual([['desk-note@0', 'desk-note', '*** Disclaimer: this is an automated translation from Swedish ***']]);
  });

  it('reads the foot of the copy too, and leaves starred lines inside the story and ordinary asterisks alone', () => {
    const body = [...LONG_BODY.slice(0, 3), '** Corrects spelling of the mayor\'s name **', ...LONG_BODY.slice(3), '*** EMBARGOED UNTIL 0600 GMT ***'];
    const run = runRule(deskNote, body);
    expect(run.extracted.notes).toEqual(['EMBARGOED UNTIL 0600 GMT']);
    expect(run.blocks).toContain("** Corrects spelling of the mayor's name **");
    for (const first of ['*Correction* appended below.', '* bankruptcies fell by 0.1%', '***']) {
      expect(runRule(deskNote, [first, ...LONG_BODY]).blocks[0], first).toBe(first);
    }
  });

  it("moves a write-through note opening the copy into the notes, whole or as the opening of the first block", () => {
    const run = runRule(deskNote, ["(Adds governor's announcement, details on park closures)", ...LONG_BODY]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.notes).toEqual(["(Adds governor's announcement, details on park closures)"]);
    const glued = runRule(deskNote, ['(Updates prices, adds comment (para 4)) * Spot gold rose 0.4 percent', ...LONG_BODY]);
    expect(glued.blocks[0]).toBe('* Spot gold rose 0.4 percent');
    expect(glued.extracted.notes).toEqual(['(Updates prices, adds comment (para 4))']);
    // A bracket that opens the story itself, and a write-through word further down, stay.
    for (const first of ['(Reuters) - Gold rose on Tuesday.', '(Pictured) The mayor updates the council.']) {
      expect(runRule(deskNote, [first, ...LONG_BODY]).blocks[0]).toBe(first);
    }
    const lower = [...LONG_BODY.slice(0, 3), '(Adds comments, detail)', ...LONG_BODY.slice(3)];
    expect(runRule(deskNote, lower).blocks).toContain('(Adds comments, detail)');
  });

  it('undoing the change puts the line back and takes the note away', () => {
    const run = runRule(deskNote, ['*** TRANSLATED ***', ...LONG_BODY], ['desk-note@0']);
    expect(run.blocks[0]).toBe('*** TRANSLATED ***');
    expect(run.extracted.notes ?? []).toEqual([]);
  });
});
