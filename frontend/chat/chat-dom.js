// Building blocks for the chat component's light DOM. Every text goes in as a text node, never
// as HTML: messages come from strangers.

let counter = 0;

/** An id unique on the page, so two components on one page never share labels. */
export function uniqueId(name) {
  counter += 1;
  return `wegwijs-chat-${counter}-${name}`;
}

/** An element with attributes (false/null leave one out) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      element.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  }
  return element;
}

/** A labelled text field with its hint and an error line linked by aria-describedby. */
export function field(name, label, hint, multiline = false) {
  const id = uniqueId(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = multiline
    ? h('textarea', { id, name, rows: 3, 'aria-describedby': `${hintId} ${errorId}` })
    : h('input', { id, name, type: 'text', autocomplete: 'off', 'aria-describedby': `${hintId} ${errorId}` });
  const error = h('p', { id: errorId, class: 'wc-error', hidden: true });
  const wrapper = h('div', { class: 'wc-field' },
      h('label', { for: id }, label), h('p', { id: hintId, class: 'wc-hint' }, hint), error, input);
  return { wrapper, input, error };
}

/** Shows a kind error under a field (or clears it with null) without touching what was typed. */
export function showError(fieldParts, message) {
  fieldParts.error.textContent = message ?? '';
  fieldParts.error.hidden = !message;
  if (message) {
    fieldParts.input.setAttribute('aria-invalid', 'true');
  } else {
    fieldParts.input.removeAttribute('aria-invalid');
  }
}

/** The national help lines that always answer, each a link to call from a phone. */
export function helpLines(t, keys) {
  const numbers = { 'line-112': '112', 'line-113': '08000113', 'line-listening': '0880767000' };
  return h('ul', { class: 'wc-lines' },
      keys.map(key => h('li', {}, h('a', { href: `tel:${numbers[key]}` }, t(key)))));
}
