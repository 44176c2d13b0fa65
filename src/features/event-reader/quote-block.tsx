import type { Quote } from '../../data/schema';
import type { DatasetIndex } from '../../domain/dataset-index';

interface Props {
  quote: Quote;
  index: DatasetIndex;
  highlighted: boolean;
  onReadInContext: (passage: Quote) => void;
}

/** A verbatim quote with who said it, in what role, where, and whether through an interpreter. */
export function QuoteBlock({ quote, index, highlighted, onReadInContext }: Props) {
  const speaker = index.actorById.get(quote.speaker);
  const saidAt = index.eventById.get(quote.saidAt)?.event;
  const source = index.sourceById.get(quote.source);
  return (
    <figure className={highlighted ? 'quote is-highlighted' : 'quote'} id={`passage-${quote.id}`} tabIndex={-1}>
      <blockquote>
        <p>{quote.selector.exact}</p>
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
      </div>
    </figure>
  );
}
