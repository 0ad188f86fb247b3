import type { FlagKind } from '../../../electron/domain/desk';

/** Each kind of flag in the desk's words: one list for the side panel and the marks in the text. */
export const FLAG_LABELS: Readonly<Record<FlagKind, string>> = {
  'unattributed-claim': 'Unattributed claim',
  'vague-source': 'Unnamed source',
  'loaded-term': 'Loaded term',
  style: 'Style',
  spelling: 'Spelling',
  'contact-details': 'Contact details',
  'cut-short': 'File cut short',
};
