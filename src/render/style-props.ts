import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Inline style properties: names as CSS writes them (`top`, `inset-inline-start`, `--_cl`), values as strings. */
export type StyleProps = Readonly<Record<string, string | number | undefined>>;

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), never as a `style="…"` attribute string, so the element
 * works under a Content Security Policy whose `style-src` has no 'unsafe-inline'. Unlike Lit's styleMap it writes a
 * property only when its value changed: a pan re-renders every drawn event with mostly the same positions and
 * colours, and an unchanged write would still invalidate each one's style. Numbers are px.
 */
class StylePropsDirective extends Directive {
  #previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleProps() goes in a style attribute.');
  }

  /** Only a server render (Lit SSR) calls this: the same properties as one attribute, for the static markup. */
  render(props: StyleProps): string {
    return Object.entries(props)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([name, v]) => `${name}:${typeof v === 'number' ? `${v}px` : v}`)
      .join(';');
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const seen = new Set<string>();
    for (const [name, raw] of Object.entries(props)) {
      if (raw === undefined || raw === '') continue;
      const value = typeof raw === 'number' ? `${raw}px` : raw;
      seen.add(name);
      if (this.#previous.get(name) !== value) {
        style.setProperty(name, value);
        this.#previous.set(name, value);
      }
    }
    for (const name of this.#previous.keys()) {
      if (!seen.has(name)) {
        style.removeProperty(name);
        this.#previous.delete(name);
      }
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
