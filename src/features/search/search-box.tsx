import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import './search.css';

interface Props {
  /** The query as the URL has it. */
  value: string;
  /** Called on every keystroke with the whole new query. */
  onChange(value: string): void;
  /** Events matching `value`; null when there is no query. */
  resultCount: number | null;
}

/** Wait after the last keystroke before the result count is read out, so it is read once. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * The search field. What the reader types shows at once; the URL (`value`) may catch up a render or
 * two later, since the router commits navigation in a transition, so the field keeps the text being
 * typed and takes `value` only when it changes to something this field did not send (back button,
 * a link, a cleared filter).
 */
export function SearchBox({ value, onChange, resultCount }: Props) {
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  const [sent, setSent] = useState<readonly string[]>([]);
  const [seenValue, setSeenValue] = useState(value);
  const [typed, setTyped] = useState(false);
  const [announced, setAnnounced] = useState('');

  if (value !== seenValue) {
    setSeenValue(value);
    const echo = sent.lastIndexOf(value);
    if (echo >= 0) {
      setSent(sent.slice(echo + 1));
    } else {
      setText(value);
      setSent([]);
    }
  }

  const change = (next: string) => {
    setText(next);
    setSent((previous) => [...previous, next]);
    setTyped(true);
    onChange(next);
  };

  const message = typed && resultCount !== null ? t('search.matches', { count: resultCount }) : '';
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message, text]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || text === '') return;
    // Only an Esc that clears the field is ours; an empty field lets it through (to close a panel).
    event.preventDefault();
    event.stopPropagation();
    change('');
  };

  return (
    <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={inputId} className="search-label">
        {t('search.label')}
      </label>
      <div className="search-field">
        <input
          ref={input}
          id={inputId}
          type="search"
          value={text}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => change(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        {text !== '' && (
          <button
            type="button"
            className="search-clear"
            aria-label={t('search.clear')}
            onClick={() => {
              change('');
              input.current?.focus();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <p className="search-status" role="status">
        {announced}
      </p>
    </form>
  );
}
