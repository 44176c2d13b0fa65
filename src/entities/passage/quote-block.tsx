import type { ReactNode } from 'react';
import type { QuoteDetail } from '../../data/store/event-store';
import { useI18n } from '../../i18n/i18n-context';
import { HighlightedText } from '../../ui/highlighted-text';
import './passage.css';

interface Props {
  detail: QuoteDetail;
  highlighted: boolean;
  terms: readonly string[];
  /** What the reader can do with the quote: read it in context, copy its link. */
  actions: ReactNode;
}

/** A verbatim quote with who said it, in what role, where, through an interpreter or not, and who reported it. */
export function QuoteBlock({ detail, highlighted, terms, actions }: Props) {
  const { t } = useI18n();
  const { quote, speaker, saidAt, source } = detail;
  return (
    <figure className={highlighted ? 'quote is-highlighted' : 'quote'} id={`passage-${quote.id}`} tabIndex={-1}>
      <blockquote lang={source?.language}>
        <p>
          <HighlightedText text={quote.selector.exact} terms={terms} />
        </p>
      </blockquote>
      <figcaption>
        <span className="quote-speaker">{speaker?.name ?? quote.speaker}</span>
        {speaker?.role && <span className="quote-role">, {speaker.role}</span>}
        {saidAt && (
          <span className="quote-place">
            {saidAt.event.place
              ? t('quote.said-at-place', { event: saidAt.event.title, place: saidAt.event.place })
              : t('quote.said-at', { event: saidAt.event.title })}
          </span>
        )}
        {quote.interpreted && <span className="quote-interpreted"> {t('quote.interpreted')}</span>}
        {source && <span className="quote-source"> · {t('quote.reported-by', { publisher: source.publisher })}</span>}
      </figcaption>
      <div className="passage-actions">{actions}</div>
    </figure>
  );
}
