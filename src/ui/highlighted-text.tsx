import { Fragment } from 'react';
import { highlightTerms } from '../domain/text/highlight';
import './ui.css';

interface Props {
  text: string;
  /** Matched words from the search, as `createSearchIndex(…).search(q).terms` gives them. */
  terms: readonly string[];
}

/** Dataset text with the searched words marked; always rendered as text, never as HTML. */
export function HighlightedText({ text, terms }: Props) {
  if (terms.length === 0) return <>{text}</>;
  // Runs are recomputed from the text and terms alone and hold no state, so their index is a key.
  return (
    <>
      {highlightTerms(text, terms).map((run, i) =>
        run.match ? (
          <mark key={i} className="search-hit">
            {run.text}
          </mark>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}
