/**
 * Units that must not be mixed up, as branded numbers (as Excalidraw brands its points): an instant
 * in UTC milliseconds and a horizontal distance in CSS pixels are both plain numbers at run time,
 * but passing one where the other is meant is a type error.
 */
declare const unit: unique symbol;

/** An instant (or a duration) in milliseconds since 1970-01-01T00:00:00Z, proleptic Gregorian calendar. */
export type UtcMs = number & { readonly [unit]: 'utc-ms' };

/** A horizontal position or distance in CSS pixels. */
export type Px = number & { readonly [unit]: 'px' };

export const utcMs = (value: number): UtcMs => value as UtcMs;
export const px = (value: number): Px => value as Px;
