// The participant's page: take a seat, then each round decide for your organisation; a private view
// of how it is doing, and what the last round did to it and why.
import { connect, el, bar, signed, countdown } from './live.js';
import { t, languageSwitch, CONDITIONS, conditionLabel, choiceText, agentText } from './i18n.js';

const ACTS = ['cooperate', 'push_back', 'hold_back', 'press_renegotiation', 'take_more'];
const ANSWERS = ['inform', 'defend', 'give_in'];

const app = document.getElementById('app');
let state = null;
let seat = null;
let seq = Number(localStorage.getItem('samen.seq') || 0);
let token = localStorage.getItem('samen.token');
let notice = '';
let draft = null;
let formKey = '';
let form = null;
let online = false;

const live = connect('/ws', {
  onOpen: () => { if (token) live.send({ type: 'rejoin', token }); },
  onStatus: (up) => { online = up; render(); },
  onMessage: (m) => {
    if (m.type === 'state') state = m;
    else if (m.type === 'joined') {
      seat = m.seat;
      token = m.token;
      seq = Math.max(seq, m.lastSeq);
      localStorage.setItem('samen.token', token);
      notice = '';
    } else if (m.type === 'refused') {
      if (m.reason === 'unknown seat code') {
        localStorage.removeItem('samen.token');
        token = null;
      }
      notice = t('refused') + ': ' + m.reason;
    }
    render();
  },
});

function nextSeq() {
  seq += 1;
  localStorage.setItem('samen.seq', String(seq));
  return seq;
}

function render() {
  if (!state) return;
  const you = state.you;
  const header = el('header', {},
    el('h1', {}, state.scenario),
    el('div', { class: 'status' },
      el('span', {}, `${t('round')} ${state.round} ${t('of')} ${state.rounds}`),
      el('span', { class: 'timer', id: 'timer' }),
      el('span', {}, t(state.state)),
      el('span', { class: online ? 'dot on' : 'dot' })),
    languageSwitch(() => { formKey = ''; render(); }));
  const parts = [header];
  if (notice) parts.push(el('p', { class: 'notice', role: 'alert' }, notice));
  if (state.outcome) parts.push(outcome());
  if (!you) parts.push(seats());
  else parts.push(...own(you));
  app.replaceChildren(...parts);
  countdown(state, document.getElementById('timer'));
}

function outcome() {
  return el('section', { class: 'card outcome' },
    el('h2', {}, `${t('outcome')}: ${t(state.outcome.outcome)}`),
    el('p', {}, state.outcome.explanation));
}

function seats() {
  const code = el('input', { id: 'code', autocomplete: 'off', placeholder: 'abcd234xyz', maxlength: 64 });
  return el('section', { class: 'card' },
    el('h2', {}, t('pickSeat')),
    el('div', { class: 'seats' }, state.partners.map((p) => el('button', {
      class: 'seat', disabled: p.taken || p.status === 'left',
      onclick: () => live.send({ type: 'join', seat: p.seat }),
    }, `${p.seat}. ${p.name}`, el('small', {}, p.taken ? t('taken') : t('free'))))),
    el('h3', {}, t('rejoin')),
    el('div', { class: 'row' }, code, el('button', {
      onclick: () => { token = code.value.trim(); live.send({ type: 'rejoin', token }); },
    }, t('rejoinButton'))));
}

function own(you) {
  const cards = [];
  cards.push(el('section', { class: 'card me' },
    el('h2', {}, `${t('seat')} ${you.seat}: ${you.name}`),
    el('p', { class: 'muted' }, `${t('yourCode')}: `, el('code', { id: 'token' }, token ?? ''))));
  if (you.debrief) cards.push(history(you.debrief));
  if (you.feedback) cards.push(feedback(you.feedback));
  if (state.state !== 'ended') cards.push(you.status === 'active' ? decision(you) : el('p', { class: 'notice' }, t('notAtTable')));
  cards.push(el('section', { class: 'card' },
    el('h2', {}, t('interests')),
    bar(t('collective'), you.interests.collective),
    bar(t('organisational'), you.interests.organisational),
    bar(t('individual'), you.interests.individual),
    el('h2', {}, t('constituency')),
    bar(t('loyalty'), you.loyalty),
    bar(t('pressure'), you.constituencyPressure, 'warn'),
    bar(t('mandate'), you.mandate),
    bar(t('discontent'), you.discontent, 'warn'),
    el('h2', {}, t('standing')),
    el('p', { class: 'big ' + (you.relativeGain >= 0 ? 'good' : 'bad') }, `${signed(100 * you.relativeGain, 0)}%`,
      el('small', {}, ' ' + t('gain'))),
    el('p', { class: you.surplusRate >= 0 ? 'good' : 'bad' }, `${signed(100 * you.surplusRate, 0)}% `,
      el('small', {}, t('surplus')))));
  cards.push(el('section', { class: 'card' },
    el('h2', {}, t('towards')),
    el('table', { class: 'towards' },
      el('tr', {}, el('th', {}, ''), el('th', {}, t('trust')), el('th', {}, t('vigilance')), el('th', {}, t('theirTrust'))),
      you.towards.map((p) => el('tr', { class: p.active ? '' : 'gone' },
        el('td', {}, p.name), el('td', {}, p.trust.toFixed(2)), el('td', {}, p.vigilance.toFixed(2)),
        el('td', {}, p.theirTrust.toFixed(2)))))));
  return cards;
}

function feedback(f) {
  const why = [];
  if (f.act !== 'cooperate' && f.trustChange < 0) why.push(t('whyConduct'));
  if (f.payoff < 0) why.push(t('whyPayoff'));
  if (f.constituency === 'defend') why.push(t('whyDefend'));
  else if (f.constituency === 'give_in') why.push(t('whyGiveIn'));
  else if (f.loyaltyChange < 0) why.push(t('whyLoyalty'));
  const attended = f.attendedChange !== undefined
    ? el('li', { class: 'attended ' + (f.attendedChange >= 0 ? 'good' : 'bad') },
      `${t('youAttended')} ${conditionLabel(f.attend)}: ${t('levelChange')} ${signed(f.attendedChange, 3)}`)
    : null;
  const stay = !f.stayed ? el('p', { class: 'stayed bad' }, t('youLeft'))
    : f.agentLeaves >= 0 ? el('p', { class: 'stayed' }, `${t('agentWouldLeave')} ${f.agentLeaves}.`) : null;
  return el('section', { class: 'card feedback' },
    el('h2', {}, `${t('lastRound')} ${f.round}: ${t('whatHappened')}`),
    el('p', {}, f.human ? t('youDecided') : t('agentDecided'), `: ${f.bring}%, ${t(f.act)}`),
    stay,
    el('ul', {},
      el('li', { class: f.payoff >= 0 ? 'good' : 'bad' }, `${t('payoff')}: ${signed(f.payoff)}`),
      el('li', { class: f.trustChange >= 0 ? 'good' : 'bad' }, `${t('trustChange')}: ${signed(f.trustChange, 3)}`),
      el('li', { class: 'loyalty ' + (f.loyaltyChange >= 0 ? 'good' : 'bad') },
        `${t('loyaltyChange')}: ${signed(f.loyaltyChange, 3)}`, f.human ? ` (${t('youAnswered')}: ${t(f.constituency)})` : ''),
      attended),
    why.length ? el('p', { class: 'why' }, why.join(' ')) : null,
    f.events.length ? el('ul', { class: 'events' }, f.events.map((e) => el('li', {}, eventText(e)))) : null);
}

/** At the end: round by round, what counted for you and what the model's agent would have done. */
function history(rows) {
  return el('section', { class: 'card' },
    el('h2', {}, t('yourRounds')),
    el('table', { class: 'history' },
      el('tr', {}, el('th', {}, t('round')), el('th', {}, t('did')), el('th', {}, t('wouldHave'))),
      rows.map((r) => el('tr', {},
        el('td', {}, r.round),
        el('td', {}, r.choice ? choiceText(r.choice) : `(${t('agent')}) ${r.agentBring}% ${t(r.agentAct)}`),
        el('td', { class: r.choice && (r.agentAct !== r.choice.act || r.agentStays !== true) ? 'bad' : '' },
          agentText(r))))));
}

/** "first last kind name count" from the server, as one line in the page's language. */
function eventText(line) {
  const [first, last, kind, name, count] = line.split(' ');
  const label = kind === 'leave' ? t('leave_event') : kind === 'join' ? t('join_event') : t(kind);
  const steps = first === last ? `${t('step')} ${first}` : `${t('step')} ${first}–${last}`;
  return `${steps}: ${label} ${t(name)}${count > 1 ? ` (${count}×)` : ''}`;
}

function decision(you) {
  const key = `${state.round}|${you.seat}|${document.documentElement.lang}`;
  if (key === formKey && form) {
    form.querySelector('.sent').hidden = !you.choice;
    return form;
  }
  formKey = key;
  draft = you.choice ? { ...you.choice } : { bring: draft?.bring ?? 60, act: 'cooperate', attend: 'spread', constituency: 'inform', stay: true };
  const bringValue = el('output', {}, `${draft.bring}%`);
  const radios = (name, keys) => el('div', { class: 'choices' }, keys.map((k) => el('label', {},
    el('input', { type: 'radio', name, value: k, checked: draft[name] === k, onchange: () => { draft[name] = k; } }), t(k))));
  // One line under a question that says what the chosen answer does in the model.
  const hint = (text) => el('p', { class: 'hint' }, text);
  const answerHint = hint(t(draft.constituency + 'Hint'));
  const stayHint = hint(t(draft.stay ? 'stayHint' : 'leaveHint'));
  const hinted = (name, keys) => el('div', { class: 'choices wide' }, keys.map((k) => el('label', {},
    el('input', { type: 'radio', name, value: k, checked: draft[name] === k,
      onchange: () => { draft[name] = k; answerHint.textContent = t(k + 'Hint'); } }), t(k))));
  const stayRadio = (value) => el('input', { type: 'radio', name: 'stay', value: String(value), checked: draft.stay === value,
    onchange: () => { draft.stay = value; stayHint.textContent = t(value ? 'stayHint' : 'leaveHint'); } });
  const askSelect = el('select', { id: 'ask' }, state.interventions.map((i) => el('option', { value: i.key }, t(i.key))));
  form = el('section', { class: 'card decide' },
    el('h2', {}, `${t('decide')} ${state.round}`),
    el('label', { class: 'q' }, t('bring'), bringValue),
    el('input', { type: 'range', min: 0, max: 100, step: 5, value: draft.bring, id: 'bring',
      oninput: (e) => { draft.bring = Number(e.target.value); bringValue.textContent = `${draft.bring}%`; } }),
    el('div', { class: 'q' }, t('act')), radios('act', ACTS),
    el('label', { class: 'q', for: 'attend' }, t('attend')),
    el('select', { id: 'attend', onchange: (e) => { draft.attend = e.target.value; } },
      ['spread', ...CONDITIONS].map((c) => el('option', { value: c, selected: draft.attend === c },
        c === 'spread' ? t('spread') : conditionLabel(c)))),
    hint(t('attendHint')),
    el('div', { class: 'q' }, t('answer')), hinted('constituency', ANSWERS), answerHint,
    ...(you.mandated ? [hint(t('mandatedHint'))] : [
      el('div', { class: 'q' }, t('stayQ')),
      el('div', { class: 'choices' },
        el('label', {}, stayRadio(true), t('stay')),
        el('label', {}, stayRadio(false), t('leave'))),
      stayHint]),
    el('button', { class: 'primary', id: 'send', onclick: () => live.send({
      type: 'decide', seq: nextSeq(), seat: you.seat, round: state.round, ...draft,
    }) }, t('send')),
    el('p', { class: 'sent good', hidden: !you.choice }, t('sent')),
    el('div', { class: 'row ask' }, el('span', {}, t('ask')), askSelect,
      el('button', { onclick: () => { live.send({ type: 'ask', seq: nextSeq(), seat: you.seat, intervention: askSelect.value }); notice = t('asked'); render(); } }, t('askButton'))));
  return form;
}
