/**
 * The WordPress importer's rules for a WXR file, as written down in ../shared/standards/wxr/README.md (taken from
 * the importer's parser and import code). There is no XSD for WXR: this checks what the importer enforces or
 * silently depends on, and is stricter where Copydesk's own output should be (WXR 1.2 namespaces, every term and
 * author declared in the channel, post dates present). Well-formedness is checked separately (xmllint --noout).
 */
const NAMESPACES: Readonly<Record<string, string>> = {
  wp: 'http://wordpress.org/export/1.2/',
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
};
const POST_STATUSES = new Set(['publish', 'draft', 'pending', 'private', 'future']);
const POST_TYPES = new Set(['post', 'page']);
const WP_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** The text of an element's content: CDATA sections unwrapped (a split `]]>` joins back), entities decoded. */
function textOf(inner: string): string {
  return inner
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '\u0000amp;'))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .replace(/\u0000amp;/g, '&')
    .trim();
}

function all(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1] ?? '');
}

function first(xml: string, tag: string): string | null {
  const found = all(xml, tag)[0];
  return found === undefined ? null : textOf(found);
}

export function checkWxrRules(xml: string): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => void problems.push(message);
  if (/<!DOCTYPE/i.test(xml)) fail('contains a DOCTYPE: the importer\'s SimpleXML parser rejects it');
  if (!/^(?:\uFEFF)?<\?xml\s+version="1\.0"\s+encoding="UTF-8"\s*\?>/i.test(xml)) fail('does not start with an XML declaration for UTF-8');
  const root = /<rss\s([^>]*)>/.exec(xml);
  if (!root) return [...problems, 'no <rss> root element'];
  const attrs = root[1] ?? '';
  if (!/\bversion="2\.0"/.test(attrs)) fail('<rss> is not version="2.0"');
  for (const [prefix, uri] of Object.entries(NAMESPACES)) {
    if (!attrs.includes(`xmlns:${prefix}="${uri}"`)) fail(`namespace ${prefix} is not declared as ${uri}`);
  }
  const channel = all(xml, 'channel');
  if (channel.length !== 1) return [...problems, `expected one <channel>, found ${channel.length}`];
  const body = channel[0] ?? '';
  const head = body.split('<item>')[0] ?? '';
  const version = first(head, 'wp:wxr_version');
  if (version === null || !/^\d+\.\d+$/.test(version)) fail('missing/invalid wp:wxr_version ("This does not appear to be a WXR file")');
  else if (version !== '1.2') fail(`wp:wxr_version is ${version}, not 1.2`);

  const logins = new Set<string>();
  for (const author of all(head, 'wp:author')) {
    const login = first(author, 'wp:author_login');
    if (!login) fail('a wp:author has no wp:author_login');
    else logins.add(login);
  }
  const categories = new Set<string>();
  for (const category of all(head, 'wp:category')) {
    const slug = first(category, 'wp:category_nicename');
    if (!slug || !first(category, 'wp:cat_name')) fail('a wp:category lacks wp:category_nicename or wp:cat_name');
    else categories.add(slug);
  }
  const tags = new Set<string>();
  for (const tag of all(head, 'wp:tag')) {
    const slug = first(tag, 'wp:tag_slug');
    if (!slug || !first(tag, 'wp:tag_name')) fail('a wp:tag lacks wp:tag_slug or wp:tag_name');
    else tags.add(slug);
  }

  const items = all(body, 'item');
  if (items.length === 0) fail('no <item>: nothing to import');
  const postIds = new Set<string>();
  items.forEach((item, i) => {
    const where = `item ${i + 1}`;
    const title = first(item, 'title');
    if (!title) fail(`${where}: no title`);
    const creator = first(item, 'dc:creator');
    if (!creator) fail(`${where}: no dc:creator`);
    else if (logins.size > 0 && !logins.has(creator)) fail(`${where}: dc:creator "${creator}" is not a declared wp:author_login`);
    if (!/<guid isPermaLink="false">[^<]+<\/guid>/.test(item)) fail(`${where}: no guid with isPermaLink="false"`);
    if (first(item, 'content:encoded') === null) fail(`${where}: no content:encoded`);
    const postId = first(item, 'wp:post_id');
    if (!postId || !/^\d+$/.test(postId)) fail(`${where}: wp:post_id is not a number`);
    else if (postIds.has(postId)) fail(`${where}: wp:post_id ${postId} repeats`);
    else postIds.add(postId);
    for (const tag of ['wp:post_date', 'wp:post_date_gmt']) {
      const date = first(item, tag);
      if (!date || !WP_DATE.test(date)) fail(`${where}: ${tag} is not "YYYY-MM-DD HH:MM:SS"`);
    }
    const status = first(item, 'wp:status');
    if (!status || !POST_STATUSES.has(status)) fail(`${where}: wp:status "${status ?? ''}" is not one the importer keeps`);
    const type = first(item, 'wp:post_type');
    if (!type || !POST_TYPES.has(type)) fail(`${where}: wp:post_type "${type ?? ''}" is not a registered type`);
    for (const tag of ['wp:comment_status', 'wp:ping_status']) {
      const value = first(item, tag);
      if (value !== null && value !== 'open' && value !== 'closed') fail(`${where}: ${tag} must be open or closed`);
    }
    if (!first(item, 'wp:post_name')) fail(`${where}: no wp:post_name (slug)`);
    for (const m of item.matchAll(/<category\b([^>]*)>([\s\S]*?)<\/category>/g)) {
      const domain = /domain="([^"]+)"/.exec(m[1] ?? '')?.[1];
      const nicename = /nicename="([^"]+)"/.exec(m[1] ?? '')?.[1];
      if (!domain || !nicename) fail(`${where}: a <category> without domain and nicename is ignored by the importer`);
      else if (domain === 'category' && !categories.has(nicename)) fail(`${where}: category "${nicename}" is not declared in the channel`);
      else if (domain === 'post_tag' && !tags.has(nicename)) fail(`${where}: tag "${nicename}" is not declared in the channel`);
      if (!textOf(m[2] ?? '')) fail(`${where}: a <category> has no name`);
    }
  });
  return problems;
}
