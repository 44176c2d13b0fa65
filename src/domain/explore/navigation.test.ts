import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/dataset';
import type { IndexedEvent } from '../model/indexed-event';
import { utcMs } from '../model/units';
import { neighbours } from './navigation';

const DAY = 86_400_000;

/** `count` events a day apart, in chronological order. */
function story(count: number): IndexedEvent[] {
  return Array.from({ length: count }, (_, order) => ({
    event: { id: `e${order}` } as TimelineEvent,
    start: utcMs(order * DAY),
    end: utcMs((order + 1) * DAY),
    order,
  }));
}

const ids = ({ previous, next, position }: ReturnType<typeof neighbours>) => ({ previous: previous?.event.id, next: next?.event.id, position });

describe('neighbours', () => {
  const all = story(6);
  const at = (i: number) => all[i]!;

  it('gives the visible events just before and after the current one', () => {
    expect(ids(neighbours(all, at(2)))).toEqual({ previous: 'e1', next: 'e3', position: 2 });
    const visible = [at(0), at(2), at(5)];
    expect(ids(neighbours(visible, at(2)))).toEqual({ previous: 'e0', next: 'e5', position: 1 });
  });

  it('has no previous at the first event and no next at the last', () => {
    expect(ids(neighbours(all, at(0)))).toEqual({ previous: undefined, next: 'e1', position: 0 });
    expect(ids(neighbours(all, at(5)))).toEqual({ previous: 'e4', next: undefined, position: 5 });
    expect(ids(neighbours([at(3)], at(3)))).toEqual({ previous: undefined, next: undefined, position: 0 });
  });

  it('gives an event the filters hide its nearest visible neighbours on either side in time', () => {
    const visible = [at(0), at(1), at(4), at(5)];
    expect(ids(neighbours(visible, at(2)))).toEqual({ previous: 'e1', next: 'e4', position: -1 });
    expect(ids(neighbours(visible, at(3)))).toEqual({ previous: 'e1', next: 'e4', position: -1 });
    expect(ids(neighbours([at(3), at(4)], at(1)))).toEqual({ previous: undefined, next: 'e3', position: -1 });
    expect(ids(neighbours([at(0), at(1)], at(4)))).toEqual({ previous: 'e1', next: undefined, position: -1 });
    expect(ids(neighbours([], at(4)))).toEqual({ previous: undefined, next: undefined, position: -1 });
  });

  it('with no current event, goes next to the first visible event and previous to the last', () => {
    expect(ids(neighbours([at(1), at(3), at(4)], undefined))).toEqual({ previous: 'e4', next: 'e1', position: -1 });
    expect(ids(neighbours([], undefined))).toEqual({ previous: undefined, next: undefined, position: -1 });
  });

  it('agrees with a linear scan for any visible subset and any current event', () => {
    const many = story(40);
    fc.assert(
      fc.property(fc.subarray(many), fc.nat(39), (visible, i) => {
        const current = many[i]!;
        const before = visible.filter((e) => e.order < current.order);
        const after = visible.filter((e) => e.order > current.order);
        expect(neighbours(visible, current)).toEqual({
          previous: before.at(-1),
          next: after[0],
          position: visible.indexOf(current),
        });
      }),
    );
  });
});
