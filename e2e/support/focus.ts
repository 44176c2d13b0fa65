import { expect, type Page } from '@playwright/test';

/**
 * How the focused element shows its focus: "outline", "box-shadow", or "stroke" (an SVG mark drawn
 * with the focus colour); null if it does not show it, or a reason when nothing usable has focus.
 */
export async function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return 'nothing focused';
    if (!el.matches(':focus-visible')) return null;
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const shows = (e: Element): string | null => {
      const cs = getComputedStyle(e);
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)') return 'outline';
      if (cs.boxShadow !== 'none') return 'box-shadow';
      if (e instanceof SVGElement && cs.stroke === focusColour && parseFloat(cs.strokeWidth) >= 2) return 'stroke';
      return null;
    };
    const own = shows(el);
    if (own) return own;
    // An SVG link shows focus on a shape inside it.
    if (el instanceof SVGElement) for (const child of el.querySelectorAll('*')) if (shows(child)) return 'stroke';
    return null;
  });
}

/** The element with focus is the only one matching :focus-visible, draws a focus indicator, and is on screen. */
export async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  await expect(page.locator(':focus-visible'), `${step}: one element matches :focus-visible`).toHaveCount(1);
  expect(await focusIndicator(page), `${step}: the focused element draws a focus indicator`).toMatch(/^(outline|box-shadow|stroke)$/);
  await expect(page.locator(':focus'), `${step}: the focused element is on screen`).toBeInViewport();
}

/** A short description of what has focus, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 60) ?? '';
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${name}`;
  });
}
