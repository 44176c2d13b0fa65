import type { ReactNode } from 'react';
import type { Excerpt } from '../../domain/model/dataset';
import { HighlightedText } from '../../ui/highlighted-text';
import './passage.css';

interface Props {
  excerpt: Excerpt;
  /** The language of the source it is taken from. */
  language: string | undefined;
  highlighted: boolean;
  terms: readonly string[];
  actions: ReactNode;
}

/** A source's own sentence, verbatim. */
export function ExcerptBlock({ excerpt, language, highlighted, terms, actions }: Props) {
  return (
    <div className="excerpt-item">
      <blockquote id={`passage-${excerpt.id}`} tabIndex={-1} className={highlighted ? 'excerpt is-highlighted' : 'excerpt'} lang={language}>
        <p>
          <HighlightedText text={excerpt.selector.exact} terms={terms} />
        </p>
      </blockquote>
      <div className="passage-actions">{actions}</div>
    </div>
  );
}
