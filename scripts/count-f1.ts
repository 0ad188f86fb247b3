/** F1 of two bags of tokens (token → count): the harmonic mean of the shared share of each side. */
export function countF1(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, whenBothEmpty: number): number {
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  if (na === 0 && nb === 0) return whenBothEmpty;
  for (const [k, v] of a) common += Math.min(v, b.get(k) ?? 0);
  if (common === 0) return 0;
  const precision = common / na;
  const recall = common / nb;
  return (2 * precision * recall) / (precision + recall);
}
