// <wegwijs-session-timeout>: warns a signed-in person before their session ends for inactivity
// (WCAG 2.2.1 Timing Adjustable) and lets them extend it with one button. The server renders the
// dialog and its texts; this script only keeps time. Activity is what the server counts: every
// Vaadin UIDL request (heartbeats are not activity, since idle sessions are closed on the server).
const ACTIVITY = 'wegwijs-session-activity';

function isActivity(url) {
  return String(url).includes('v-r=uidl');
}

function watchRequests() {
  if (window.__wegwijsSessionActivity) {
    return;
  }
  window.__wegwijsSessionActivity = true;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (isActivity(url)) {
      this.addEventListener('load', () => {
        if (this.status === 200) {
          window.dispatchEvent(new Event(ACTIVITY));
        }
      });
    }
    return open.call(this, method, url, ...rest);
  };
  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const answer = originalFetch.call(this, input, init);
    const url = typeof input === 'string' ? input : input && input.url;
    if (isActivity(url)) {
      answer.then((response) => {
        if (response.ok) {
          window.dispatchEvent(new Event(ACTIVITY));
        }
      }, () => {});
    }
    return answer;
  };
}

function minutesAndSeconds(seconds) {
  const whole = Math.max(0, Math.ceil(seconds));
  return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
}

class SessionTimeout extends HTMLElement {
  connectedCallback() {
    watchRequests();
    this.dialog = this.querySelector('dialog');
    this.countdown = this.querySelector('[data-countdown]');
    this.lastActivity = Date.now();
    this.onActivity = () => this.restart();
    window.addEventListener(ACTIVITY, this.onActivity);
    this.querySelector('[data-action=extend]').addEventListener('click', () => this.extend());
    this.querySelector('[data-action=sign-out]').addEventListener('click', () => this.expire());
    // Escape on the dialog means "I am here": the same as extending.
    this.dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.extend();
    });
    this.timer = setInterval(() => this.check(), 1000);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    window.removeEventListener(ACTIVITY, this.onActivity);
  }

  get timeoutSeconds() {
    return Number(this.getAttribute('timeout'));
  }

  get warnSeconds() {
    return Number(this.getAttribute('warn-before'));
  }

  restart() {
    this.lastActivity = Date.now();
    if (this.dialog.open) {
      this.dialog.close();
      if (this.focusBefore && this.focusBefore.isConnected) {
        this.focusBefore.focus();
      }
    }
  }

  check() {
    // Wall-clock time, so a phone that slept past the end still notices at once.
    const left = this.timeoutSeconds - (Date.now() - this.lastActivity) / 1000;
    if (left <= 0) {
      this.expire();
    } else if (left <= this.warnSeconds) {
      this.countdown.textContent = minutesAndSeconds(left);
      if (!this.dialog.open) {
        this.focusBefore = document.activeElement;
        this.dialog.showModal();
        this.querySelector('[data-action=extend]').focus();
      }
    }
  }

  extend() {
    // Any request counts as activity on the server; its answer restarts the clock here.
    this.$server.extend();
  }

  expire() {
    clearInterval(this.timer);
    this.$server.expire();
  }
}

if (!customElements.get('wegwijs-session-timeout')) {
  customElements.define('wegwijs-session-timeout', SessionTimeout);
}
