import { Outlet } from '@tanstack/react-router';
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { TimelineLink } from '../routing/links';
import { FocusTargetsProvider } from '../ui/focus-targets';
import { AppRootContext } from './shell/app-root';
import './app.css';

export function RootLayout() {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const skipTarget = useId();
  // Marks the moment the app has taken over the (possibly prerendered) page and responds to
  // input: the benchmark measures "interactive" by it, and e2e tests wait for it before acting.
  useEffect(() => {
    root.current?.setAttribute('data-interactive', '');
  }, []);
  return (
    <AppRootContext value={root}>
      <FocusTargetsProvider>
        <div className="app" ref={root}>
          <a
            className="skip-link"
            href={`#${skipTarget}`}
            onClick={(event) => {
              // Focus moves past the header without writing the generated id into the address.
              event.preventDefault();
              root.current?.ownerDocument.getElementById(skipTarget)?.focus();
            }}
          >
            {t('app.skip')}
          </a>
          <header className="site-header">
            <TimelineLink className="brand">
              <span className="brand-mark" aria-hidden="true">
                ◆
              </span>
              {t('app.name')}
            </TimelineLink>
            <p className="tagline">{t('app.tagline')}</p>
          </header>
          <span id={skipTarget} tabIndex={-1} />
          <Outlet />
          <footer className="site-footer">
            <p>{t('app.footer')}</p>
          </footer>
        </div>
      </FocusTargetsProvider>
    </AppRootContext>
  );
}
