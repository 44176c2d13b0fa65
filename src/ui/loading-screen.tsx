/** Shown while the dataset loads; announced politely, and quiet for reduced-motion users. */
export function LoadingScreen({ label = 'Loading the timeline…' }: { label?: string }) {
  return (
    <div className="status-screen" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}
