// Decides whether an element is something the user can see on the page.
// Must never read form field values or treat hidden, template or inert content as visible.
export function isVisible(el: Element): boolean {
  if (el.closest('[hidden], template, [inert], noscript, [aria-hidden="true"]')) return false;
  const withCheck = el as Element & { checkVisibility?: (opts?: object) => boolean };
  if (typeof withCheck.checkVisibility === 'function') {
    try {
      return withCheck.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    } catch {
      return true;
    }
  }
  return true;
}

export function isFormControl(el: Element): boolean {
  return el.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
