/** Lower-case words joined by single hyphens: safe in a URL path segment without escaping. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isId = (value: string): boolean => ID_PATTERN.test(value);
