import { Link } from '@tanstack/react-router';
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
