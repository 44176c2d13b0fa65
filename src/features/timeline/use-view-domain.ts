import { useCallback, useEffect, useRef, useState } from 'react';
import { toIsoDate } from '../../domain/time/calendar';
import type { TimeDomain } from '../../domain/time/time-scale';

export interface DayRange {
  from: string;
  to: string;
}

/** The inclusive calendar days a domain covers: what the URL stores. */
export function domainToDays(domain: TimeDomain): DayRange {
  return { from: toIsoDate(domain[0]), to: toIsoDate(domain[1] - 1) };
}

const key = (days: DayRange) => `${days.from}/${days.to}`;
const COMMIT_DELAY_MS = 250;

interface Live {
  domain: TimeDomain;
  days: string;
  /** The URL's range when the gesture began; null once the URL has caught up. */
  since: string | null;
}

/**
 * The domain on screen. The URL owns the visible range (`committed`); during a gesture the view
 * follows the pointer at frame rate and writes the URL once the gesture settles, instead of
 * replacing a history entry on every wheel tick. The finer live domain stays on screen while the
 * URL has not caught up or says the same days; any other URL change (back, fit, a link) wins.
 */
export function useViewDomain(committed: TimeDomain, onCommit: (range: DayRange | null) => void) {
  const [live, setLive] = useState<Live | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const committedKey = key(domainToDays(committed));

  useEffect(() => () => clearTimeout(timer.current), []);

  // Adjusting state during render (not in an effect): once the URL says what we wrote, forget
  // what it said before, so going back to it later is honoured.
  if (live && live.since !== null && live.days === committedKey) setLive({ ...live, since: null });

  const update = useCallback(
    (domain: TimeDomain, mode: 'settle' | 'now' = 'settle') => {
      const days = domainToDays(domain);
      setLive((current) => ({
        domain,
        days: key(days),
        since: current && current.since !== null ? current.since : committedKey,
      }));
      clearTimeout(timer.current);
      if (mode === 'now') onCommit(days);
      else timer.current = setTimeout(() => onCommit(days), COMMIT_DELAY_MS);
    },
    [committedKey, onCommit],
  );

  /** Back to the default view (the URL drops its range). */
  const reset = useCallback(() => {
    clearTimeout(timer.current);
    setLive(null);
    onCommit(null);
  }, [onCommit]);

  const showLive = live !== null && (live.days === committedKey || live.since === committedKey);
  return { domain: showLive ? live.domain : committed, update, reset };
}
