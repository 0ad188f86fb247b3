import { describe, expect, it } from 'vitest';
import { DEFAULT_GLOSSARY } from '../../../electron/domain/desk.js';
import { compileGlossary, lintParagraphs } from '../../../electron/enrich/flags.js';

const narration = { speaker: null, kind: null } as const;
const lint = (texts: string[], speakers = texts.map(() => narration)) => lintParagraphs(texts, speakers, compileGlossary(DEFAULT_GLOSSARY));

describe('attribution and style linter', () => {
  it('flags a loaded term outside quotes with the house suggestion, but not inside a direct quote', () => {
    const flags = lint(['Recent Zionist regime crimes were condemned.', '"The Zionist regime must go," he said.']);
    const loaded = flags.filter((f) => f.kind === 'loaded-term');
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatchObject({ paragraph: 0, text: 'Zionist regime', suggestion: 'Israel' });
    expect(loaded[0]?.reason).toContain("agency's own wording");
  });

  it('flags an unattributed claim and a bare source', () => {
    const flags = lint(['The heinous attack killed 12 people.', 'Sources said the minister would resign.']);
    expect(flags.map((f) => f.kind)).toEqual(['unattributed-claim', 'vague-source']);
  });

  it('flags AP style points with their fix', () => {
    const flags = lint(['Prices rose 5 percent on August 12 after 3 days of talks.']);
    expect(flags.filter((f) => f.kind === 'style').map((f) => [f.text, f.suggestion])).toEqual([
      ['3', 'three'],
      ['5 percent', '5%'],
      ['August 12', 'Aug. 12'],
    ]);
  });

  it('never flags the same thing twice and gives every flag a reason', () => {
    const flags = lint(['Daesh and Daesh again.']);
    expect(flags).toHaveLength(1);
    expect(flags.every((f) => f.reason.length > 0)).toBe(true);
  });
});
