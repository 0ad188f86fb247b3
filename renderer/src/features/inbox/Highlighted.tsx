import { Fragment } from 'react';
import { foldText } from '../../../../electron/search/fold-text';

/** A text with the words the search matched marked, compared folded as the index compares them. */
export function Highlighted({ text, terms }: { readonly text: string; readonly terms: ReadonlySet<string> }) {
  if (terms.size === 0) return <>{text}</>;
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, i) => (terms.has(foldText(part)) ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}
