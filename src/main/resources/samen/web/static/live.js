// One WebSocket to the server, reconnecting after a drop; messages out are numbered (seq) so the
// server can refuse a replayed one.

export function connect(path, { onOpen, onMessage, onStatus }) {
  let socket;
  let delay = 500;
  // Sent while the connection is down: kept and sent on reconnecting (the server refuses what is stale).
  const pending = [];
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path;
  function open() {
    socket = new WebSocket(url);
    socket.addEventListener('open', () => {
      delay = 500;
      onStatus(true);
      onOpen?.();
      while (pending.length) socket.send(pending.shift());
    });
    socket.addEventListener('message', (e) => onMessage(JSON.parse(e.data)));
    socket.addEventListener('close', () => {
      onStatus(false);
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 5000);
    });
  }
  open();
  return {
    send(message) {
      const text = JSON.stringify(message);
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else pending.push(text);
    },
  };
}

/** Builds an element: el('div', {class: 'x'}, child, 'text', ...). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== false && v !== null && v !== undefined) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** A labelled bar for a value in [0,1]. */
export function bar(label, value, kind = '') {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return el('div', { class: 'bar ' + kind },
    el('span', { class: 'bar-label' }, label),
    el('span', { class: 'bar-track' }, el('span', { class: 'bar-fill', style: `width:${pct}%` })),
    el('span', { class: 'bar-value' }, value.toFixed(2)));
}

export function signed(x, digits = 2) {
  return (x >= 0 ? '+' : '') + x.toFixed(digits);
}

/** Counts the open round's seconds down between the server's messages. */
export function countdown(state, node) {
  clearInterval(countdown.timer);
  if (!state.roundSeconds) {
    node.textContent = '';
    return;
  }
  const end = Date.now() + state.secondsLeft * 1000;
  const show = () => {
    const left = state.state === 'running' ? Math.max(0, Math.ceil((end - Date.now()) / 1000)) : state.secondsLeft;
    node.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  };
  show();
  if (state.state === 'running') countdown.timer = setInterval(show, 250);
}
