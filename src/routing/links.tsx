import { Link, useRouter } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { ref?: Ref<HTMLAnchorElement> };

/** A link to an event's page that keeps the reader's filters and drops a highlighted quote. */
export function EventLink({ eventId, ...rest }: AnchorProps & { eventId: string }) {
  return <Link {...rest} to="/events/$eventId" params={{ eventId }} search={(prev) => ({ ...prev, quote: undefined })} />;
}

/** A link to the whole timeline that keeps the reader's filters. */
export function TimelineLink(props: AnchorProps) {
  return <Link {...props} to="/" search={(prev) => ({ ...prev, quote: undefined })} />;
}

/**
 * A function giving the absolute URL of an event (and optionally one of its quotes) with the
 * reader's current filters: what "Copy link" copies.
 */
export function useEventUrl(): (eventId: string, quoteId?: string) => string {
  const router = useRouter();
  return (eventId, quoteId) => {
    const location = router.buildLocation({
      to: '/events/$eventId',
      params: { eventId },
      search: (prev) => ({ ...prev, quote: quoteId }),
    });
    return new URL(location.href, window.location.origin).href;
  };
}
