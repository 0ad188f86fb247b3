/** Seed-like wire stories for benchmarks: scraped debris, headline, dateline without a year, credit line, footer. */
const PLACES = ['Tehran', 'Baghdad', 'PARIS', 'Berlin', 'GAZA', 'LONDON', 'Ankara', 'Cairo', 'Beirut', 'Doha'];
const AGENCIES = ['Islamic Republic News Agency', 'Agence France-Presse', 'Reuters', 'Xinhua News Agency', 'Anadolu Agency'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/**
 * Sentence frames filled from word pools, so that, like real wire copy, two stories share their function words and
 * phrasing but not their content: near-duplicate detection then sees ordinary copy, not one story 10,000 times.
 */
const FRAMES = [
  'Officials in {place} said that {noun} {verb} the {adj} {noun2} after {n} days of {event}.',
  'The {role} made the remarks in a meeting with {person}, according to a statement on {noun}.',
  '{adj} {noun} is an inevitable necessity for {place}, {person} added.',
  'More than {n} people {verb} near {place} on {day}, the {org} said.',
  'The {org} would continue its support for {noun} and {noun2}, {person} noted.',
  'Analysts said the {event} marked a shift in {noun} after {n} months of {noun2}.',
  '{person}, the {role} of the {org}, called for {adj} {noun} and {noun2}.',
  'The {org} is expected to {verb} {n} {noun} in {place} later this week, officials said.',
];
const POOLS: Readonly<Record<string, readonly string[]>> = {
  noun: ['cooperation', 'trade', 'reconstruction', 'water supply', 'grain exports', 'fuel prices', 'border crossings', 'elections', 'vaccines', 'tariffs', 'rail links', 'fisheries', 'tourism', 'housing', 'pensions', 'wages', 'drought relief', 'power grids', 'ports', 'schools'],
  noun2: ['security', 'stability', 'investment', 'inflation', 'migration', 'floods', 'wildfires', 'debt', 'unemployment', 'shipping', 'aid deliveries', 'court rulings', 'protests', 'repairs', 'farm output', 'refinery output'],
  verb: ['reviewed', 'approved', 'blocked', 'delayed', 'expanded', 'cut', 'restored', 'suspended', 'inspected', 'financed', 'rebuilt', 'protested'],
  adj: ['close', 'urgent', 'regional', 'long-term', 'joint', 'fragile', 'costly', 'renewed', 'limited', 'sweeping'],
  event: ['talks', 'strikes', 'storms', 'negotiations', 'shortages', 'clashes', 'audits', 'hearings', 'outages', 'inspections'],
  role: ['minister', 'governor', 'spokeswoman', 'mayor', 'chief executive', 'commander', 'envoy', 'chairman'],
  person: ['Ali Rezaei', 'Marta Kowalski', 'Jean Dupont', 'Amina Yusuf', 'Kenji Sato', 'Laura Bianchi', 'Omar Haddad', 'Sofia Lind', 'Pedro Alves', 'Nadia Karim', 'Tom Berger', 'Li Wei'],
  org: ['ministry', 'port authority', 'central bank', 'electoral commission', 'health agency', 'city council', 'rail operator', 'farmers union', 'energy regulator', 'Red Crescent'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  place: ['Tehran', 'Baghdad', 'Basra', 'Mosul', 'Isfahan', 'Tabriz', 'Ankara', 'Izmir', 'Cairo', 'Alexandria', 'Beirut', 'Doha', 'Amman', 'Aqaba', 'Kuwait City', 'Muscat'],
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About 500 words: the size of a typical agency story. */
export function generateStory(n: number): string {
  const r = rng(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const place = pick(PLACES);
  const paragraphs: string[] = [];
  const sentence = (): string =>
    pick(FRAMES).replace(/\{(\w+)\}/g, (_, key: string) => (key === 'n' ? String(2 + Math.floor(r() * 500)) : pick(POOLS[key] ?? [''])));
  for (let i = 0; i < 14; i++) paragraphs.push(`${sentence()} ${sentence()}`);
  return [
    '|\u00a0 \u00a0 |\u00a0 \u00a0 |',
    '',
    `Story ${n}: officials in ${place} discuss regional security`,
    '',
    `${place}, ${pick(MONTHS)} ${1 + Math.floor(r() * 28)}, - ${paragraphs.join('\n\n')}`,
    '',
    `Source: ${pick(AGENCIES)}`,
    '',
    'The Regional News Gazette is mainly concerned with news and information about the region. Its main objective is to provide reliable information.',
  ].join('\n');
}
