import { useId, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { ActorGroup, ActorMatch } from '../../domain/explore/filter';
import './actor-filter.css';

interface Props {
  groups: readonly ActorGroup[];
  selected: readonly string[];
  match: ActorMatch;
  onToggle(actorId: string, checked: boolean): void;
  onMatchChange(match: ActorMatch): void;
  onClear(): void;
  /** Events left after every filter, and in the whole dataset. */
  shownCount: number;
  totalCount: number;
  /** Whether the list starts expanded (default true); the reader can fold it away on a phone. */
  defaultOpen?: boolean;
}

/**
 * Checkboxes for the actors, grouped by kind, with the any/all match mode. Each checkbox's name is
 * "Mike Pompeo, 4 events": the name first, then the count.
 */
export function ActorFilter(props: Props) {
  const { groups, selected, match, onToggle, onMatchChange, onClear, shownCount, totalCount, defaultOpen = true } = props;
  const { t, compare } = useI18n();
  const id = useId();
  // Equal counts in the reader's order of names.
  const ordered = useMemo(
    () => groups.map((group) => ({ ...group, actors: [...group.actors].sort((a, b) => b.count - a.count || compare(a.actor.name, b.actor.name)) })),
    [groups, compare],
  );
  const chosen = new Set(selected);
  const hintId = `${id}-match-hint`;
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const clear = () => {
    onClear();
    // The button is about to be disabled: keep the keyboard in the filter.
    fieldset.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  };
  return (
    <div className="actor-filter">
      {/* Uncontrolled: React sets `open` once; the reader's folding is left alone on re-render. */}
      <details open={defaultOpen}>
        <summary>
          {t('actors.filter')}
          {selected.length > 0 && <span className="actor-filter-selected"> {t('actors.selected', { count: selected.length })}</span>}
        </summary>
        <fieldset className="actor-filter-fieldset" ref={fieldset}>
          {/* The group's name for assistive technology; the summary already says it visibly. */}
          <legend className="visually-hidden">{t('actors.legend')}</legend>
          {ordered.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="actor-kind">
              <div id={`${id}-${group.kind}`} className="actor-kind-title">
                {t('actors.kind', { kind: group.kind })}
              </div>
              <ul>
                {group.actors.map(({ actor, count }) => (
                  <li key={actor.id}>
                    <label className="actor-option">
                      <input
                        type="checkbox"
                        aria-label={t('actors.option', { name: actor.name, count })}
                        checked={chosen.has(actor.id)}
                        onChange={(e) => onToggle(actor.id, e.currentTarget.checked)}
                      />
                      <span className="actor-name">{actor.name}</span>{' '}
                      <span className="actor-count">{t('actors.events', { count })}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <fieldset className="actor-match" aria-describedby={hintId}>
            <legend>{t('actors.match')}</legend>
            {(['any', 'all'] as const).map((mode) => (
              <label key={mode} className="actor-option">
                <input
                  type="radio"
                  name={`${id}-match`}
                  value={mode}
                  checked={match === mode}
                  onChange={() => onMatchChange(mode)}
                />
                {t('actors.match-mode', { mode })}
              </label>
            ))}
            <p id={hintId} className="actor-hint">
              {t('actors.match-hint', { mode: selected.length < 2 ? 'few' : match })}
            </p>
          </fieldset>
          <button type="button" className="actor-clear" onClick={clear} disabled={selected.length === 0}>
            {t('actors.clear')} <span className="visually-hidden">{t('actors.clear-what')}</span>
          </button>
        </fieldset>
      </details>
      <p className="actor-filter-status" role="status">
        {t('actors.status', { shown: shownCount, count: totalCount })}
      </p>
    </div>
  );
}
