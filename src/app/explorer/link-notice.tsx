import { Link, useRouter, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import type { EventSelection } from '../../data/store/event-store';
import { useI18n } from '../../i18n/i18n-context';
import { decodeDatasetSearch } from '../../routing/dataset-search';
import { decodeEventSearch } from '../../routing/event-search';
import { decodeExplorerSearch } from '../../routing/explorer-search';
import { parseSearch, stringifySearch } from '../../routing/search-codec';
import type { UrlProblem } from '../../routing/url-problems';
import { urlProblemMessage } from './url-problem-message';

/** The address the page was opened at (this module runs once, when the app starts). */
const LANDING = typeof window === 'undefined' ? null : { pathname: window.location.pathname, search: window.location.search };

/** The address as the router rewrites it: every value validated, in the codec's order. */
function canonical({ pathname, search }: { pathname: string; search: string }): string {
  const raw = parseSearch(search);
  const onEventPage = /\/events\/[^/]+$/.test(pathname);
  const valid = { ...decodeDatasetSearch(raw).search, ...decodeExplorerSearch(raw).search, ...(onEventPage ? decodeEventSearch(raw).search : {}) };
  return `${pathname}${stringifySearch(valid)}`;
}

interface Props {
  selection: EventSelection;
  /** The quote the address names, and whether it is a passage of the open event. */
  quote: string | undefined;
  quoteKnown: boolean;
}

/**
 * Says, in plain sentences, what in the link could not be used, and offers a clean link. The
 * router keeps only validated values and rewrites the address to them as it starts, so what was
 * dropped is known only from the address the page was opened at: it is decoded again here with the
 * routes' own decoders, for as long as the reader is still on that view (the rewritten address).
 */
export function LinkNotice({ selection, quote, quoteKnown }: Props) {
  const i18n = useI18n();
  const router = useRouter();
  const here = useRouterState({ select: () => `${router.history.location.pathname}${router.history.location.search}` });
  const [tidied, setTidied] = useState(false);
  const raw = !tidied && LANDING && here === canonical(LANDING) ? parseSearch(LANDING.search) : {};
  const problems: UrlProblem[] = [
    ...decodeExplorerSearch(raw).problems,
    ...decodeEventSearch(raw).problems,
    ...decodeDatasetSearch(raw).problems,
    ...(selection.unknownActors.length ? [{ code: 'actors-unknown' as const, ids: selection.unknownActors }] : []),
    ...(!quoteKnown && quote ? [{ code: 'quote-not-in-event' as const, id: quote }] : []),
  ];
  if (problems.length === 0) return null;
  const sentences = problems.map((p) => urlProblemMessage(p, i18n));
  return (
    <div className="link-notice" role="status">
      <p>
        {sentences.map((sentence) => (
          <span key={sentence}>{sentence} </span>
        ))}
      </p>
      <Link
        to="."
        search={(prev) => ({ ...prev, actors: selection.actors.length ? selection.actors : undefined, quote: quoteKnown ? prev.quote : undefined }) as never}
        replace
        onClick={() => setTidied(true)}
        className="link-notice-fix"
      >
        {i18n.t('url.tidy')}
      </Link>
    </div>
  );
}
