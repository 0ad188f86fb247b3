import { describe, expect, it } from 'vitest';
import { mojibake, repairMojibake } from '../../../electron/clean/rules/mojibake.js';
import { runRule } from './run-rule.js';

// ” is E2 80 9D in UTF-8; read as Windows-1252, whose 0x9D is undefined, it shows as â€ and the control U+009D.
const GARBLED_CLOSE = '\u00e2\u20ac\u009d';
const GARBLED_OPEN = '\u00e2\u20ac\u0153';

describe('mojibake: the closing double quote', () => {
  it('repairs â€\\x9d to ”', () => {
    expect(repairMojibake(GARBLED_CLOSE)).toBe('\u201d');
    expect(repairMojibake(`${GARBLED_OPEN}yes${GARBLED_CLOSE}`)).toBe('\u201cyes\u201d');
  });

  it('repairs it in the copy, as a recorded change', () => {
    const run = runRule(mojibake, [`The minister said ${GARBLED_OPEN}we will rebuild${GARBLED_CLOSE} on Tuesday.`]);
    expect(run.blocks).toEqual(['The minister said \u201cwe will rebuild\u201d on Tuesday.']);
    expect(run.changes.map((c) => c.after)).toEqual(['\u201c', '\u201d']);
  });

  it('leaves a real control character that is not part of a garbled run alone', () => {
    expect(repairMojibake('\u009d')).toBeNull();
  });
});
