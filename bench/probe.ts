/**
 * What the benchmark runs inside the page. `installProbe` is injected before any page script (as a
 * Playwright init script) and records, on `window.__bench`, when the first event is visible, when
 * the app has taken over, first contentful paint, long tasks, and animation-frame times on demand.
 *
 * These functions are serialised with `toString()` and run in the browser: they may use only their
 * arguments and browser globals. The init script defines `__name`, which the TypeScript loader
 * (esbuild, keepNames) inserts into serialised functions.
 */

export interface ProbeConfig {
  /** 'app': React has taken over the page (html[data-interactive]); 'baseline': the page sets data-bench-ready. */
  kind: 'app' | 'baseline';
  /** For a dataset other than the prerendered one: the h1 that proves the right dataset is shown. */
  expectTitle: string | null;
}

export interface ProbeState {
  /** The first frame showing an event has been rendered (see `rendered` below). */
  firstVisible: number | null;
  /** The first frame showing the app's own timeline (or the baseline's marks) has been rendered. */
  takeover: number | null;
  fcp: number | null;
  longTasks: { start: number; duration: number }[];
  /** rAF timestamps while `recording` is true. */
  frames: number[];
  recording: boolean;
}

/** Selectors for "an event is on screen": a timeline mark, a cluster, an item of the event list. */
export const EVENT_SELECTORS = ['[data-event-id]', '.cluster-mark', '.event-list li'] as const;

export function installProbe(config: ProbeConfig, eventSelectors: readonly string[]): void {
  const state: ProbeState = { firstVisible: null, takeover: null, fcp: null, longTasks: [], frames: [], recording: false };
  (window as unknown as { __bench: ProbeState }).__bench = state;

  // Everything the HTML parser put in the page, before any script ran: the prerendered markup.
  const prerendered = new WeakSet<Element>();
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const el of document.querySelectorAll(['.timeline-svg', ...eventSelectors].join(','))) prerendered.add(el);
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: long tasks stay empty.
  }

  const rightDataset = () => config.expectTitle === null || document.querySelector('h1')?.textContent === config.expectTitle;
  const shown = (el: Element | null): el is Element => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 || box.height > 0;
  };
  const eventVisible = () => {
    if (!rightDataset()) return false;
    for (const selector of eventSelectors) {
      const el = document.querySelector(selector);
      // The prerendered page shows the bundled dataset: it counts only when that is the one asked for.
      if (shown(el) && (config.expectTitle === null || !prerendered.has(el))) return true;
    }
    return false;
  };
  // The app has taken over when React has committed its first render (RootLayout then sets
  // html[data-interactive]) and that render shows the timeline of the dataset asked for. On the
  // prerendered page React may adopt the prerendered SVG as it is; on a ?data= page the timeline
  // must be React's own, since the prerendered one shows the bundled dataset.
  const takenOver = () => {
    if (config.kind === 'baseline') return document.documentElement.hasAttribute('data-bench-ready');
    const svg = document.querySelector('.timeline-svg');
    return (
      document.querySelector('[data-interactive]') !== null &&
      svg !== null &&
      rightDataset() &&
      (config.expectTitle === null || !prerendered.has(svg))
    );
  };

  // Checked at the start of each animation frame: what is found here is painted by this frame. The
  // time taken is when that frame has been rendered: a message posted from its rAF callback runs
  // as the next task, after the frame's style, layout and paint.
  const rendered = (record: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  let running = false;
  let seenVisible = false;
  let seenTakeover = false;
  const frame = (time: number) => {
    if (!seenVisible && eventVisible()) {
      seenVisible = true;
      rendered((at) => (state.firstVisible = at));
    }
    if (!seenTakeover && takenOver()) {
      seenTakeover = true;
      rendered((at) => (state.takeover = at));
    }
    if (state.recording) state.frames.push(time);
    running = !seenVisible || !seenTakeover || state.recording;
    if (running) requestAnimationFrame(frame);
  };
  const run = () => {
    if (running) return;
    running = true;
    requestAnimationFrame(frame);
  };
  run();
  // The loop stops once the page is loaded (so it does not keep frames coming); recording restarts it.
  (window as unknown as { __benchRecord: (on: boolean) => void }).__benchRecord = (on: boolean) => {
    state.recording = on;
    if (on) {
      state.frames = [];
      run();
    }
  };
}

export interface ChangeTiming {
  /** performance.now() in a capture listener on window for the triggering event. */
  inputAt: number;
  /** Start of the first animation frame whose DOM shows the change. */
  changedAt: number;
  /** After that frame's style, layout and paint: a message posted from its rAF callback. */
  paintedAt: number;
}

/**
 * Arms a one-shot measurement in the page: resolves when, after the next `eventType` event, the text
 * of `#watchId` differs from what it is now and the frame showing it has been rendered. Resolves
 * null if nothing changed `timeoutMs` after the event (or twice that with no event at all).
 */
export function armChangeTiming(args: { eventType: string; watchId: string; timeoutMs: number }): void {
  const watched = () => document.getElementById(args.watchId)?.textContent ?? null;
  const before = watched();
  const armedAt = performance.now();
  const w = window as unknown as { __benchChange: Promise<ChangeTiming | null> };
  w.__benchChange = new Promise((resolve) => {
    let inputAt: number | null = null;
    window.addEventListener(args.eventType, () => (inputAt ??= performance.now()), { capture: true, once: true });
    const frame = () => {
      const now = performance.now();
      if (inputAt !== null && watched() !== before) {
        const channel = new MessageChannel();
        const start = inputAt;
        channel.port1.onmessage = () => resolve({ inputAt: start, changedAt: now, paintedAt: performance.now() });
        channel.port2.postMessage(null);
        return;
      }
      const expired = inputAt === null ? now - armedAt > 2 * args.timeoutMs : now - inputAt > args.timeoutMs;
      if (expired) resolve(null);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
