// Labels in English and Dutch, with the workbooks' Dutch terms. The page's language starts as the
// server's --lang and can be switched per person (kept in this browser).

const en = {
  title: 'samen', round: 'Round', of: 'of', step: 'step', phase: 'Phase', energy: 'Energy',
  trust: 'Trust', vigilance: 'Vigilance', seconds: 's', waiting: 'Waiting for the trainer to start',
  running: 'Running', paused: 'Paused', ended: 'Ended',
  pickSeat: 'Pick your organisation', free: 'free', taken: 'taken', rejoin: 'Rejoin with your code',
  rejoinButton: 'Rejoin', yourCode: 'Your code (to rejoin)', seat: 'Seat',
  yourOrg: 'Your organisation', interests: 'Your interests served', collective: 'shared (collective)',
  organisational: 'own organisation', individual: 'you as representative',
  constituency: 'Your constituency (achterban)', loyalty: 'loyalty to the collaboration',
  pressure: 'their pull', mandate: 'mandate', discontent: 'discontent', standing: 'Against your alternative',
  gain: 'gain so far', surplus: 'what you get lately beyond what it costs you', towards: 'Your trust and vigilance towards the partners', theirTrust: 'their trust in you',
  decide: 'Your decision for round', bring: 'How much do you bring?', act: 'How do you act?',
  cooperate: 'Cooperate', push_back: 'Push back openly', hold_back: 'Hold back', press_renegotiation: 'Press for renegotiation', take_more: 'Take more',
  attend: 'Which condition do you attend to?', answer: 'How do you answer your constituency?',
  inform: 'Inform them', defend: 'Defend the collaboration at home', give_in: 'Give in to them',
  informHint: 'Your loyalty follows how well your interests are served, pulled back by your constituency.',
  defendHint: 'Wins their backing: a wider mandate, less pull. Costs time: you bring a fifth less to the table.',
  give_inHint: 'You bring no more than they back, so they never pull you back for overreaching; but their pull is felt in full.',
  spread: 'Spread, as your leadership style does', attendHint: 'Full attention on one condition; the others get less.',
  stayQ: 'Stay or leave?', stay: 'Stay', leave: 'Leave',
  stayHint: 'Staying keeps you at the table whatever happens.', leaveHint: 'You walk away at the start of the round, for good.',
  mandatedHint: 'Your organisation is at the table by law: it cannot leave. What you bring is what you can still decide.',
  youAttended: 'You attended to', levelChange: 'its level', youAnswered: 'You answered your constituency',
  youLeft: 'You left the table.', agentWouldLeave: 'You stayed; the model\'s agent would have walked away at step',
  agentStays: 'stays', agentLeaves: 'walks away', left: 'by choice', spreadShort: 'spread',
  whyDefend: 'Defending at home cost you time at the table but won your constituency\'s backing: its pull eases.',
  whyGiveIn: 'Giving in, you brought no more than your constituency backs, and felt its pull in full.', send: 'Decide', sent: 'Your decision is in. You can still change it until the round closes.',
  ask: 'Ask the trainer for', askButton: 'Ask', asked: 'Asked.',
  lastRound: 'Round', whatHappened: 'what happened to you', youDecided: 'You decided', agentDecided: 'No answer in time: the model\'s agent decided for you',
  payoff: 'gain this round', trustChange: 'their trust in you', loyaltyChange: 'your loyalty',
  notAtTable: 'Your organisation is not at the table now.',
  whyConduct: 'The partners who saw how you acted trust you less: opportunism stings (Wathne and Heide).',
  whyPayoff: 'You got less out of it than your own alternative would have given.',
  whyLoyalty: 'Your constituency pulls you back when its interests are not served or the table asks more than your mandate.',
  outcome: 'Outcome', start: 'Start', pause: 'Pause', next: 'Next round', seats: 'Seats', join: 'Join at',
  events: 'What happened', asks: 'Requests', interventions: 'Interventions', conditions: 'The five conditions',
  agent: 'agent', chose: 'decided', debrief: 'Debrief: what people did, and what the model\'s agent would have done',
  did: 'did', wouldHave: 'agent would', yourRounds: 'Your rounds, and what the model\'s agent would have done', turningPoints: 'Turning points', report: 'Charts and report (opens a new tab)', human: 'person', refused: 'Refused',
  ambition: 'ambition', relation: 'relation', organisation: 'organisation', process: 'process',
  explore: 'explore', share: 'share', agree: 'agree', shape: 'shape', execute: 'execute and renew',
  win_win: 'win-win', compromise: 'compromise', win_lose: 'win-lose', lose_lose: 'lose-lose',
  stagnation: 'stagnation', sham: 'sham collaboration', breakup: 'break-up',
  visioning: 'visioning', convening: 'convening', reflective_intervention: 'reflective intervention',
  process_managing: 'process managing', problem_structuring: 'problem structuring', brokering: 'brokering',
  conflict_handling: 'conflict handling', institutional_entrepreneurship: 'institutional entrepreneurship',
  phase_change: 'phase', fallback: 'fall-back', agreement_reopened: 'agreement reopened', intervention: 'intervention',
  intervention_refused: 'intervention refused', intervention_failed: 'intervention failed', shock: 'shock', leave_event: 'left', join_event: 'joined',
  turnover: 'new representative', opportunism: 'opportunism', goal_reached: 'goal reached', grievance_settled: 'grievance settled one to one', restructured: 'structure adapted', moved_into_core: 'moved into the core', tie_formed: 'new contact', tie_dropped: 'contact dropped',
  evasion: 'evasion', refusal_to_adapt: 'refusal to adapt', violation: 'violation', forced_renegotiation: 'forced renegotiation',
  voice: 'pushback', withhold: 'withholds', renegotiate: 'presses to renegotiate', exit: 'walked away', planned: 'as planned',
  newcomer: 'newcomer', budget_cut: 'budget cut', priority_change: 'change of priorities',
};

const nl = {
  title: 'samen', round: 'Ronde', of: 'van', step: 'stap', phase: 'Fase', energy: 'Energie',
  trust: 'Vertrouwen', vigilance: 'Waakzaamheid', seconds: 's', waiting: 'Wachten tot de trainer begint',
  running: 'Loopt', paused: 'Gepauzeerd', ended: 'Afgelopen',
  pickSeat: 'Kies je organisatie', free: 'vrij', taken: 'bezet', rejoin: 'Terugkeren met je code',
  rejoinButton: 'Terugkeren', yourCode: 'Je code (om terug te keren)', seat: 'Plaats',
  yourOrg: 'Jouw organisatie', interests: 'Hoe je belangen gediend worden', collective: 'gezamenlijk (collectief)',
  organisational: 'eigen organisatie', individual: 'jij als vertegenwoordiger',
  constituency: 'Je achterban', loyalty: 'loyaliteit aan de samenwerking',
  pressure: 'hun trekkracht', mandate: 'mandaat', discontent: 'onvrede', standing: 'Tegenover je alternatief',
  gain: 'winst tot nu toe', surplus: 'wat je de laatste tijd meer krijgt dan het je kost', towards: 'Je vertrouwen in en waakzaamheid naar de partners', theirTrust: 'hun vertrouwen in jou',
  decide: 'Je besluit voor ronde', bring: 'Hoeveel breng je in?', act: 'Hoe handel je?',
  cooperate: 'Samenwerken', push_back: 'Openlijk tegengas geven', hold_back: 'Inhouden', press_renegotiation: 'Heronderhandeling afdwingen', take_more: 'Meer nemen',
  attend: 'Aan welke voorwaarde werk je?', answer: 'Hoe antwoord je je achterban?',
  inform: 'Informeren', defend: 'De samenwerking thuis verdedigen', give_in: 'Toegeven aan je achterban',
  informHint: 'Je loyaliteit volgt hoe goed je belangen gediend worden, teruggetrokken door je achterban.',
  defendHint: 'Wint hun steun: een ruimer mandaat, minder trekkracht. Kost tijd: je brengt een vijfde minder in.',
  give_inHint: 'Je brengt niet meer in dan zij steunen, dus ze trekken je niet terug omdat je te ver gaat; maar hun trekkracht voel je volledig.',
  spread: 'Gespreid, zoals je leiderschapsstijl doet', attendHint: 'Volle aandacht voor één voorwaarde; de andere krijgen minder.',
  stayQ: 'Blijven of vertrekken?', stay: 'Blijven', leave: 'Vertrekken',
  stayHint: 'Blijven houdt je aan tafel, wat er ook gebeurt.', leaveHint: 'Je stapt aan het begin van de ronde op, voorgoed.',
  mandatedHint: 'Je organisatie zit wettelijk verplicht aan tafel: vertrekken kan niet. Wat je inbrengt, bepaal je nog wel zelf.',
  youAttended: 'Je werkte aan', levelChange: 'het niveau', youAnswered: 'Je antwoordde je achterban',
  youLeft: 'Je hebt de tafel verlaten.', agentWouldLeave: 'Je bleef; de agent van het model was weggelopen bij stap',
  agentStays: 'blijft', agentLeaves: 'loopt weg', left: 'uit eigen keuze', spreadShort: 'gespreid',
  whyDefend: 'Thuis verdedigen kostte je tijd aan tafel, maar won de steun van je achterban: haar trekkracht neemt af.',
  whyGiveIn: 'Door toe te geven bracht je niet meer in dan je achterban steunt, en voelde je haar trekkracht volledig.', send: 'Besluiten', sent: 'Je besluit is binnen. Je kunt het nog wijzigen tot de ronde sluit.',
  ask: 'Vraag de trainer om', askButton: 'Vragen', asked: 'Gevraagd.',
  lastRound: 'Ronde', whatHappened: 'wat er met jou gebeurde', youDecided: 'Jij besliste', agentDecided: 'Geen antwoord op tijd: de agent van het model besliste voor je',
  payoff: 'winst deze ronde', trustChange: 'hun vertrouwen in jou', loyaltyChange: 'je loyaliteit',
  notAtTable: 'Je organisatie zit nu niet aan tafel.',
  whyConduct: 'De partners die zagen hoe je handelde, vertrouwen je minder: opportunisme steekt (Wathne en Heide).',
  whyPayoff: 'Je haalde er minder uit dan je eigen alternatief had opgeleverd.',
  whyLoyalty: 'Je achterban trekt je terug als haar belangen niet gediend worden of de tafel meer vraagt dan je mandaat.',
  outcome: 'Uitkomst', start: 'Start', pause: 'Pauze', next: 'Volgende ronde', seats: 'Plaatsen', join: 'Doe mee via',
  events: 'Wat er gebeurde', asks: 'Verzoeken', interventions: 'Interventies', conditions: 'De vijf voorwaarden',
  agent: 'agent', chose: 'besloten', debrief: 'Nabespreking: wat mensen deden, en wat de agent van het model zou hebben gedaan',
  did: 'deed', wouldHave: 'agent zou', yourRounds: 'Jouw rondes, en wat de agent van het model zou hebben gedaan', turningPoints: 'Kantelpunten', report: 'Grafieken en rapport (opent een nieuw tabblad)', human: 'mens', refused: 'Geweigerd',
  ambition: 'ambitie', relation: 'relatie', organisation: 'organisatie', process: 'proces',
  explore: 'verkennen', share: 'delen', agree: 'overeenkomen', shape: 'vormgeven', execute: 'uitvoeren en vernieuwen',
  win_win: 'win-win', compromise: 'compromis', win_lose: 'win-verlies', lose_lose: 'verlies-verlies',
  stagnation: 'stagnatie', sham: 'schijnsamenwerking', breakup: 'breuk',
  visioning: 'verbeelden', convening: 'verbinden', reflective_intervention: 'reflectief interveniëren',
  process_managing: 'het proces managen', problem_structuring: 'problemen structureren', brokering: 'bemiddelen',
  conflict_handling: 'conflicten hanteren', institutional_entrepreneurship: 'ondernemerschap institutionaliseren',
  phase_change: 'fase', fallback: 'terugval', agreement_reopened: 'afspraak heropend', intervention: 'interventie',
  intervention_refused: 'interventie geweigerd', intervention_failed: 'interventie mislukt', shock: 'schok', leave_event: 'vertrokken', join_event: 'toegetreden',
  turnover: 'nieuwe vertegenwoordiger', opportunism: 'opportunisme', goal_reached: 'doel bereikt', grievance_settled: 'bezwaar onderling opgelost', restructured: 'structuur aangepast', moved_into_core: 'naar de kern', tie_formed: 'nieuw contact', tie_dropped: 'contact verbroken',
  evasion: 'ontduiking', refusal_to_adapt: 'weigering zich aan te passen', violation: 'overtreding', forced_renegotiation: 'heronderhandeling',
  voice: 'tegengas', withhold: 'achterhouden', renegotiate: 'heronderhandelen', exit: 'weggelopen', planned: 'volgens plan',
  newcomer: 'nieuwkomer', budget_cut: 'bezuiniging', priority_change: 'andere prioriteiten',
};

const dictionaries = { en, nl };
const stored = localStorage.getItem('samen.lang');
let lang = stored === 'en' || stored === 'nl' ? stored : (document.body.dataset.lang === 'nl' ? 'nl' : 'en');
document.documentElement.lang = lang;

/** The label for a key in the page's language; the condition "interests" needs its own key in Dutch. */
export function t(key) {
  if (key === 'interests_condition') return lang === 'nl' ? 'belangen' : 'interests';
  return dictionaries[lang][key] ?? en[key] ?? key;
}

export function language() {
  return lang;
}

/** A small EN | NL switch; re-renders through the callback. */
export function languageSwitch(onChange) {
  const box = document.createElement('span');
  box.className = 'lang';
  for (const code of ['en', 'nl']) {
    const b = document.createElement('button');
    b.textContent = code.toUpperCase();
    b.className = code === lang ? 'on' : '';
    b.addEventListener('click', () => {
      lang = code;
      localStorage.setItem('samen.lang', code);
      document.documentElement.lang = code;
      onChange();
    });
    box.append(b);
  }
  return box;
}

/** The five conditions, in the order of seed 003's common eye. */
export const CONDITIONS = ['ambition', 'interests', 'relation', 'organisation', 'process'];

export function conditionLabel(key) {
  return key === 'interests' ? t('interests_condition') : t(key);
}

/** A player's whole choice in a few words: bring, act, attention, answer at home, stay or leave. */
export function choiceText(c) {
  const attend = c.attend === 'spread' ? t('spreadShort') : conditionLabel(c.attend);
  return `${c.bring}% ${t(c.act)}; ${attend}; ${t(c.constituency)}; ${t(c.stay ? 'stay' : 'leave')}`;
}

/** What the model's agent would have done in a debrief row, or '' when it did not decide. */
export function agentText(r) {
  return r.agentAct ? `${r.agentBring}% ${t(r.agentAct)}, ${t(r.agentStays ? 'agentStays' : 'agentLeaves')}` : '';
}
