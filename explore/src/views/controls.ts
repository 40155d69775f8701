import { el, type Ui } from '../ui';

/**
 * Builds a view's form once and keeps it while the view stays: moving the date slider redraws the
 * graph without rebuilding the inputs under the reader's hand. Returns true when it built anew.
 */
export function mountControls(ui: Ui, view: string, build: (form: HTMLFormElement) => void): boolean {
  if (ui.controls.dataset.view === view) return false;
  ui.controls.replaceChildren();
  ui.controls.dataset.view = view;
  ui.controls.onsubmit = null;
  build(ui.controls);
  return true;
}

/** A labelled input; the label's text is what a screen reader says. */
export function field(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLLabelElement {
  return el('label', {}, el('span', {}, label), input);
}

export function input(name: string, attributes: Record<string, string | number | boolean> = {}): HTMLInputElement {
  return el('input', { name, ...attributes });
}

/** The form's named input; views name their inputs, so a missing one is a programming error. */
export function named<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(form: HTMLFormElement, name: string): T {
  const element = form.elements.namedItem(name);
  if (!element) throw new Error(`The form has no input named ${name}`);
  return element as T;
}

/** A range of years with a date beside it: sliding picks the same day of another year. */
export function dateSlider(form: HTMLFormElement, onDate: (date: string) => void): void {
  const date = input('asOf', { type: 'date', required: true });
  const year = input('year', { type: 'range', min: 1815, max: new Date().getFullYear(), step: 1, 'aria-label': 'Year' });
  const shown = el('output', { for: 'year' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  year.addEventListener('input', () => {
    shown.textContent = year.value;
    const monthDay = /^\d{4}(-\d{2}-\d{2})$/.exec(date.value)?.[1] ?? '-01-01';
    date.value = `${year.value}${monthDay}`;
    // Redraws once the hand rests, not at every step it passes.
    clearTimeout(timer);
    timer = setTimeout(() => onDate(date.value), 150);
  });
  date.addEventListener('change', () => onDate(date.value));
  form.append(field('As of', date), el('label', { class: 'slider' }, el('span', {}, 'Year'), year, shown));
}

/** Sets the date input and slider to a date the view was opened with. */
export function showDate(form: HTMLFormElement, asOf: string): void {
  named(form, 'asOf').value = asOf;
  const year = /^(\d{4})-/.exec(asOf)?.[1];
  if (year) {
    named(form, 'year').value = year;
    const output = form.querySelector('output');
    if (output) output.textContent = year;
  }
}
