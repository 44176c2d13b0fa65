import { Outlet } from '@tanstack/react-router';
import { TimelineLink } from '../ui/event-link';

export function RootLayout() {
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
