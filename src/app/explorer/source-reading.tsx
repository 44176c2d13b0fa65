import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { EventStore } from '../../data/store/event-store';
import { sourceQuery } from '../../data/store/queries';
import { EventLink } from '../../routing/links';
import { PartBoundary } from '../../ui/part-boundary';

// Opened only on "Read in context": its code loads then, not with the page.
const SourceReader = lazy(() => import('../../features/source-reader/source-reader').then((m) => ({ default: m.SourceReader })));

export interface SourceReadingState {
  current: { sourceId: string; passageId: string } | null;
  open(sourceId: string, passageId: string): void;
  close(): void;
}

/** Which passage is open in the source reader: a passing view over the page. */
export function useSourceReading(): SourceReadingState {
  const [current, setCurrent] = useState<SourceReadingState['current']>(null);
  return { current, open: (sourceId, passageId) => setCurrent({ sourceId, passageId }), close: () => setCurrent(null) };
}

/** The source reader over the page, once its article has been read from the store. */
export function SourceReading({ store, reading }: { store: EventStore; reading: SourceReadingState }) {
  const sourceId = reading.current?.sourceId;
  const { data: detail, isSuccess } = useQuery({ ...sourceQuery(store, sourceId ?? ''), enabled: sourceId !== undefined });
  if (!reading.current || !isSuccess) return null;
  return (
    <PartBoundary name="source">
      <Suspense fallback={null}>
        <SourceReader
          sourceId={reading.current.sourceId}
          detail={detail}
          passageId={reading.current.passageId}
          onClose={reading.close}
          renderEventLink={(id, children) => (
            <EventLink eventId={id} onClick={reading.close}>
              {children}
            </EventLink>
          )}
        />
      </Suspense>
    </PartBoundary>
  );
}
