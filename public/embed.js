// Alliance Player for host pages: <script src="https://player.example/embed.js"></script>, then
//   <alliance-player course="statistics" unit="averages-video" lang="ar" theme-primary="#0a6"></alliance-player>
// The element makes the player's iframe (telling it this page's origin), sizes it to its content, re-dispatches the
// player's events as DOM events on the element (`ready`, `unit-changed`, `progress`, `completed`, `resize`,
// `error`; the message is `event.detail`), and has `navigate(course, unit)` and `setLanguage(lang)`.
// Messages are exchanged with the player's origin only. Protocol and attributes: docs/embedding.md.
(() => {
  const script = document.currentScript;
  const PLAYER = new URL(script ? script.src : location.href).origin;
  const TYPE = 'alliance-player';
  const VERSION = 1;
  // Attributes that become iframe URL parameters (never credentials: use `fetch`, the cmi5 token address).
  const PARAMS = ['lang', 'endpoint', 'fetch', 'actor', 'registration', 'activity-id', 'chrome', 'theme-primary', 'theme-font', 'theme-radius'];
  const NAMES = { 'activity-id': 'activityId' };

  class AlliancePlayerElement extends HTMLElement {
    static get observedAttributes() { return ['course', 'unit', ...PARAMS]; }

    constructor() {
      super();
      this.onMessage = this.onMessage.bind(this);
    }

    connectedCallback() {
      window.addEventListener('message', this.onMessage);
      if (!this.frame) this.render();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback(name, old, value) {
      if (!this.frame || old === value) return;
      if (name === 'lang') this.setLanguage(value);
      else if (name === 'course' || name === 'unit') this.navigate(this.getAttribute('course'), this.getAttribute('unit'));
      else this.render();
    }

    src() {
      const course = this.getAttribute('course');
      const unit = this.getAttribute('unit');
      const path = course ? `/course/${encodeURIComponent(course)}${unit ? `/unit/${encodeURIComponent(unit)}` : ''}` : '/';
      const url = new URL(path, PLAYER);
      for (const name of PARAMS) {
        const value = this.getAttribute(name);
        if (value) url.searchParams.set(NAMES[name] || name, value);
      }
      url.searchParams.set('host', location.origin);
      return url.href;
    }

    render() {
      const frame = document.createElement('iframe');
      frame.src = this.src();
      frame.title = this.getAttribute('title') || 'Alliance Player';
      frame.allow = 'fullscreen; autoplay';
      frame.style.cssText = 'display:block;inline-size:100%;block-size:480px;border:0';
      if (this.frame) this.frame.replaceWith(frame);
      else this.append(frame);
      this.frame = frame;
    }

    onMessage(e) {
      if (e.origin !== PLAYER || !this.frame || e.source !== this.frame.contentWindow) return;
      const m = e.data;
      if (!m || m.type !== TYPE || m.version !== VERSION || typeof m.event !== 'string') return;
      if (m.event === 'resize' && Number.isFinite(m.height)) this.frame.style.blockSize = `${Math.ceil(m.height)}px`;
      // The frame does not scroll, the host page does: a new unit starts at its top, as it would on the player's site.
      if (m.event === 'unit-changed') {
        if (this.unitSeen && this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
        this.unitSeen = true;
      }
      this.dispatchEvent(new CustomEvent(m.event, { detail: m, bubbles: true, composed: true }));
    }

    command(message) {
      this.frame?.contentWindow?.postMessage({ type: TYPE, version: VERSION, ...message }, PLAYER);
    }

    /** Opens a course, or one of its units. */
    navigate(course, unit) {
      this.command({ command: 'navigate', course, ...(unit ? { unit } : {}) });
    }

    /** Switches the player's interface language. */
    setLanguage(lang) {
      this.command({ command: 'set-language', lang });
    }
  }

  if (!customElements.get('alliance-player')) customElements.define('alliance-player', AlliancePlayerElement);
})();
