// <wegwijs-chat>: the visitor's side of Luisterend oor, an anonymous chat, as a framework-free
// custom element in light DOM (the page's style sheet and accessibility checks see it).
// Attributes: endpoint (default /ws/chat), exit-url, language (nl|en), neutral-title, texts (JSON).
// Protocol: docs/chat-protocol.md. Decisions: docs/decisions/011-chat-visitor-component.md.
import { ChatSession } from './chat-session.js';
import { FALLBACK_TEXTS, format } from './chat-texts.js';
import { field, h, helpLines, showError, uniqueId } from './chat-dom.js';

const DOUBLE_ESCAPE_MS = 1_000;
const TYPING_SHOWN_MS = 4_000;
const TYPING_SENT_EVERY_MS = 2_000;
const LIMITS = { nickname: 40, topic: 80, text: 2000 };
const STYLESHEET = new URL('./wegwijs-chat.css', import.meta.url).href;

/** The component's style sheet, once per page, so embedding sites need only the script. */
function loadStyleSheet() {
  if (![...document.querySelectorAll('link[rel="stylesheet"]')].some(link => link.href === STYLESHEET)) {
    document.head.append(h('link', { rel: 'stylesheet', href: STYLESHEET }));
  }
}

class WegwijsChat extends HTMLElement {

  connectedCallback() {
    if (!this.built) {
      loadStyleSheet();
      this.texts = { ...FALLBACK_TEXTS, ...this.parseTexts() };
      this.build();
      this.built = true;
    }
    this.lastEscape = 0;
    this.onKeydown = event => this.escapePressed(event);
    document.addEventListener('keydown', this.onKeydown, true);
    this.session = this.newSession();
    if (this.session.resumable) {
      this.showConversation();
      this.session.resume();
    }
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKeydown, true);
    // Leaving the page is not ending the chat: the conversation stays resumable in this tab.
    this.session?.close();
  }

  t(key, ...values) {
    return format(this.texts, key, ...values);
  }

  parseTexts() {
    try {
      return JSON.parse(this.getAttribute('texts') || '{}');
    } catch {
      return {};
    }
  }

  endpointUrl() {
    const url = new URL(this.getAttribute('endpoint') || '/ws/chat', document.baseURI);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.href;
  }

  newSession() {
    return new ChatSession(this.endpointUrl(), (type, detail) => this.handle(type, detail));
  }

  build() {
    const exit = h('button', { type: 'button', class: 'wc-exit' }, this.t('exit'));
    exit.addEventListener('click', () => this.quickExit());
    this.exitBar = h('div', { class: 'wc-exit-bar' }, exit, h('p', { class: 'wc-exit-hint' }, this.t('exit-hint')));

    const urgentHeadingId = uniqueId('urgent');
    this.urgentPanel = h('section', { class: 'wc-urgent', 'aria-labelledby': urgentHeadingId, hidden: true },
        h('h2', { id: urgentHeadingId, tabindex: -1 }, this.t('urgent-heading')),
        h('p', {}, this.t('urgent-intro')),
        helpLines(k => this.t(k), ['line-112', 'line-113']));

    this.status = h('p', { class: 'wc-status', role: 'status' });
    this.buildSetup();
    this.buildConversation();
    this.buildWaiting();
    this.buildClosed();
    this.append(h('div', { class: 'wc' }, this.exitBar, this.urgentPanel, this.status, this.setup,
        this.conversation, this.waiting, this.closed));
  }

  buildSetup() {
    const legendId = uniqueId('acute');
    const hintId = `${legendId}-hint`;
    this.urgent = null;
    this.acuteButtons = ['yes', 'no'].map(answer => {
      const button = h('button', { type: 'button', class: 'wc-choice', 'aria-pressed': 'false' }, this.t(answer));
      button.addEventListener('click', () => this.answerAcute(answer === 'yes'));
      return button;
    });
    const acute = h('div', { class: 'wc-acute', role: 'group', 'aria-labelledby': legendId, 'aria-describedby': hintId },
        h('p', { id: legendId, class: 'wc-question' }, this.t('acute-question')),
        h('p', { id: hintId, class: 'wc-hint' }, this.t('acute-hint')),
        h('div', { class: 'wc-choices' }, this.acuteButtons));
    this.nickname = field('nickname', this.t('nickname-label'), this.t('nickname-hint'));
    this.topic = field('topic', this.t('topic-label'), this.t('topic-hint'));
    this.setup = h('form', { class: 'wc-setup', novalidate: true }, acute, this.nickname.wrapper, this.topic.wrapper,
        h('button', { type: 'submit', class: 'button-primary wc-start' }, this.t('start')));
    this.setup.addEventListener('submit', event => {
      event.preventDefault();
      this.start();
    });
  }

  buildConversation() {
    const headingId = uniqueId('conversation');
    this.conversationHeading = h('h2', { id: headingId, tabindex: -1 }, this.t('conversation-heading'));
    // Focusable so keyboard users can scroll back through a long conversation.
    this.log = h('div', { class: 'wc-log', role: 'log', 'aria-live': 'polite', 'aria-labelledby': headingId,
      tabindex: 0 });
    this.typingLine = h('p', { class: 'wc-typing', hidden: true });
    this.message = field('message', this.t('message-label'), this.t('message-hint'), true);
    this.message.input.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.compose.requestSubmit();
      }
    });
    this.message.input.addEventListener('input', () => this.visitorTyping());
    this.compose = h('form', { class: 'wc-compose', novalidate: true }, this.message.wrapper,
        h('button', { type: 'submit', class: 'button-primary wc-send' }, this.t('send')));
    this.compose.addEventListener('submit', event => {
      event.preventDefault();
      this.sendMessage();
    });
    const end = h('button', { type: 'button', class: 'wc-end' }, this.t('end'));
    end.addEventListener('click', () => this.session.end());
    this.conversation = h('section', { class: 'wc-conversation', 'aria-labelledby': headingId, hidden: true },
        this.conversationHeading, this.log, this.typingLine, this.compose, end);
  }

  buildWaiting() {
    const headingId = uniqueId('waiting');
    this.waiting = h('section', { class: 'wc-waiting', 'aria-labelledby': headingId, hidden: true },
        h('h2', { id: headingId }, this.t('waiting-heading')),
        h('p', {}, this.t('waiting-intro')),
        helpLines(k => this.t(k), ['line-listening', 'line-113']),
        h('h3', {}, this.t('breathing-heading')),
        h('ol', { class: 'wc-breathing' }, [1, 2, 3, 4, 5].map(step => h('li', {}, this.t(`breathing-${step}`)))));
  }

  buildClosed() {
    const headingId = uniqueId('closed');
    this.closedHeading = h('h2', { id: headingId, tabindex: -1 });
    this.closedText = h('p', {});
    this.closingLines = h('p', {}, this.t('closing-lines'));
    const restart = h('button', { type: 'button', class: 'button-primary wc-restart' }, this.t('restart'));
    restart.addEventListener('click', () => this.restart());
    this.closed = h('section', { class: 'wc-closed', 'aria-labelledby': headingId, hidden: true },
        this.closedHeading, this.closedText, this.closingLines,
        helpLines(k => this.t(k), ['line-listening', 'line-113', 'line-112']), restart);
  }

  answerAcute(yes) {
    this.urgent = yes;
    this.acuteButtons.forEach((button, index) => button.setAttribute('aria-pressed', String((index === 0) === yes)));
    if (yes) {
      this.urgentPanel.hidden = false;
    }
  }

  start() {
    const nickname = this.nickname.input.value.trim();
    const topic = this.topic.input.value.trim();
    showError(this.nickname, nickname.length > LIMITS.nickname ? this.t('nickname-too-long', nickname.length) : null);
    showError(this.topic, topic.length > LIMITS.topic ? this.t('topic-too-long', topic.length) : null);
    const invalid = [this.nickname, this.topic].find(parts => !parts.error.hidden);
    if (invalid) {
      invalid.input.focus();
      return;
    }
    const language = this.getAttribute('language') || document.documentElement.lang || 'nl';
    const options = { language: language.startsWith('en') ? 'en' : 'nl' };
    if (nickname) options.nickname = nickname;
    if (topic) options.topic = topic;
    if (this.urgent !== null) options.urgent = this.urgent;
    this.log.replaceChildren();
    this.showConversation();
    this.waiting.hidden = false;
    this.message.input.focus();
    this.session.start(options);
  }

  restart() {
    this.session.close();
    this.session = this.newSession();
    this.closed.hidden = true;
    this.setup.hidden = false;
    this.status.textContent = '';
    this.setup.querySelector('.wc-start').focus();
  }

  showConversation() {
    const neutralTitle = this.getAttribute('neutral-title');
    if (neutralTitle) {
      // Someone glancing at the tabs should not see that this is a help chat.
      document.title = neutralTitle;
    }
    this.setup.hidden = true;
    this.closed.hidden = true;
    this.conversation.hidden = false;
    this.compose.hidden = false;
    this.say(this.t('connecting'));
  }

  handle(type, event) {
    switch (type) {
      case 'connection': return this.connectionChanged(event);
      case 'queued':
        this.waiting.hidden = false;
        return this.sayState(this.t(event.position === 1 ? 'queued-next' : 'queued',
          event.position, event.estimateMinMinutes, event.estimateMaxMinutes));
      case 'assigned':
        this.responderName = event.responderName || this.t('responder');
        this.waiting.hidden = true;
        return this.sayState(this.t('assigned', this.responderName));
      case 'message': return this.showMessage(event);
      case 'pending': return this.showPending(event);
      case 'typing': return this.responderTyping();
      case 'urgent-help':
        this.urgentPanel.hidden = false;
        return this.say(this.t('urgent-intro'));
      case 'transferred': return this.say(this.t('transferred'));
      case 'inactivity-warning': return this.say(this.t('inactivity', Math.max(1, Math.round(event.closesInSeconds / 60))));
      case 'unavailable':
        return this.close('unavailable-heading', `unavailable-${event.reason}`, 'unavailable-nobody-on-duty');
      case 'ended': return this.close('ended-heading', `ended-${event.reason}`, 'ended-gone');
      case 'error': return this.showError(event);
      default: return undefined;
    }
  }

  connectionChanged(state) {
    if (state === 'offline' && !this.conversation.hidden) {
      this.offline = true;
      this.say(this.t('offline'));
    } else if (state === 'online' && this.offline) {
      this.offline = false;
      this.reconnected = true;
      this.say(this.t('online-again'));
    }
  }

  /** The conversation's state; right after a reconnect, with the news that the connection is back. */
  sayState(text) {
    this.say(this.reconnected ? `${this.t('online-again')} ${text}` : text);
    this.reconnected = false;
  }

  say(text) {
    this.status.textContent = text;
  }

  showMessage(event) {
    const pending = event.clientMessageId && this.log.querySelector(`[data-client-id="${CSS.escape(event.clientMessageId)}"]`);
    const item = pending || this.messageItem(event.from, event.text);
    item.classList.remove('wc-msg--pending', 'wc-msg--failed');
    item.querySelector('.wc-msg__note')?.remove();
    item.dataset.seq = String(event.seq);
    const next = [...this.log.children].find(other => other !== item
        && (other.dataset.seq === undefined || Number(other.dataset.seq) > event.seq));
    this.log.insertBefore(item, next ?? null);
    this.scrollToEnd();
    if (event.from === 'responder') {
      this.typingLine.hidden = true;
    }
  }

  showPending(entry) {
    const item = this.messageItem('visitor', entry.text);
    item.dataset.clientId = entry.clientMessageId;
    item.classList.add('wc-msg--pending');
    item.append(h('span', { class: 'wc-msg__note' }, this.t('pending')));
    this.log.append(item);
    this.scrollToEnd();
  }

  scrollToEnd() {
    this.log.scrollTop = this.log.scrollHeight;
  }

  messageItem(from, text) {
    const own = from === 'visitor';
    const sender = own ? this.t('you') : from === 'system' ? this.t('system') : (this.responderName || this.t('responder'));
    return h('div', { class: `wc-msg wc-msg--${own ? 'own' : from}` },
        h('span', { class: 'wc-msg__from' }, sender, h('span', { class: 'visually-hidden' }, ': ')),
        h('span', { class: 'wc-msg__text' }, String(text ?? '')));
  }

  sendMessage() {
    const text = this.message.input.value;
    const error = !text.trim() ? this.t('message-empty')
        : text.length > LIMITS.text ? this.t('message-too-long', text.length) : null;
    showError(this.message, error);
    if (error) {
      this.message.input.focus();
      return;
    }
    this.session.send(text);
    this.message.input.value = '';
    this.message.input.focus();
  }

  visitorTyping() {
    const now = Date.now();
    if (now - (this.lastTypingSent || 0) > TYPING_SENT_EVERY_MS) {
      this.lastTypingSent = now;
      this.session.typing();
    }
  }

  responderTyping() {
    this.typingLine.textContent = this.t('typing', this.responderName || this.t('responder'));
    this.typingLine.hidden = false;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => { this.typingLine.hidden = true; }, TYPING_SHOWN_MS);
  }

  showError(event) {
    if (event.code === 'resume-failed' || event.code === 'unknown-conversation') {
      this.close('ended-heading', 'ended-gone', 'ended-gone');
    } else if (event.code === 'rate-limited') {
      this.say(this.t('rate-limited'));
    } else if (event.clientMessageId) {
      const item = this.log.querySelector(`[data-client-id="${CSS.escape(event.clientMessageId)}"]`);
      item?.classList.replace('wc-msg--pending', 'wc-msg--failed');
      const note = item?.querySelector('.wc-msg__note');
      if (note) note.textContent = this.t('failed');
    } else {
      this.say(this.t('error'));
    }
  }

  close(headingKey, textKey, fallbackKey) {
    if (!this.closed.hidden) {
      return;
    }
    this.session.close();
    this.compose.hidden = true;
    this.waiting.hidden = true;
    this.typingLine.hidden = true;
    this.conversation.hidden = this.log.childElementCount === 0;
    this.closedHeading.textContent = this.t(headingKey);
    this.closedText.textContent = this.t(textKey in this.texts ? textKey : fallbackKey);
    // The unavailable texts lead into the list of lines themselves.
    this.closingLines.hidden = headingKey === 'unavailable-heading';
    this.closed.hidden = false;
    this.say('');
    this.closedHeading.focus();
  }

  escapePressed(event) {
    if (event.key !== 'Escape') {
      return;
    }
    const now = Date.now();
    if (now - this.lastEscape < DOUBLE_ESCAPE_MS) {
      this.quickExit();
    }
    this.lastEscape = now;
  }

  /** Ends the chat, forgets everything, and leaves for a neutral site without a way back. */
  quickExit() {
    try {
      this.session?.wipe();
      sessionStorage.clear();
    } finally {
      this.replaceChildren();
      document.title = '';
      location.replace(this.getAttribute('exit-url') || 'https://www.google.nl');
    }
  }
}

if (!customElements.get('wegwijs-chat')) {
  customElements.define('wegwijs-chat', WegwijsChat);
}
