import type { CleaningRule } from '../rule.js';
import { wholeBlock, type Edit } from '../working-copy.js';

/**
 * What a publisher appends about itself or its site: mission blurbs, copyright lines, share/follow/subscribe
 * prompts. Only trailing blocks are considered, read from the end, and a block that reports speech ("said",
 * quotes) is story text whatever it contains, so a closing paragraph is never taken for a footer.
 */
const ALWAYS_FOOTER: readonly RegExp[] = [
  /\ball rights reserved\b/iu,
  /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))/iu,
  /\b(?:follow us on|like us on|share this (?:article|story|post)|click here (?:to|for)|download our app|sign up (?:for|to) our|subscribe to our|read more at)\b/iu,
  /\b(?:this (?:article|story|content) (?:was|is) (?:originally )?(?:published|provided|produced) (?:by|on|in))\b/iu,
];
/** A blurb describing the publication itself: a publication-like subject, then what it does. */
const PUBLICATION = /\b(?:news|gazette|times|post|daily|journal|tribune|herald|magazine|network|media|website|portal|online|\.com)\b/iu;
const SELF_DESCRIPTION = /\b(?:is|are)\s+(?:mainly|mostly|primarily|chiefly|principally)?\s*(?:concerned with|dedicated to|focused on|devoted to)\b|\b(?:main|primary|principal)\s+(?:objective|aim|goal|mission)\s+is\s+to\s+(?:provide|publish|inform|offer|deliver|bring)\b/iu;
const REPORTED_SPEECH = /["“”]|\b(?:said|says|told|added|noted|according to)\b/iu;

export function isPublisherFooter(text: string): boolean {
  if (ALWAYS_FOOTER.some((re) => re.test(text))) return true;
  if (REPORTED_SPEECH.test(text)) return false;
  const opening = text.split(/\s+/).slice(0, 10).join(' ');
  return SELF_DESCRIPTION.test(text) && PUBLICATION.test(opening);
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
