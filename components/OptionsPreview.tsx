/**
 * A sample sentence marked exactly as pages are: a range registered with CSS.highlights under the
 * same name the content script uses, so the page's ::highlight() rules style it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { highlightName, supportsHighlights, type HighlightStyle } from '../lib/page/highlights';

const PREVIEW_CATEGORY = 'removals';

const STYLE_WORDS: Record<HighlightStyle, string> = {
  underline: 'The claim is marked with a dotted underline.',
  background: 'The claim is marked with a light background.',
  none: 'Claims are not marked; cards still open from the popup and the keyboard commands.',
};

/** The live preview of a highlight style. */
export function OptionsPreview({ style }: { style: HighlightStyle }) {
  const claimRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const text = claimRef.current?.firstChild;
    if (!text || style === 'none' || !supportsHighlights()) return undefined;
    const range = document.createRange();
    range.selectNodeContents(text);
    const name = highlightName(style, PREVIEW_CATEGORY);
    CSS.highlights.set(name, new Highlight(range));
    return () => CSS.highlights.delete(name);
  }, [style]);
  return (
    <figure class="preview" data-component="OptionsPreview" data-style={style}>
      <p class="preview-text">
        ICE deported <span ref={claimRef}>about 7,000 people a month</span> from the interior, officials said.
      </p>
      <figcaption class="muted small">Preview. {STYLE_WORDS[style]}</figcaption>
    </figure>
  );
}
