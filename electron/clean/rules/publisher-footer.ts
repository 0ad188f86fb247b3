import type { CleaningRule } from '../rule.js';
import { wholeBlock, type Edit } from '../working-copy.js';

/**
 * What a publisher appends about itself or its site: mission blurbs, copyright lines, share/follow/subscribe
 * prompts. Only trailing blocks are considered, read from the end, so a story that merely mentions copyright in
 * its body is left alone.
 */
const FOOTER_SIGNALS: readonly RegExp[] = [
  /\b(?:is|are)\s+(?:mainly|mostly|primarily|chiefly|principally)?\s*(?:concerned with|dedicated to|focused on|committed to|devoted to)\b/iu,
  /\b(?:main|primary|principal)\s+(?:objective|aim|goal|mission)\b/iu,
  /\bour (?:mission|readers|website|newsletter)\b/iu,
  /\ball rights reserved\b/iu,
  /^(?:©|\(c\)|copyright\b)/iu,
  /\b(?:follow us|like us on|subscribe to|sign up for|share this|click here|read more at|download our app)\b/iu,
  /\bfor (?:more|the latest) (?:news|stories|updates)\b/iu,
  /\b(?:this (?:article|story|content) (?:was|is) (?:originally )?(?:published|provided|produced))\b/iu,
];

export function isPublisherFooter(text: string): boolean {
  return FOOTER_SIGNALS.some((re) => re.test(text));
}

export const publisherFooter: CleaningRule = {
  id: 'publisher-footer',
  explanation: "Removed the publisher's footer (blurb about the site, copyright or share/follow lines)",
  propose: (copy) => {
    const edits: Edit[] = [];
    for (let i = copy.blocks.length - 1; i > 0; i--) {
      const text = copy.blocks[i]?.text ?? '';
      if (!isPublisherFooter(text)) break;
      edits.push(wholeBlock(copy, i));
    }
    return edits.reverse();
  },
};
