import type { BoilerplateRule } from '../domain/desk.js';
import type { Edit, WorkingCopy } from './working-copy.js';

export interface CleaningContext {
  readonly importedAt: Date;
  /** Passages the editor marked "always remove this for this source" (see rules/source-boilerplate.ts). */
  readonly boilerplate?: readonly BoilerplateRule[];
  /** The headline the wire format gave apart from the text (NITF hl1, NewsML headline…), if any. */
  readonly headline?: string;
}

/** A cleaning rule: a stable id, a one-line explanation the editor reads, and the edits it proposes. */
export interface CleaningRule {
  readonly id: string;
  readonly explanation: string;
  propose(copy: WorkingCopy, ctx: CleaningContext): readonly Edit[];
}
