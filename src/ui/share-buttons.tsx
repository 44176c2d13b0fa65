import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useHydrated } from './use-hydrated';
import './ui.css';

interface Props {
  /** Absolute URL to share; computed only when the reader asks, so it always has the latest filters. */
  url: () => string;
  title: string;
  /** What is being shared, for the buttons' accessible names: "link to this event". */
  what: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an insecure origin, an old browser): fall back to a selection.
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
}

/** "Copy link", and "Share…" where the browser has the Web Share API; the result is announced. */
export function ShareButtons({ url, title, what }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = (message: string) => {
    setStatus(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 4000);
  };
  // Not on the server, nor while adopting the prerendered page, which has no Share button.
  const canShare = useHydrated() && typeof navigator.share === 'function';
  return (
    <span className="share-buttons">
      <button
        type="button"
        className="link-button"
        aria-label={t('share.copy-label', { what })}
        onClick={() => void copyText(url()).then((ok) => say(ok ? t('share.copied') : t('share.copy-failed')))}
      >
        {t('share.copy')}
      </button>
      {canShare && (
        <button
          type="button"
          className="link-button"
          aria-label={t('share.share-label', { what })}
          onClick={() => void navigator.share({ title, url: url() }).catch(() => undefined)}
        >
          {t('share.share')}
        </button>
      )}
      <span className="share-status" role="status">
        {status}
      </span>
    </span>
  );
}
