import type { Actor, EventActorRole } from '../../domain/model/dataset';
import { useI18n } from '../../i18n/i18n-context';
import './actor.css';

interface Props {
  id: string;
  actor: Actor | undefined;
  role: EventActorRole;
  /** The actor is in the filter. */
  pressed: boolean;
  onClick: () => void;
}

/** An actor of an event with their role there; pressing it filters the timeline by them. */
export function ActorChip({ id, actor, role, pressed, onClick }: Props) {
  const { t } = useI18n();
  const name = actor?.name ?? id;
  return (
    <button type="button" className="chip" aria-pressed={pressed} title={pressed ? t('actor.in-filter', { name }) : t('actor.filter-by', { name })} onClick={onClick}>
      {name} <span className="chip-role">{t('actor.role', { role })}</span>
    </button>
  );
}
