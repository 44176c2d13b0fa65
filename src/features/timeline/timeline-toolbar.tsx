interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Absent when no event is selected. */
  onZoomToSelected: (() => void) | undefined;
}

export function TimelineToolbar({ onZoomIn, onZoomOut, onFit, onZoomToSelected }: Props) {
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Zoom and pan the timeline">
      <button type="button" className="tool-button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className="tool-button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className="tool-button tool-text" onClick={onFit} title="Show every event (0)">
        Fit all
      </button>
      <button type="button" className="tool-button tool-text" onClick={onZoomToSelected} disabled={!onZoomToSelected}>
        Zoom to event
      </button>
    </div>
  );
}
