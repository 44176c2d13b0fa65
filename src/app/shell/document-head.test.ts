// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { setCanonicalPath } from './document-head';

const canonical = () => document.head.querySelector('link[rel="canonical"]')?.getAttribute('href');

function givenCanonical(href: string): void {
  const link = document.createElement('link');
  link.rel = 'canonical';
  link.setAttribute('href', href);
  document.head.append(link);
}

describe('setCanonicalPath', () => {
  beforeEach(() => {
    document.head.replaceChildren();
  });

  it('keeps a root-relative canonical root-relative', () => {
    givenCanonical('/timeline/');
    setCanonicalPath('/timeline/events/hanoi-summit');
    expect(canonical()).toBe('/timeline/events/hanoi-summit');
  });

  it('keeps the site of an absolute canonical', () => {
    givenCanonical('https://example.org/timeline/events/hanoi-summit');
    setCanonicalPath('/timeline/');
    expect(canonical()).toBe('https://example.org/timeline/');
  });

  it('removes it for a page with no canonical address (an unknown event)', () => {
    givenCanonical('/events/hanoi-summit');
    setCanonicalPath(null);
    expect(document.head.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('adds one when the page had none (the not-found page)', () => {
    setCanonicalPath('/events/singapore-summit');
    expect(document.head.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(canonical()).toBe('/events/singapore-summit');
  });
});
