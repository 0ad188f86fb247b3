import { describe, expect, it } from 'vitest';
import { bandKeys, jaccard, shingles, signature, signatureFromBase64, signatureToBase64, similarity } from '../../../electron/enrich/fingerprint.js';

// Written for this test: one event told by two agencies, and an unrelated story.
const AGENCY_A =
  'Flood waters forced thousands of residents from their homes in the river town of Kessel on Tuesday as heavy rain ' +
  'continued for a third day. Emergency crews evacuated 4,000 people from low-lying districts and opened shelters in three schools, ' +
  'the regional governor told reporters.';
const AGENCY_B =
  'Emergency crews evacuated 4,000 people from low-lying districts of Kessel on Tuesday after flood waters rose in the river town, ' +
  'the regional governor said, as heavy rain continued for a third day and shelters opened in three schools.';
const OTHER =
  'The central bank left its main interest rate unchanged at 3.5 percent on Thursday, saying inflation was easing ' +
  'more slowly than expected and wage growth remained strong.';

describe('MinHash fingerprint', () => {
  it('is deterministic and survives a base64 round trip', () => {
    const sig = signature(AGENCY_A);
    expect(signature(AGENCY_A)).toEqual(sig);
    expect(signatureFromBase64(signatureToBase64(sig))).toEqual(sig);
    expect(signatureFromBase64('bm90IGEgc2lnbmF0dXJl')).toBeNull();
  });

  it('rates the same text 1, one event from two agencies as alike, and an unrelated story near 0', () => {
    expect(similarity(signature(AGENCY_A), signature(AGENCY_A))).toBe(1);
    const related = similarity(signature(AGENCY_A), signature(AGENCY_B));
    const unrelated = similarity(signature(AGENCY_A), signature(OTHER));
    expect(related).toBeGreaterThan(0.25);
    expect(unrelated).toBeLessThan(0.1);
    expect(related).toBeGreaterThan(unrelated);
  });

  it('estimates the exact Jaccard similarity within a MinHash error bound', () => {
    const exact = jaccard(shingles(AGENCY_A), shingles(AGENCY_B));
    const estimate = similarity(signature(AGENCY_A), signature(AGENCY_B));
    // 64 hashes: standard error √(J(1−J)/64) ≤ 0.0625; allow three of them.
    expect(Math.abs(estimate - exact)).toBeLessThan(0.19);
  });

  it('gives alike texts a shared LSH band and the empty text a signature that matches nothing', () => {
    const a = new Set(bandKeys(signature(AGENCY_A)));
    expect(bandKeys(signature(AGENCY_B)).some((k) => a.has(k))).toBe(true);
    expect(similarity(signature(''), signature(''))).toBe(0);
  });

  it('copes with hostile input: huge, markup-only, non-Latin', () => {
    const huge = 'word '.repeat(200_000);
    expect(signature(huge)).toHaveLength(64);
    expect(similarity(signature('<<<>>> ### ***'), signature(AGENCY_A))).toBe(0);
    const arabic = 'أعلنت وزارة النقل اليوم أن الميناء الشمالي أعيد فتحه أمام سفن الشحن';
    expect(similarity(signature(arabic), signature(arabic))).toBe(1);
  });
});
