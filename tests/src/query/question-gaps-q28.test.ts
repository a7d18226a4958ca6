import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Questions a team asks in chat that the previous rounds misread, against invented notes: an
 * English conference and a French one.
 */
const [EN, FR] = ['harbourconf-2024', 'journees-lyon-2023'];

const bot = new Bot({
  events: [event(EN, 'Harbour Conf 2024'), event(FR, 'Journées Lyon 2023')],
  talks: [
    talk(EN, 'fleet', 'Running a container fleet', 'Container management at scale; bin packing'),
    talk(EN, 'vault', 'Keeping secrets out of images', 'Security of sealed secrets; rotation', {
      links: [
        {
          kind: 'see-also',
          text: 'Ansible secrets',
          url: 'http://cheat.readthedocs.io/en/latest/ansible/secrets.html',
        },
      ],
    }),
    talk(EN, 'spans', 'Tracing across queues', 'Spans; sampling; tracing headers'),
    talk(EN, 'helpdesk', 'Our ChatBot for the help desk', 'Answers from the wiki'),
    talk(EN, 'it-product', 'Running IT like a product', 'Our IT department moved to product teams'),
    talk(EN, 'smaller', 'Make it smaller', 'We cut it in two and it got faster'),
    talk(
      FR,
      'mots-de-passe',
      'Stocker les mots de passe',
      'Hachage; sel; bcrypt; leur gestion au quotidien',
    ),
    talk(FR, 'qubits', 'Quantum computers for the curious', 'Qubits; intrication'),
  ],
});

describe('how many talks there were, and when the conference was, in any language', () => {
  it('counts the talks, as "how many talks in total?" does', () => {
    for (const asked of [
      'wie viele Vorträge gab es insgesamt?',
      'wie viele Talks gab es insgesamt',
      'combien de talks en tout ?',
      'combien de talks y a-t-il eu en tout ?',
      'combien de présentations il y avait ?',
      '¿cuántas charlas hubo en total?',
      'quanti talk c’erano in tutto?',
      'quantas palestras houve no total?',
      'сколько было докладов?',
      '何件の発表がありましたか',
      '发表了多少场演讲？',
      '演讲有多少场',
      '발표는 몇 개였나요?',
    ])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'help', count: true });
  });

  it('gives the events, as "when was the conference?" does', () => {
    for (const asked of [
      'wann fand die Veranstaltung statt?',
      'wann war die Tagung?',
      'quand a eu lieu la conférence ?',
      'c’était quand, la conférence ?',
      'où s’est tenue la conférence ?',
      'dove si è svolta la conferenza?',
      '¿dónde tuvo lugar el congreso?',
      'quando aconteceu o evento?',
      'когда была конференция?',
      '会議はいつでしたか',
      '大会是什么时候举行的？',
      '컨퍼런스는 언제였나요?',
    ])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'events' });
  });

  it('still searches a subject asked beside the same words', () => {
    expect(ids(bot.ask('combien de talks sur les mots de passe ?'))).toEqual(['mots-de-passe']);
    expect(ids(bot.ask('wann war der Vortrag über Container?'))).toEqual(['fleet']);
  });
});

describe('German compounds, hyphenated or glued', () => {
  it('finds the talks of their parts, each as the notes write it', () => {
    for (const asked of [
      'Containerverwaltung',
      'Container-Verwaltung',
      'Vorträge zur Containerverwaltung',
    ])
      expect(ids(bot.ask(asked)), asked).toEqual(['fleet']);
    expect(ids(bot.ask('Quantencomputer'))).toEqual(['qubits']);
    expect(ids(bot.ask('Passwortverwaltung'))).toEqual(['mots-de-passe']);
    // "Sicherheits-" with its linking "s", and "Vorträge" a word of the asking.
    expect(ids(bot.ask('Sicherheitsvorträge'))).toContain('vault');
  });

  it('leaves an English word the notes lack whole', () => {
    expect(bot.ask('serverless')).toMatchObject({ kind: 'none', unmatched: ['serverless'] });
  });
});

describe('acronyms typed in capitals that spell a little word', () => {
  it('reads "IT" as the field, where the question has small letters', () => {
    for (const asked of ['IT talks', 'any talks for IT?', 'what did the IT folks say'])
      expect(ids(bot.ask(asked)), asked).toEqual(['it-product']);
    expect(ids(bot.ask('make it smaller'))[0]).toBe('smaller');
    // Where no talk says it, it is said to be missing, as typed: never every talk.
    expect(
      new Bot({ events: [event(EN, 'Harbour Conf 2024')], talks: [] }).ask('IT talks'),
    ).not.toMatchObject({ kind: 'talks' });
  });

  it('reads "US speakers" as of the country, not the asker', () => {
    const answer = bot.ask('any talks by US speakers?');
    expect(answer).toMatchObject({ kind: 'none', unknown: 'places' });
  });

  it('says a word no talk has as it was typed', () => {
    const none = new Bot({
      events: [event(EN, 'Harbour Conf 2024')],
      talks: [talk(EN, 'fleet', 'Running a container fleet', 'Bin packing')],
    }).ask('IT talks');
    expect(none).toMatchObject({ kind: 'none', unmatched: ['IT'] });
  });
});

describe('a slip corrected only to a word the notes say', () => {
  it('never reads "chat" as the "cheat" of an address', () => {
    for (const asked of ['chat bots', 'anything about a chat system?', 'chat'])
      expect(ids(bot.ask(asked)), asked).not.toContain('vault');
    expect(ids(bot.ask('chatbot'))).toEqual(['helpdesk']);
  });
});

describe('a subject and the kind of thing it is built as', () => {
  it("is the subject's talks where none says both, saying which word was left out", () => {
    for (const asked of ['chat system', 'chat systems'])
      expect(bot.ask(asked), asked).toMatchObject({
        kind: 'talks',
        scope: { dropped: asked.includes('systems') ? 'systems' : 'system' },
        hits: [{ id: 'helpdesk' }],
      });
    // A subject's word no talk has is no kind of thing: said to be missing, not left out.
    expect(bot.ask('distributed tracing')).toMatchObject({
      kind: 'none',
      unmatched: ['distributed'],
    });
  });
});
