import type { CSSResult } from 'lit';
import { chart } from './styles/chart.styles.js';
import { controls } from './styles/controls.styles.js';
import { detail } from './styles/detail.styles.js';
import { list } from './styles/list.styles.js';
import { overview } from './styles/overview.styles.js';
import { status } from './styles/status.styles.js';
import { table } from './styles/table.styles.js';
import { tokens } from './styles/tokens.styles.js';

/**
 * The element's styles, one sheet per view (src/styles/). The order is the cascade's: the tokens and shared looks
 * first, so a view's own rules win ties over them.
 */
export const styles: CSSResult[] = [tokens, controls, chart, overview, list, table, detail, status];
