import type { Author } from '../../domain/article.js';
import type { CleaningRule } from '../rule.js';
import type { Edit } from '../working-copy.js';

/**
 * Reuters-style contributor trailers: "(Reporting by A and B; Additional reporting by C; Editing by D)". They
 * credit the agency's staff, not the story's readers: lifted out of the body into the contributors.
 */
const TRAILER = /\(\s*((?:(?:Additional |Further )?(?:Reporting|Writing|Editing|Compiled|Translation|Graphics|Production)(?: by)?\s[^()]+)(?:;\s*[^()]+)*)\)\s*$/iu;

export function parseContributors(inner: string): Author[] {
  return inner.split(/\s*;\s*/u).flatMap((part) => {
    const m = /^(.*?)\s+by\s+(.+)$/iu.exec(part.trim());
    if (!m?.[1] || !m[2]) return [];
    const role = m[1].toLowerCase();
    return m[2].split(/\s*(?:,|\band\b)\s*/u).filter(Boolean).map((name) => ({ name: name.trim(), role }));
  });
}

export const reportingTrailer: CleaningRule = {
  id: 'reporting-trailer',
  explanation: 'Moved the "(Reporting by …; Editing by …)" trailer into the contributors',
  propose: (copy) => {
    const edits: Edit[] = [];
    for (let i = copy.blocks.length - 1; i >= Math.max(0, copy.blocks.length - 3); i--) {
      const text = copy.blocks[i]?.text ?? '';
      const m = TRAILER.exec(text);
      if (!m?.[1]) continue;
      const contributors = parseContributors(m[1]);
      if (contributors.length === 0) continue;
      const start = m.index ?? 0;
      edits.push({ block: i, start, end: text.length, replacement: '', extract: { contributors } });
      break;
    }
    return edits;
  },
};
