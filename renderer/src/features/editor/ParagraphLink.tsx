import { paragraphLabel } from '../desk/speaker-options';
import { focusParagraph } from './paragraph-focus';

/** A ¶ reference on the desk: a click takes the editor to that paragraph. */
export function ParagraphLink({ index }: { readonly index: number }) {
  return (
    <button type="button" className="para-link" title={`Go to paragraph ${index + 1}`} onClick={() => focusParagraph(index)}>
      {paragraphLabel(index)}
    </button>
  );
}
