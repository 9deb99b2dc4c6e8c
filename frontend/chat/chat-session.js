// One visitor's side of the chat protocol (docs/chat-protocol.md): the STOMP connection,
// resume after a drop, the outbox of messages not yet confirmed, and the few values kept in
// sessionStorage. Knows nothing about the page: it reports through emit(type, detail).
import './vendor/stomp.umd.min.js';

const { Client, ReconnectionTimeMode } = globalThis.StompJs;

const STORAGE_KEY = 'wegwijs-chat';
const QUEUE = '/user/queue/chat';
const RATE_LIMIT_RETRY_MS = 10_000;

/** A random value of the given number of bytes, hex encoded (crypto.randomUUID needs HTTPS). */
export function randomToken(bytes = 16) {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, value => value.toString(16).padStart(2, '0')).join('');
}

function readStored() {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY)) || {};
  } catch {
    return {};
  }
}

export class ChatSession {

  constructor(endpoint, emit) {
    this.emit = emit;
    this.stored = readStored();
    // What this document has shown: after a reload nothing is shown yet, so a resume asks for
    // the whole conversation again (the transcript itself is never stored in the browser).
    this.lastSeq = 0;
    this.outbox = new Map();
    this.pendingStart = null;
    this.bound = false;
    this.client = new Client({
      brokerURL: endpoint,
      heartbeatIncoming: 10_000,
      heartbeatOutgoing: 10_000,
      reconnectDelay: 1_000,
      maxReconnectDelay: 30_000,
      reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
      discardWebsocketOnCommFailure: true,
      beforeConnect: () => this.emit('connection', 'connecting'),
      onConnect: () => this.connected(),
      onWebSocketClose: () => this.dropped(),
      onStompError: () => this.dropped(),
    });
    this.onOffline = () => this.client.connected && this.client.forceDisconnect();
    this.onOnline = () => this.reconnectNow();
    addEventListener('offline', this.onOffline);
    addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onOnline);
  }

  /** Whether a conversation from earlier in this tab can be resumed. */
  get resumable() {
    return Boolean(this.stored.resumeToken);
  }

  get conversationId() {
    return this.stored.conversationId;
  }

  start(options) {
    this.pendingStart = options;
    this.bound = false;
    if (this.client.connected) {
      this.publishStart();
    } else {
      this.activate();
    }
  }

  resume() {
    this.activate();
  }

  /** Queues a message until the server confirms it; returns its clientMessageId. */
  send(text) {
    const entry = { clientMessageId: randomToken(12), text };
    this.outbox.set(entry.clientMessageId, entry);
    this.emit('pending', entry);
    if (this.client.connected && this.bound) {
      this.publishMessage(entry);
    }
    return entry.clientMessageId;
  }

  typing() {
    if (this.client.connected && this.bound) {
      this.publish('/app/chat.typing', { conversationId: this.conversationId });
    }
  }

  end() {
    if (this.client.connected && this.conversationId) {
      this.publish('/app/chat.end', { conversationId: this.conversationId });
    }
  }

  /** Quick exit: end the conversation if we can, stop, and forget everything stored. */
  wipe() {
    try {
      this.end();
    } finally {
      // Events still in flight (the `ended` for this very end) must not write anything again.
      this.wiped = true;
      this.close();
      this.outbox.clear();
      this.stored = {};
      sessionStorage.removeItem(STORAGE_KEY);
    }
  }

  /** Stops the connection without ending the conversation (it can be resumed in this tab). */
  close() {
    removeEventListener('offline', this.onOffline);
    removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onOnline);
    this.client.deactivate();
  }

  activate() {
    if (this.client.active) {
      return;
    }
    // Stored only once the visitor starts: merely opening the page leaves nothing behind.
    if (!this.stored.deviceToken) {
      this.stored.deviceToken = randomToken();
      this.save();
    }
    this.client.connectHeaders = { 'device-token': this.stored.deviceToken };
    this.client.activate();
  }

  async reconnectNow() {
    if (document.visibilityState === 'hidden' || !this.client.active || this.client.connected) {
      return;
    }
    // activate() starts again with the shortest delay instead of waiting out the backoff.
    await this.client.deactivate();
    this.client.activate();
  }

  connected() {
    this.emit('connection', 'online');
    this.bound = false;
    this.client.subscribe(QUEUE, frame => this.receive(frame));
    if (this.stored.resumeToken) {
      this.publish('/app/chat.resume', { resumeToken: this.stored.resumeToken, lastSeq: this.lastSeq });
    } else if (this.pendingStart) {
      this.publishStart();
    }
  }

  dropped() {
    this.bound = false;
    if (this.client.active) {
      this.emit('connection', 'offline');
    }
  }

  receive(frame) {
    if (this.wiped) {
      return;
    }
    let event;
    try {
      event = JSON.parse(frame.body);
    } catch {
      return;
    }
    switch (event.type) {
      case 'started':
        this.pendingStart = null;
        this.stored.conversationId = event.conversationId;
        this.stored.resumeToken = event.resumeToken;
        this.stored.lastSeq = 0;
        this.lastSeq = 0;
        this.save();
        this.bind();
        break;
      case 'queued':
      case 'assigned':
        this.bind();
        break;
      case 'message':
        if (!this.accept(event)) {
          return;
        }
        break;
      case 'ended':
      case 'unavailable':
        this.forget();
        break;
      case 'error':
        this.failed(event);
        break;
      default:
        break;
    }
    this.emit(event.type, event);
  }

  /** A message is shown once: by seq, and an echo of our own confirms its outbox entry. */
  accept(event) {
    if (event.clientMessageId) {
      this.outbox.delete(event.clientMessageId);
    }
    if (typeof event.seq !== 'number' || event.seq <= this.lastSeq) {
      return false;
    }
    this.lastSeq = event.seq;
    this.stored.lastSeq = event.seq;
    this.save();
    return true;
  }

  /** The conversation is ours on this connection: now the outbox can go out. */
  bind() {
    this.bound = true;
    for (const entry of this.outbox.values()) {
      this.publishMessage(entry);
    }
  }

  failed(event) {
    if (event.code === 'resume-failed' || event.code === 'unknown-conversation') {
      this.forget();
    } else if (event.code === 'rate-limited' && this.outbox.has(event.clientMessageId)) {
      const entry = this.outbox.get(event.clientMessageId);
      setTimeout(() => this.outbox.has(entry.clientMessageId) && this.bound && this.publishMessage(entry),
          RATE_LIMIT_RETRY_MS);
    } else if (event.clientMessageId) {
      this.outbox.delete(event.clientMessageId);
    }
  }

  forget() {
    this.bound = false;
    this.pendingStart = null;
    this.outbox.clear();
    delete this.stored.conversationId;
    delete this.stored.resumeToken;
    delete this.stored.lastSeq;
    this.save();
  }

  publishStart() {
    this.publish('/app/chat.start', this.pendingStart);
  }

  publishMessage(entry) {
    this.publish('/app/chat.message',
        { conversationId: this.conversationId, clientMessageId: entry.clientMessageId, text: entry.text });
  }

  publish(destination, body) {
    try {
      this.client.publish({ destination, body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' } });
    } catch {
      // Not connected after all: the outbox and the resume after reconnecting cover it.
    }
  }

  save() {
    if (this.wiped) {
      return;
    }
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.stored));
    } catch {
      // Storage can be switched off; the chat still works, only a reload cannot resume.
    }
  }
}
