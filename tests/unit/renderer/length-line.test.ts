import { describe, expect, it } from 'vitest';
import { lengthLine } from '../../../renderer/src/features/metadata/WireFields';

describe('the metadata panel\'s length line', () => {
  it("says whose count it is: the desk's, the agency's while it holds, both once the text has changed", () => {
    expect(lengthLine({ count: 1234 })).toBe('1,234 words');
    expect(lengthLine({ count: 466, declared: 466 })).toBe('466 words, as the agency declared them');
    expect(lengthLine({ count: 470, declared: 466 })).toBe('470 words (the agency declared 466 for the text as it came)');
  });
});
