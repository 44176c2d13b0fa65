import { useId, useRef } from 'react';
import { formatCount } from '../../domain/collate';
import type { ActorGroup, ActorMatch } from '../../domain/filter';
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

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/**
 * Checkboxes for the actors, grouped by kind, with the any/all match mode. Each checkbox's name is
 * "Mike Pompeo, 4 events": the name first, then the count.
 */
export function ActorFilter(props: Props) {
  const { groups, selected, match, onToggle, onMatchChange, onClear, shownCount, totalCount, defaultOpen = true } = props;
  const id = useId();
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
          Filter by actor{selected.length > 0 && <span className="actor-filter-selected"> ({selected.length} selected)</span>}
        </summary>
        <fieldset className="actor-filter-fieldset" ref={fieldset}>
          {/* The group's name for assistive technology; the summary already says it visibly. */}
          <legend className="visually-hidden">Actors</legend>
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="actor-kind">
              <div id={`${id}-${group.kind}`} className="actor-kind-title">
                {group.label}
              </div>
              <ul>
                {group.actors.map(({ actor, count }) => (
                  <li key={actor.id}>
                    <label className="actor-option">
                      <input
                        type="checkbox"
                        aria-label={`${actor.name}, ${plural(count, 'event', 'events')}`}
                        checked={chosen.has(actor.id)}
                        onChange={(e) => onToggle(actor.id, e.currentTarget.checked)}
                      />
                      <span className="actor-name">{actor.name}</span>{' '}
                      <span className="actor-count">{plural(count, 'event', 'events')}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <fieldset className="actor-match" aria-describedby={hintId}>
            <legend>Match</legend>
            {(['any', 'all'] as const).map((mode) => (
              <label key={mode} className="actor-option">
                <input
                  type="radio"
                  name={`${id}-match`}
                  value={mode}
                  checked={match === mode}
                  onChange={() => onMatchChange(mode)}
                />
                {mode === 'any' ? 'Any selected actor' : 'All selected actors'}
              </label>
            ))}
            <p id={hintId} className="actor-hint">
              {selected.length < 2
                ? 'Select two or more actors to find events where they all take part.'
                : match === 'all'
                  ? 'Events where every selected actor takes part.'
                  : 'Events where at least one selected actor takes part.'}
            </p>
          </fieldset>
          <button type="button" className="actor-clear" onClick={clear} disabled={selected.length === 0}>
            Clear <span className="visually-hidden">actor filter</span>
          </button>
        </fieldset>
      </details>
      <p className="actor-filter-status" role="status">
        Showing {formatCount(shownCount)} of {plural(totalCount, 'event', 'events')}
      </p>
    </div>
  );
}
