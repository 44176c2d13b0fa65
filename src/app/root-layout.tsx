import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { TimelineLink } from '../ui/event-link';

export function RootLayout() {
  // Marks the moment the app has taken over the (possibly prerendered) page and responds to
  // input: the benchmark measures "interactive" by it, and e2e tests wait for it before acting.
  useEffect(() => {
    document.documentElement.setAttribute('data-interactive', '');
  }, []);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <TimelineLink className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          Sourceline
        </TimelineLink>
        <p className="tagline">Every event traced to the words that report it</p>
      </header>
      <Outlet />
      <footer className="site-footer">
        <p>Excerpts and quotes are verbatim from their sources; summaries marked “Editorial” are written by Sourceline.</p>
      </footer>
    </div>
  );
}
