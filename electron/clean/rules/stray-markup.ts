import type { CleaningRule } from '../rule.js';
import type { Edit } from '../working-copy.js';

/** HTML tags and entities left in plain-text copy by a scraper or a careless feed. */
const TAG = /<\/?(?:p|br|div|span|b|i|em|strong|font|a|u|small|big|center|hr)\b[^<>]*>/giu;
const ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>',
  '&mdash;': '—', '&ndash;': '–', '&rsquo;': '’', '&lsquo;': '‘', '&ldquo;': '“', '&rdquo;': '”', '&hellip;': '…',
};
const ENTITY = /&(?:nbsp|amp|quot|#39|apos|lt|gt|mdash|ndash|rsquo|lsquo|ldquo|rdquo|hellip);/gu;

export const strayMarkup: CleaningRule = {
  id: 'stray-markup',
  explanation: 'Removed HTML tags and decoded HTML entities left in the text',
  propose: (copy) =>
    copy.blocks.flatMap((b, block): Edit[] => {
      const edits: Edit[] = [];
      for (const m of b.text.matchAll(TAG)) {
        edits.push({ block, start: m.index, end: m.index + m[0].length, replacement: /^<br/i.test(m[0]) ? ' ' : '' });
      }
      for (const m of b.text.matchAll(ENTITY)) {
        edits.push({ block, start: m.index, end: m.index + m[0].length, replacement: ENTITIES[m[0]] ?? '' });
      }
      return edits;
    }),
};
