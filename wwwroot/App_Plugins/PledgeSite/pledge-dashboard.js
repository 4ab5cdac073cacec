// The Pledge section's dashboard in Umbraco's back office: what waits for the user (pledges and reports to review,
// nominations to score, flagged suppliers, failed emails) and the workflow pages (pledges, awards, suppliers, the action
// plan and the rest) that the signed-in user's groups open, as links to our pages under /backoffice. The list comes
// from /backoffice/sections.json, which reads the same back-office sign-in; every page checks the groups again itself.
// Text is set with textContent, never parsed as HTML. The back office's import map provides Umbraco's element API.
import { UmbElementMixin } from '@umbraco-cms/backoffice/element-api';

const styles = `
  :host { display: block; padding: var(--uui-size-layout-1, 24px); }
  h2 { font-size: 1.5rem; margin: 0 0 0.5rem; }
  p { margin: 0 0 1rem; max-width: 40em; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
  li { background: var(--uui-color-surface, #fff); border: 1px solid var(--uui-color-border, #d8d7d9); border-radius: 6px; padding: 1rem; }
  a { color: #1d4e89; font-weight: 700; font-size: 1.1rem; text-decoration: underline; }
  a:focus { outline: 3px solid #ffdd00; outline-offset: 0; background: #ffdd00; color: #0b0c0c; }
  li p { margin: 0.5rem 0 0; }
  li p.waiting { font-weight: 700; color: #0b0c0c; }
`;

export default class PledgeWorkflowsDashboard extends UmbElementMixin(HTMLElement) {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  async connectedCallback() {
    const root = this.shadowRoot;
    root.replaceChildren();
    const style = document.createElement('style');
    style.textContent = styles;
    const heading = document.createElement('h2');
    heading.textContent = 'Pledge workflows';
    const intro = document.createElement('p');
    intro.textContent = 'Loading the pages your groups open…';
    root.append(style, heading, intro);
    try {
      const response = await fetch('/backoffice/sections.json', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const sections = await response.json();
      intro.textContent = 'Pledges, awards, suppliers, the action plan and the campaign are handled on these pages. They open in this window.';
      const list = document.createElement('ul');
      for (const section of sections) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = section.href;
        link.textContent = section.title;
        item.append(link);
        if (section.waiting) {
          const waiting = document.createElement('p');
          waiting.className = 'waiting';
          waiting.textContent = section.waiting;
          item.append(waiting);
        }
        if (section.description) {
          const description = document.createElement('p');
          description.textContent = section.description;
          item.append(description);
        }
        list.append(item);
      }
      root.append(list);
    } catch {
      intro.textContent = 'The list of workflow pages could not be loaded. ';
      const link = document.createElement('a');
      link.href = '/backoffice';
      link.textContent = 'Open the workflow pages';
      intro.append(link);
    }
  }
}

customElements.define('pledgesite-workflows-dashboard', PledgeWorkflowsDashboard);
