import { buildQueries, multiSearch, type Config } from './client';
import { h } from './dom';
import { resultsView, type Settings } from './render';
import { readState, writeState, type Group, type SearchState, type Tab } from './state';

/**
 * <search-page>: the search page's island. It reads the query from the address, asks the
 * engine (Meilisearch, or the CMS's embedded engine: the same API), and renders the hits, filters
 * and pages as plain links, buttons and checkboxes, so everything works from the keyboard.
 */
class SearchPage extends HTMLElement {
  private settings!: Settings & { config: Config | null };
  private state!: SearchState;
  private app!: HTMLElement;
  private status!: HTMLElement;
  private controller: AbortController | null = null;
  // Not `title`: that is HTMLElement's own (the element's title attribute, shown as a tooltip).
  private pageTitle = document.title;

  connectedCallback() {
    this.settings = JSON.parse(this.querySelector('[data-settings]')!.textContent!);
    (this.querySelector('[data-fallback]') as HTMLElement).hidden = true;
    if (!this.settings.config) return this.unavailable();
    this.app = this.querySelector('[data-app]') as HTMLElement;
    this.status = h('p', { class: 'search-status', role: 'status' });
    this.app.before(this.status);
    const input = this.querySelector('#search-q') as HTMLInputElement;
    this.querySelector('form.search-form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.go({ ...this.state, q: input.value.trim(), page: 1 });
    });
    this.app.addEventListener('click', (event) => this.onClick(event));
    this.app.addEventListener('change', (event) => this.onChange(event));
    window.addEventListener('popstate', () => this.load());
    this.load();
  }

  /** Takes the state from the address and searches (also on Back and Forward). */
  private load() {
    this.state = readState(new URLSearchParams(location.search));
    (this.querySelector('#search-q') as HTMLInputElement).value = this.state.q;
    if (!this.state.q && Object.keys(this.state.filters).length === 0) {
      this.app.hidden = true;
      this.status.textContent = this.settings.strings.prompt;
      return;
    }
    void this.run();
  }

  private go(next: SearchState, focusResults = false) {
    this.state = next;
    history.pushState(null, '', `${location.pathname}${writeState(next)}`);
    document.title = next.q ? `${next.q} – ${this.pageTitle}` : this.pageTitle;
    void this.run(focusResults);
  }

  private async run(focusResults = false) {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const { config, site, searchAll } = this.settings;
    this.status.textContent = this.settings.strings.loading;
    this.setAttribute('aria-busy', 'true');
    try {
      const results = await multiSearch(config!, buildQueries(this.state, config!, searchAll ? null : site, searchAll), controller.signal);
      if (controller.signal.aborted) return;
      const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
      const box = this.app.querySelector('details.filters-box') as HTMLDetailsElement | null;
      const filtersOpen = box ? box.open : matchMedia('(min-width: 60rem)').matches;
      const { status, content } = resultsView(this.state, results, this.settings, filtersOpen);
      this.app.replaceChildren(content);
      this.app.hidden = false;
      this.status.textContent = status;
      // With nothing found the results area says so in full; the line stays for screen readers.
      this.status.classList.toggle('visually-hidden', results[0].totalHits === 0);
      // Re-rendering replaces the filters: keep the keyboard where it was.
      if (focused) (this.app.querySelector(`[data-key="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
      if (focusResults) (this.app.querySelector('#results-title') as HTMLElement | null)?.focus();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') this.unavailable();
    } finally {
      if (this.controller === controller) this.removeAttribute('aria-busy');
    }
  }

  private unavailable() {
    (this.querySelector('[data-unavailable]') as HTMLElement).hidden = false;
    if (this.app) this.app.hidden = true;
    if (this.status) this.status.textContent = '';
  }

  private onClick(event: Event) {
    const target = (event.target as HTMLElement).closest('button');
    if (!target) return;
    if (target.dataset.tab) this.go({ ...this.state, tab: target.dataset.tab as Tab, page: 1, filters: {} });
    else if (target.dataset.page) this.go({ ...this.state, page: Number(target.dataset.page) }, true);
    else if (target.dataset.clear) this.go({ ...this.state, page: 1, filters: {} });
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'sort') return this.go({ ...this.state, page: 1, sort: target.value === 'newest' ? 'newest' : 'relevance' });
    const group = target.name as Group;
    const values = [...this.app.querySelectorAll<HTMLInputElement>(`input[name="${group}"]:checked`)].map((input) => input.value);
    this.go({ ...this.state, page: 1, filters: { ...this.state.filters, [group]: values } });
  }
}

customElements.define('search-page', SearchPage);
