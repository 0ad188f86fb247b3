/** Seed-like wire stories for benchmarks: scraped debris, headline, dateline without a year, credit line, footer. */
const PLACES = ['Tehran', 'Baghdad', 'PARIS', 'Berlin', 'GAZA', 'LONDON', 'Ankara', 'Cairo', 'Beirut', 'Doha'];
const AGENCIES = ['Islamic Republic News Agency', 'Agence France-Presse', 'Reuters', 'Xinhua News Agency', 'Anadolu Agency'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SENTENCES = [
  'Officials said that cooperation among neighbouring countries would deter the revival of armed groups in the region.',
  'The minister made the remarks in a meeting with his counterpart, according to a statement released after the talks.',
  'Close military, security and cultural cooperation is an inevitable necessity, he added.',
  'Territorial integrity and national unity guarantee stability, security and the interests of all communities, he noted.',
  'The government would continue its support for reconstruction and would help to establish peace and security.',
  'Analysts in the capital said the statement marked a shift in tone after months of tension over the border.',
  'He emphasised boosting unity and solidarity among the countries of the region and their reliance on dialogue.',
  'The delegation is expected to travel on to two other capitals later this week, officials said.',
];

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
  for (let i = 0; i < 14; i++) paragraphs.push(`${pick(SENTENCES)} ${pick(SENTENCES)} (item ${n}.${i})`);
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
