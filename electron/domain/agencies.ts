/**
 * News agencies Copydesk recognises by name or code, so a credit line such as "Source: Islamic Republic News
 * Agency" or a dateline's "(AFP)" resolves to one agency with its usual code.
 */
export interface Agency {
  readonly code: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  /**
   * A press-release distributor (PR Newswire, GlobeNewswire…), not a news agency: it carries an issuer's release,
   * so the story is credited to the issuer through it.
   */
  readonly releaseWire?: boolean;
}

export const AGENCIES: readonly Agency[] = [
  { code: 'AP', name: 'The Associated Press', aliases: ['Associated Press'] },
  { code: 'Reuters', name: 'Reuters', aliases: ['Thomson Reuters', 'Reuter'] },
  { code: 'AFP', name: 'Agence France-Presse', aliases: ['Agence France Presse'] },
  { code: 'dpa', name: 'Deutsche Presse-Agentur', aliases: ['Deutsche Presse Agentur'] },
  { code: 'Xinhua', name: 'Xinhua News Agency', aliases: ['Xinhua'] },
  { code: 'IRNA', name: 'Islamic Republic News Agency' },
  { code: 'ANSA', name: 'Agenzia Nazionale Stampa Associata' },
  { code: 'EFE', name: 'Agencia EFE', aliases: ['EFE'] },
  { code: 'Kyodo', name: 'Kyodo News', aliases: ['Kyodo'] },
  { code: 'AAP', name: 'Australian Associated Press' },
  { code: 'CP', name: 'The Canadian Press', aliases: ['Canadian Press'] },
  { code: 'PA', name: 'PA Media', aliases: ['Press Association'] },
  { code: 'UPI', name: 'United Press International' },
  { code: 'TASS', name: 'TASS', aliases: ['ITAR-TASS', 'www.itar-tass.com', 'itar-tass.com', 'tass.com'] },
  { code: 'AA', name: 'Anadolu Agency', aliases: ['Anadolu Ajansi'] },
  { code: 'PTI', name: 'Press Trust of India' },
  { code: 'IANS', name: 'Indo-Asian News Service' },
  { code: 'ANI', name: 'Asian News International' },
  { code: 'Yonhap', name: 'Yonhap News Agency', aliases: ['Yonhap'] },
  { code: 'Jiji', name: 'Jiji Press' },
  { code: 'Bernama', name: 'Malaysian National News Agency', aliases: ['Bernama'] },
  { code: 'Antara', name: 'Antara News Agency', aliases: ['Antara'] },
  { code: 'KUNA', name: 'Kuwait News Agency' },
  { code: 'WAM', name: 'Emirates News Agency' },
  { code: 'SPA', name: 'Saudi Press Agency' },
  { code: 'MENA', name: 'Middle East News Agency' },
  { code: 'QNA', name: 'Qatar News Agency' },
  { code: 'ISNA', name: 'Iranian Students News Agency' },
  { code: 'Tasnim', name: 'Tasnim News Agency' },
  { code: 'Fars', name: 'Fars News Agency' },
  { code: 'Mehr', name: 'Mehr News Agency' },
  { code: 'Belga', name: 'Belga News Agency', aliases: ['Belga'] },
  { code: 'ATS', name: 'Agence Télégraphique Suisse' },
  { code: 'APA', name: 'Austria Presse Agentur' },
  { code: 'NTB', name: 'Norsk Telegrambyrå' },
  { code: 'TT', name: 'Tidningarnas Telegrambyrå' },
  { code: 'STT', name: 'Suomen Tietotoimisto' },
  { code: 'Ritzau', name: 'Ritzau' },
  { code: 'PAP', name: 'Polish Press Agency', aliases: ['Polska Agencja Prasowa'] },
  { code: 'CTK', name: 'Czech News Agency' },
  { code: 'MTI', name: 'Hungarian News Agency' },
  { code: 'Interfax', name: 'Interfax' },
  { code: 'Ukrinform', name: 'Ukrinform' },
  { code: 'Bloomberg', name: 'Bloomberg News', aliases: ['Bloomberg'] },
  // CNN Newsource / CNN Wire syndicates CNN's copy, its dateline `WASHINGTON (CNN) --` or just `(CNN) --`.
  { code: 'CNN', name: 'CNN', aliases: ['Cable News Network', 'CNN Wire', 'CNN Newsource'] },
  { code: 'NAN', name: 'News Agency of Nigeria' },
  { code: 'APS', name: 'Algeria Press Service' },
  { code: 'MAP', name: 'Maghreb Arab Press' },
  { code: 'WAFA', name: 'Palestinian News and Information Agency', aliases: ['WAFA'] },
  { code: 'SANA', name: 'Syrian Arab News Agency' },
  { code: 'INA', name: 'Iraqi News Agency' },
  { code: 'Petra', name: 'Jordan News Agency', aliases: ['Petra'] },
  { code: 'NNA', name: 'National News Agency' },
  { code: 'Lusa', name: 'Agência Lusa', aliases: ['Agencia Lusa'] },
  { code: 'ANP', name: 'Algemeen Nederlands Persbureau' },
  { code: 'SDA', name: 'Schweizerische Depeschenagentur', aliases: ['Keystone-SDA'] },
  { code: 'Europa Press', name: 'Europa Press' },
  {
    code: 'PRNewswire',
    name: 'PR Newswire',
    aliases: ['PRNewswire-AsiaNet', 'PR Newswire-AsiaNet', 'PRNewswire-FirstCall', 'PRNewswire-USNewswire', 'PRNewswire-HISPANIC PR WIRE', 'AsiaNet'],
    releaseWire: true,
  },
  { code: 'GlobeNewswire', name: 'GlobeNewswire', aliases: ['GLOBE NEWSWIRE', 'Globe Newswire'], releaseWire: true },
  { code: 'BusinessWire', name: 'Business Wire', aliases: ['BUSINESS WIRE'], releaseWire: true },
  { code: 'ACCESSWIRE', name: 'ACCESSWIRE', aliases: ['ACCESS WIRE'], releaseWire: true },
  { code: 'Medianet', name: 'Medianet', aliases: ['AAP Medianet'], releaseWire: true },
  // Kyodo News's release service (Japan Business Newswire), AsiaNet's partner in Japan: not the agency Kyodo.
  { code: 'JBN', name: 'Kyodo JBN', aliases: ['Kyodo JBN-AsiaNet', 'JBN-AsiaNet', 'Japan Business Newswire'], releaseWire: true },
];

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const byKey = new Map<string, Agency>();
for (const a of AGENCIES) {
  for (const key of [a.code, a.name, ...(a.aliases ?? [])]) byKey.set(norm(key), a);
}

/**
 * Finds an agency by its code, name or an alias; also reads "Name (CODE)" forms, and agencies named together
 * ("ats afp", "AFP/dpa"), where the first one sent the copy.
 */
export function findAgency(text: string): Agency | null {
  const direct = byKey.get(norm(text));
  if (direct) return direct;
  // Agencies joined by a hyphen too, as a byline field credits two (`NTB-Reuters`).
  const names = text.split(/[\s/,]+|(?<=\p{L})-(?=\p{L})/u).filter(Boolean);
  if (names.length > 1 && names.length <= 4) {
    const found = names.map((n) => byKey.get(norm(n)));
    if (found.every((a) => a !== undefined)) return found[0] ?? null;
  }
  const paren = /\(([^)]+)\)\s*$/.exec(text);
  if (paren?.[1]) return byKey.get(norm(paren[1])) ?? null;
  return null;
}
