/**
 * The benchmark's reference page: fetch the same JSON, place one absolutely positioned div per event
 * with a d3 UTC scale, and re-position them all on wheel (zoom about the pointer) and drag (pan). No
 * validation, no framework: the least a page can do to show the events.
 */
import { scaleUtc } from 'd3-scale';
import './baseline.css';

interface PlainEvent {
  id: string;
  start: string;
  end?: string;
}

const LANES = 8;
const params = new URLSearchParams(window.location.search);
const dataPath = params.get('data') ?? 'bench-data/100.json';
const plot = document.getElementById('plot');
if (!plot) throw new Error('no #plot');

const response = await fetch(new URL(`/${dataPath.replace(/^\//, '')}`, window.location.origin));
const { events } = (await response.json()) as { events: PlainEvent[] };
// "YYYY", "YYYY-MM" and "YYYY-MM-DD" all parse as UTC midnight.
const starts = events.map((e) => Date.parse(e.start));
const ends = events.map((e, i) => (e.end ? Date.parse(e.end) : (starts[i] as number)));
const width = plot.clientWidth;
let lo = Infinity;
let hi = -Infinity;
for (let i = 0; i < events.length; i++) {
  lo = Math.min(lo, starts[i] as number);
  hi = Math.max(hi, ends[i] as number);
}
let domain: [number, number] = [lo, hi];

const marks = events.map((event, i) => {
  const div = document.createElement('div');
  div.className = 'mark';
  div.dataset.eventId = event.id;
  div.style.top = `${(i % LANES) * 22 + 8}px`;
  return div;
});

function position(): void {
  const x = scaleUtc().domain(domain).range([0, width]);
  marks.forEach((div, i) => {
    const x0 = x(starts[i] as number);
    div.style.left = `${x0}px`;
    div.style.width = `${Math.max(10, x(ends[i] as number) - x0)}px`;
  });
}

let pending = false;
function update(next: [number, number]): void {
  domain = next;
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    position();
  });
}

plot.addEventListener(
  'wheel',
  (event) => {
    event.preventDefault();
    const x = scaleUtc().domain(domain).range([0, width]);
    const anchor = x.invert(event.clientX - plot.getBoundingClientRect().left).getTime();
    const k = Math.exp(event.deltaY * 0.0015);
    update([anchor - (anchor - domain[0]) * k, anchor + (domain[1] - anchor) * k]);
  },
  { passive: false },
);

let drag: { x: number; domain: [number, number] } | null = null;
plot.addEventListener('pointerdown', (event) => {
  drag = { x: event.clientX, domain };
  plot.setPointerCapture(event.pointerId);
});
plot.addEventListener('pointermove', (event) => {
  if (!drag) return;
  const msPerPx = (drag.domain[1] - drag.domain[0]) / width;
  const shift = (event.clientX - drag.x) * msPerPx;
  update([drag.domain[0] - shift, drag.domain[1] - shift]);
});
plot.addEventListener('pointerup', () => (drag = null));

position();
const fragment = document.createDocumentFragment();
for (const div of marks) fragment.appendChild(div);
plot.append(fragment);
document.documentElement.setAttribute('data-bench-ready', '');
