import { useI18n } from '../../i18n/i18n-context';

interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Absent when no event is selected. */
  onZoomToSelected: (() => void) | undefined;
}

export function TimelineToolbar({ onZoomIn, onZoomOut, onFit, onZoomToSelected }: Props) {
  const { t } = useI18n();
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
      <button type="button" className="tool-button" onClick={onZoomOut} aria-label={t('timeline.zoom-out')} title={t('timeline.zoom-out-key')}>
        −
      </button>
      <button type="button" className="tool-button" onClick={onZoomIn} aria-label={t('timeline.zoom-in')} title={t('timeline.zoom-in-key')}>
        +
      </button>
      <button type="button" className="tool-button tool-text" onClick={onFit} title={t('timeline.fit-key')}>
        {t('timeline.fit')}
      </button>
      <button type="button" className="tool-button tool-text" onClick={onZoomToSelected} disabled={!onZoomToSelected}>
        {t('timeline.zoom-to-event')}
      </button>
    </div>
  );
}
