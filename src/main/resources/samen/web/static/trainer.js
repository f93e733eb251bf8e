// The trainer's page, for a projector at 1280x720: the shared picture live, the seats, the controls,
// a button per intervention, the join QR code; at the end the outcome and the debrief.
import { connect, el, bar, countdown } from './live.js';
import { t, languageSwitch, CONDITIONS, conditionLabel, choiceText, agentText } from './i18n.js';
import { network } from './network.js';

const app = document.getElementById('app');
const trainerToken = new URLSearchParams(location.search).get('t');
let state = null;
let seq = 0;
let notice = '';
let online = false;

const live = connect('/ws/trainer?t=' + encodeURIComponent(trainerToken), {
  onStatus: (up) => { online = up; render(); },
  onMessage: (m) => {
    if (m.type === 'state') state = m;
    else if (m.type === 'refused') notice = t('refused') + ': ' + m.reason;
    render();
  },
});

function command(type, extra = {}) {
  seq += 1;
  notice = '';
  live.send({ type, seq: Date.now() * 10 + (seq % 10), ...extra });
}

function render() {
  if (!state) return;
  const ended = state.state === 'ended';
  const top = el('header', { class: 'top' },
    el('h1', {}, state.scenario),
    el('div', { class: 'status' },
      el('span', { class: 'round' }, `${t('round')} ${state.round}/${state.rounds}`),
      el('span', { class: 'timer', id: 'timer' }),
      el('span', { class: 'phase' }, `${t('phase')}: ${t(state.phase)}`),
      el('span', {}, `${t('step')} ${state.step}/${state.steps}`),
      el('span', { class: online ? 'dot on' : 'dot' })),
    el('div', { class: 'controls' },
      el('button', { id: 'start', disabled: ended || state.state === 'running', onclick: () => command('start') }, t('start')),
      el('button', { id: 'pause', disabled: state.state !== 'running', onclick: () => command('pause') }, t('pause')),
      el('button', { id: 'next', disabled: ended, onclick: () => command('next') }, t('next'))),
    languageSwitch(render));
  const left = el('section', { class: 'left' },
    el('h2', {}, t('conditions')),
    CONDITIONS.map((c) => bar(conditionLabel(c), state.conditions[c], c === state.weakest ? 'weak' : '')),
    bar(t('energy'), state.energy),
    bar(t('trust'), state.meanTrust),
    bar(t('vigilance'), state.meanVigilance, 'warn'),
    el('h2', {}, t('seats')),
    el('ul', { class: 'seatlist' }, state.partners.map((p) => el('li', { class: p.taken ? 'human' : 'agent' },
      `${p.seat}. ${p.name}`, el('small', {}, p.taken ? (p.chose ? ' ✓ ' + t('chose') : ' ' + t('human')) : ' ' + t('agent'))))));
  const centre = ended ? debrief() : network(state, 560, 520);
  const right = el('section', { class: 'right' },
    el('div', { class: 'qr' }, el('img', { src: '/qr.svg', alt: 'QR', width: 150, height: 150 }),
      el('div', {}, t('join'), el('br'), el('code', {}, location.host + '/join'))),
    state.asks.length ? el('div', {}, el('h2', {}, t('asks')),
      el('ul', { class: 'asks' }, state.asks.map((a) => el('li', {}, `${t('seat')} ${a.seat}: ${t(a.intervention)}`)))) : null,
    el('h2', {}, t('events')),
    el('ul', { class: 'events' }, state.events.slice().reverse().map((e) => el('li', {},
      el('b', {}, `${e.step} `), `${eventLabel(e.kind)} ${t(e.name)} `, el('small', {}, e.subject)))));
  const bottom = el('footer', { class: 'interventions' },
    state.interventions.map((i) => el('button', {
      class: 'intervention', title: i.description, disabled: ended, 'data-key': i.key,
      onclick: () => command('intervene', { intervention: i.key }),
    }, t(i.key), el('small', {}, conditionLabel(i.target)))));
  const parts = [top];
  if (notice) parts.push(el('p', { class: 'notice', role: 'alert' }, notice));
  if (state.outcome) parts.push(el('div', { class: 'outcome' },
    el('h2', {}, `${t('outcome')}: ${t(state.outcome.outcome)}`), el('p', {}, state.outcome.explanation),
    el('p', { class: 'muted' }, state.outcome.dynamic)));
  parts.push(el('div', { class: 'grid' }, left, centre, right), bottom);
  app.replaceChildren(...parts);
  countdown(state, document.getElementById('timer'));
}

function eventLabel(kind) {
  return kind === 'leave' ? t('leave_event') : kind === 'join' ? t('join_event') : t(kind);
}

/**
 * Per seat taken by a person: what they did each round and what the model's agent would have done;
 * then the session's turning points and a link to the report with the charts.
 */
function debrief() {
  const rows = (state.debrief ?? []).filter((r) => r.by === 'human');
  const points = state.turningPoints ?? [];
  return el('section', { class: 'debrief' },
    el('p', {}, el('a', { href: '/report', target: '_blank', id: 'report' }, t('report'))),
    el('h2', {}, t('turningPoints')),
    el('ul', { class: 'events' }, points.map((e) => el('li', {},
      el('b', {}, `${e.step} `), `${eventLabel(e.kind)} ${t(e.name)} `, el('small', {}, e.subject)))),
    el('h2', {}, t('debrief')),
    el('table', {},
      el('tr', {}, el('th', {}, t('round')), el('th', {}, t('seat')), el('th', {}, t('did')), el('th', {}, t('wouldHave'))),
      rows.map((r) => el('tr', {},
        el('td', {}, r.round), el('td', {}, r.name),
        el('td', {}, choiceText(r.choice)),
        el('td', { class: r.agentAct === r.choice.act && r.agentStays ? '' : 'differs' }, agentText(r))))));
}
