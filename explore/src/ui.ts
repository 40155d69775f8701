import { downloadCsv } from './download';

type Attributes = Record<string, string | number | boolean | undefined>;

/** An element with attributes and children: the page's only way of making DOM, so text is never read as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

export interface Ui {
  controls: HTMLFormElement;
  status: HTMLElement;
  graph: HTMLElement;
  actions: HTMLElement;
  detail: HTMLElement;
  table: HTMLElement;
}

export function findUi(): Ui {
  const byId = (id: string): HTMLElement => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`index.html has no #${id}`);
    return element;
  };
  return {
    controls: byId('controls') as HTMLFormElement,
    status: byId('status'),
    graph: byId('graph'),
    actions: byId('actions'),
    detail: byId('detail'),
    table: byId('table'),
  };
}

/** Loading, an error in the API's own words, or nothing. */
export function setStatus(ui: Ui, text: string, kind: 'loading' | 'error' | 'info' = 'info'): void {
  ui.status.textContent = text;
  ui.status.className = kind;
}

/** Clears what a view drew, before another draws. */
export function clearResults(ui: Ui): void {
  ui.graph.hidden = true;
  ui.actions.replaceChildren();
  ui.detail.replaceChildren();
  ui.table.replaceChildren();
}

/** For some columns, where a cell's value leads (a hash): ids become links, reachable by keyboard as nodes are not. */
export type CellLinks = Record<number, (value: string) => string>;

function cell(value: unknown, link: ((value: string) => string) | undefined): HTMLTableCellElement {
  const text = value === null || value === undefined ? '' : String(value);
  return el('td', {}, link && text ? el('a', { href: link(text) }, text) : text);
}

/** A table of rows, with the same rows downloadable as CSV. */
export function showTable(
  ui: Ui,
  caption: string,
  csvName: string,
  header: string[],
  rows: unknown[][],
  links: CellLinks = {},
): void {
  const table = el(
    'table',
    {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...header.map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((value, index) => cell(value, links[index]))))),
  );
  const download = el('button', { type: 'button', class: 'csv' }, 'Download CSV');
  download.addEventListener('click', () => downloadCsv(csvName, header, rows));
  ui.table.replaceChildren(el('div', { class: 'table-head' }, download), el('div', { class: 'scroll' }, table));
}

export function button(label: string, onClick: () => void, attributes: Attributes = {}): HTMLButtonElement {
  const element = el('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

export const today = (): string => new Date().toISOString().slice(0, 10);
