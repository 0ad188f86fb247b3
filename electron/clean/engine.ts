/**
 * The cleaning engine: runs the rules in order over the parsed copy and records every change it makes (rule,
 * explanation, before, after, position). A change the editor rejected is still listed, marked not applied,
 * and later rules see the text as if it had never been made — so undo is "run again without it". A change's
 * position is its block in the parsed original and the span in that block's text as the rule saw it.
 */
import type { CleaningChange } from '../domain/article.js';
import type { WireDraft } from '../ingest/wire-draft.js';
import type { CleaningContext, CleaningRule } from './rule.js';
import { byline } from './rules/byline.js';
import { creditLine } from './rules/credit-line.js';
import { dateline } from './rules/dateline.js';
import { escapedQuotes } from './rules/escaped-quotes.js';
import { headline } from './rules/headline.js';
import { deskNote } from './rules/desk-note.js';
import { notForPublication } from './rules/not-for-publication.js';
import { headlineEcho } from './rules/headline-echo.js';
import { mojibake } from './rules/mojibake.js';
import { publisherFooter } from './rules/publisher-footer.js';
import { scrapeDebris } from './rules/scrape-debris.js';
import { signOff } from './rules/sign-off.js';
import { strayMarkup } from './rules/stray-markup.js';
import { whitespace } from './rules/whitespace.js';
import { agencySlug } from './rules/agency-slug.js';
import { headlineCase } from './rules/headline-case.js';
import { headlinePrefix } from './rules/headline-prefix.js';
import { releaseHeader } from './rules/release-header.js';
import { releaseTrailer } from './rules/release-trailer.js';
import { reportingTrailer } from './rules/reporting-trailer.js';
import { sourceBoilerplate } from './rules/source-boilerplate.js';
import { typography } from './rules/typography.js';
import { RejectedChanges } from './rejected-changes.js';
import { applyEdits, editOrder, FORMAT_HEADLINE, liftExtracts, type Edit, type Extracted, type WorkingCopy } from './working-copy.js';

/**
 * Order matters: garbled characters are repaired first, so every later rule reads real letters; markup is
 * decoded before debris is judged (`&nbsp;|&nbsp;` is debris), both go before the headline and dateline rules
 * look at the first lines (a string literal's escaped quotes go with the markup; a release's or bulletin's header lines, a wire prefix and ALL CAPS are dealt with
 * first), footers and trailers go before the
 * credit line is looked for (and the agency's sign-off after it, so a labelled credit wins), and the editor's per-source boilerplate goes last, once the credit line or dateline
 * has named the source.
 */
export const DEFAULT_RULES: readonly CleaningRule[] = [
  mojibake, strayMarkup, escapedQuotes, scrapeDebris, whitespace, agencySlug, releaseHeader, deskNote, notForPublication, byline, headlinePrefix, headlineCase, headline,
  headlineEcho, dateline, publisherFooter, reportingTrailer, creditLine, releaseTrailer, signOff, typography, sourceBoilerplate,
];

/**
 * The rules for one draft. A structured format that names its headline (NITF hl1, NewsML-G2 headline, ninjs
 * headline…) keeps its first paragraph as copy: guessing a headline from the text is only for formats that
 * have none. Every other rule (markup, debris, white space, dateline, footer, credit) still runs on its body.
 */
export function rulesFor(draft: Pick<WireDraft, 'meta'>): readonly CleaningRule[] {
  return draft.meta.headline ? DEFAULT_RULES.filter((r) => r !== headline) : DEFAULT_RULES;
}

export interface CleanResult {
  readonly copy: WorkingCopy;
  readonly changes: readonly CleaningChange[];
}

export function clean(
  draft: Pick<WireDraft, 'blocks'>,
  ctx: CleaningContext,
  rejected: ReadonlySet<string> = new Set(),
  rules: readonly CleaningRule[] = DEFAULT_RULES,
): CleanResult {
  // The rules see `view`, the copy with every change made, so a rejected change never changes what a later rule
  // finds; the rejected changes' text goes back into the output at the end (rejected-changes.ts).
  let view: WorkingCopy = {
    blocks: draft.blocks.map((text, origin) => ({ text, origin })),
    extracted: { headline: null, byline: null, dateline: null, credit: null },
  };
  let extracted: Extracted = view.extracted;
  const kept = new RejectedChanges();
  const changes: CleaningChange[] = [];
  let trimmed = false;
  for (const rule of rules) {
    const all: Edit[] = [];
    const refused = new Set<Edit>();
    const perBlock = new Map<number, number>();
    rule.propose(view, ctx).forEach((edit) => {
      const block = view.blocks[edit.block];
      const origin = block?.origin ?? edit.block;
      const k = (perBlock.get(origin) ?? 0) + 1;
      perBlock.set(origin, k);
      // Named by rule and block of the original, not by order: rejecting one change never renames another. A change
      // to the format's own headline is named by it (`headline-prefix@headline`).
      const at = edit.block === FORMAT_HEADLINE ? 'headline' : String(origin);
      const id = k === 1 ? `${rule.id}@${at}` : `${rule.id}@${at}.${k}`;
      const applied = !rejected.has(id);
      const text = edit.block === FORMAT_HEADLINE ? ctx.headline : block?.text;
      changes.push({
        id,
        rule: rule.id,
        explanation: edit.explanation ?? rule.explanation,
        before: text?.slice(edit.start, edit.end) ?? '',
        after: edit.replacement,
        position: { block: origin, start: edit.start, end: edit.end },
        applied,
      });
      all.push(edit);
      if (!applied) refused.add(edit);
    });
    // A rule that changed nothing leaves the copy as it was (after the first rule has trimmed it): skipping the
    // rebuild keeps the many quiet rules off the import's hot path.
    if (all.length > 0 || !trimmed) {
      const before = view;
      view = applyEdits(view, all);
      const lifted = all.filter((e) => !refused.has(e) && e.block < before.blocks.length).map((e) => keptHeadline(kept, before, e));
      extracted = liftExtracts(extracted, editOrder(lifted));
      kept.step(before, view, all, refused);
    }
    trimmed = true;
  }
  return { copy: { blocks: kept.output(view.blocks), extracted }, changes };
}

/**
 * A headline taken whole from a block is taken as the editor kept it: when an earlier change to that line was
 * rejected (the house case of an ALL-CAPS headline), the headline is the line without it, not the view's text.
 */
function keptHeadline(kept: RejectedChanges, view: WorkingCopy, edit: Edit): Edit {
  const block = view.blocks[edit.block];
  if (typeof edit.extract?.headline !== 'string' || !block || edit.start !== 0 || edit.end !== block.text.length) return edit;
  const text = kept.kept(block);
  return text === edit.extract.headline ? edit : { ...edit, extract: { ...edit.extract, headline: text } };
}
