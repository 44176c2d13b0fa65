import type { Quote } from '../../data/schema';
import type { DatasetIndex } from '../../domain/dataset-index';
import { HighlightedText } from '../../ui/highlighted-text';
import { ShareButtons } from '../../ui/share-buttons';

interface Props {
  quote: Quote;
  index: DatasetIndex;
  highlighted: boolean;
  terms: readonly string[];
  onReadInContext: (passage: Quote) => void;
  /** This quote's own link. */
  url: () => string;
}

/** A verbatim quote with who said it, in what role, where, and whether through an interpreter. */
export function QuoteBlock({ quote, index, highlighted, terms, onReadInContext, url }: Props) {
  const speaker = index.actorById.get(quote.speaker);
  const saidAt = index.eventById.get(quote.saidAt)?.event;
  const source = index.sourceById.get(quote.source);
  return (
    <figure className={highlighted ? 'quote is-highlighted' : 'quote'} id={`passage-${quote.id}`} tabIndex={-1}>
      <blockquote>
        <p>
          <HighlightedText text={quote.selector.exact} terms={terms} />
        </p>
      </blockquote>
      <figcaption>
        <span className="quote-speaker">{speaker?.name ?? quote.speaker}</span>
        {speaker?.role && <span className="quote-role">, {speaker.role}</span>}
        {saidAt && <span className="quote-place">, at {saidAt.title}{saidAt.place ? ` (${saidAt.place})` : ''}</span>}
        {quote.interpreted && <span className="quote-interpreted"> — through an interpreter</span>}
        {source && <span className="quote-source"> · reported by {source.publisher}</span>}
      </figcaption>
      <div className="passage-actions">
        <button type="button" className="link-button" onClick={() => onReadInContext(quote)}>
          Read in context
        </button>
        <ShareButtons url={url} title={`${speaker?.name ?? 'Quote'}: “${quote.selector.exact}”`} what={`link to this quote by ${speaker?.name ?? quote.speaker}`} />
      </div>
    </figure>
  );
}
