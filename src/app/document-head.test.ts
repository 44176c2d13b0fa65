// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { setCanonicalPath } from './document-head';

const canonical = () => document.head.querySelector('link[rel="canonical"]')?.getAttribute('href');

describe('setCanonicalPath', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('keeps a root-relative canonical root-relative', () => {
    document.head.innerHTML = '<link rel="canonical" href="/timeline/" />';
    setCanonicalPath('/timeline/events/hanoi-summit');
    expect(canonical()).toBe('/timeline/events/hanoi-summit');
  });

  it('keeps the site of an absolute canonical', () => {
    document.head.innerHTML = '<link rel="canonical" href="https://example.org/timeline/events/hanoi-summit" />';
    setCanonicalPath('/timeline/');
    expect(canonical()).toBe('https://example.org/timeline/');
  });

  it('adds one when the page had none (the not-found page)', () => {
    setCanonicalPath('/events/singapore-summit');
    expect(document.head.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
    expect(canonical()).toBe('/events/singapore-summit');
  });
});
