/**
 * Real key presses for the keyboard accessibility tests (test/a11y-keyboard.test.ts): Shift combinations that work
 * in all three browsers, the element that has focus across shadow roots, and a walk of the Tab order.
 *
 * sendKeys goes through Puppeteer in Chromium and Firefox (`down`/`up` hold a modifier; `press: 'Shift+Tab'` is
 * not understood) and through WebDriver in WebKit (`press` and `type` only). WebDriver key actions take the
 * WebDriver code points, so there a string of Shift (U+E008) and the key is pressed as one chord: a real,
 * trusted Shift+key, not a synthetic event.
 */
import { sendKeys } from '@web/test-runner-commands';

export type BrowserName = 'chromium' | 'firefox' | 'webkit';

export const BROWSER: BrowserName = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** WebDriver code points (https://w3c.github.io/webdriver/#keyboard-actions) for the keys used with Shift. */
const WEBDRIVER_KEYS: Record<string, string> = {
  Tab: '\uE004',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};
const WEBDRIVER_SHIFT = '\uE008';

/** Presses one key (`' '` is Space). */
export function press(key: string): Promise<void> {
  return sendKeys({ press: key });
}

/** Presses Shift+`key` as a real key chord in every browser. */
export async function pressShift(key: string): Promise<void> {
  if (BROWSER === 'webkit') {
    const code = WEBDRIVER_KEYS[key];
    if (!code) throw new Error(`pressShift: no WebDriver code point for ${key}`);
    await sendKeys({ press: `${WEBDRIVER_SHIFT}${code}` });
    return;
  }
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, stable name for a tab stop inside <conflict-timeline>, for readable order assertions. */
export function stopName(n: Element | null): string {
  if (!n) return '(nothing)';
  const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (n.matches('.legend button')) return `legend:${n.querySelector('span')?.textContent?.trim() ?? text}`;
  if (n.matches('.toolbar button')) return `zoom:${n.getAttribute('aria-label')}`;
  if (n.matches('.switch button')) return `switch:${text}`;
  if (n.matches('.downloads > button')) return 'download';
  if (n.matches('.downloads .menu button')) return `download-item:${text}`;
  if (n.matches('button.event')) return 'event';
  if (n.matches('button.cluster')) return 'cluster';
  if (n.matches('button.edge.before, button.edge-inline')) return `edge:${text}`;
  if (n.matches('button.edge.after')) return `edge:${text}`;
  if (n.matches('[role="slider"]')) return 'brush';
  if (n.matches('.detail button.close')) return 'detail-close';
  if (n.matches('.detail a')) return 'detail-link';
  if (n.matches('.table-wrap')) return 'table';
  if (n.matches('.table-wrap a')) return 'table-link';
  if (n.matches('summary')) return 'notice';
  if (n.matches('.status button')) return 'show-all';
  const cls = (n.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).join('.');
  return `${n.localName}${cls ? `.${cls}` : ''}`;
}

/**
 * Focuses `from` (outside the element) and presses Tab (or Shift+Tab) until focus leaves the element's shadow root
 * again; returns the elements focused inside it, in order, and where focus went next (`exit`). `onStop` runs at
 * each stop while it has focus (for :focus-visible styles). Fails after `max` presses.
 */
export async function tabWalk(
  host: Element,
  from: HTMLElement,
  direction: 'forward' | 'backward',
  onStop?: (stop: HTMLElement) => void,
  max = 60,
): Promise<{ stops: HTMLElement[]; exit: Element | null }> {
  const root = host.shadowRoot!;
  from.focus();
  const stops: HTMLElement[] = [];
  for (let i = 0; i < max; i++) {
    if (direction === 'forward') await press('Tab');
    else await pressShift('Tab');
    const active = deepActiveElement();
    if (active && active.getRootNode() === root) {
      stops.push(active as HTMLElement);
      onStop?.(active as HTMLElement);
      continue;
    }
    if (stops.length === 0 && active === from) throw new Error(`${direction === 'forward' ? 'Tab' : 'Shift+Tab'} did not move focus from ${from.outerHTML}`);
    return { stops, exit: active };
  }
  throw new Error(`focus did not leave <${host.localName}> after ${max} presses of ${direction === 'forward' ? 'Tab' : 'Shift+Tab'}`);
}

/** Presses Tab (or Shift+Tab) until `check` holds for the focused element; returns it. */
export async function tabUntil(check: (active: Element | null) => boolean, what: string, direction: 'forward' | 'backward' = 'forward', max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    if (direction === 'forward') await press('Tab');
    else await pressShift('Tab');
    const active = deepActiveElement();
    if (check(active)) return active as HTMLElement;
  }
  throw new Error(`${direction === 'forward' ? 'Tab' : 'Shift+Tab'} never reached ${what} in ${max} presses (last: ${stopName(deepActiveElement())})`);
}

/** Rendered, not hidden, with a box: what a sighted keyboard user can see when it has focus. */
export function isVisible(n: Element): boolean {
  const r = n.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  const check = (n as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check && !check.call(n, { opacityProperty: true, visibilityProperty: true })) return false;
  const style = getComputedStyle(n);
  return style.visibility === 'visible' && style.display !== 'none';
}

