import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Questions a team asks in chat that the previous rounds misread, against invented notes: an
 * English conference, a German and a Japanese one, and Russian notes.
 */
const [EN, DE, JA, RU] = ['tidepool-2025', 'nordtage-2024', 'kaigi-2024', 'vstrecha-2023'];

const bot = new Bot({
  events: [
    event(EN, 'Tidepool Conf 2025'),
    event(DE, 'Nordtage Bremen 2024'),
    event(JA, 'Minato Kaigi 2024'),
    event(RU, 'Vstrecha 2023'),
  ],
  talks: [
    talk(EN, 'belonging', 'Belonging on small teams', 'Our DEI programme; hiring panels'),
    talk(EN, 'queues', 'Queues in practice', 'Backpressure; retries'),
    talk(EN, 'rust-threads', 'Fearless concurrency in Rust', 'Threads; channels'),
    talk(EN, 'mainframe', 'Retiring a legacy billing system', 'Strangler fig; COBOL'),
    talk(EN, 'tracing-bugs', 'Debugging production with traces', 'Spans; sampling'),
    talk(EN, 'keys', 'Encryption keys at rest', 'KMS; rotation'),
    talk(EN, 'curious', 'A culture of learning', 'Hire for curiosity'),
    talk(DE, 'goroutinen', 'Nebenläufigkeit in Go', 'Goroutinen statt Locks'),
    talk(DE, 'altanwendung', 'Containerisierung einer Altanwendung', 'Schritt für Schritt'),
    talk(DE, 'fehlersuche', 'Fehlersuche im Betrieb', 'Logs lesen; Hypothesen'),
    talk(JA, 'ms-ja', 'マイクロサービスの分割', 'ドメインで分ける; チーム単位'),
    talk(JA, 'metrics-ja', 'メトリクス入門', 'ゲージとカウンター'),
    talk(RU, 'ms-ru', 'Микросервисы без боли', 'Границы сервисов; команды'),
    talk(EN, 'services', 'Splitting a monolith into microservices', 'Seams; data ownership'),
    talk(EN, 'pairing', 'Pairing across time zones', 'Async handoffs; shared notes', {
      speakers: [
        { name: 'Rosa Vidal', company: 'Lumen' },
        { name: 'Omar Haddad', company: 'Lumen' },
      ],
    }),
    talk(EN, 'rosa-solo', 'Writing design docs', 'Templates; reviews', {
      speakers: [{ name: 'Rosa Vidal', company: 'Lumen' }],
    }),
    talk(EN, 'omar-solo', 'Cheap staging environments', 'Ephemeral clusters', {
      speakers: [{ name: 'Omar Haddad', company: 'Lumen' }],
    }),
  ],
});

describe('an acronym typed in capitals', () => {
  it('is the subject, not the Italian "dei" it is spelled like once folded', () => {
    expect(ids(bot.ask('DEI talks'))).toEqual(['belonging']);
    expect(ids(bot.ask('any DEI talks?'))).toEqual(['belonging']);
  });

  it('where no talk has it, is said so, not answered with every talk', () => {
    const answer = bot.ask('any DES talks?');
    expect(answer).toMatchObject({ kind: 'none', unmatched: ['des'] });
  });

  it('keeps the small word its meaning when typed small, or when the whole question shouts', () => {
    expect(ids(bot.ask('i talk dei microservizi'))).toContain('services');
    expect(ids(bot.ask('TALKS ABOUT ENCRYPTION'))).toEqual(['keys']);
  });
});

describe('a subject in another language with no ending in common with the English', () => {
  it('finds the English talks, and an English question the German ones', () => {
    expect(ids(bot.ask('Nebenläufigkeit'))).toEqual(
      expect.arrayContaining(['rust-threads', 'goroutinen']),
    );
    expect(ids(bot.ask('concurrency'))).toEqual(
      expect.arrayContaining(['rust-threads', 'goroutinen']),
    );
    expect(ids(bot.ask('legacy'))).toEqual(expect.arrayContaining(['mainframe', 'altanwendung']));
    expect(ids(bot.ask('Vorträge über Altanwendungen'))).toContain('mainframe');
    expect(ids(bot.ask('debugging'))).toEqual(
      expect.arrayContaining(['tracing-bugs', 'fehlersuche']),
    );
    expect(ids(bot.ask('¿charlas sobre depuración?'))).toContain('tracing-bugs');
    expect(ids(bot.ask('débogage'))).toContain('tracing-bugs');
    expect(ids(bot.ask('sistemas heredados'))).toContain('mainframe');
    for (const asked of ['Lernkultur', 'cultura aziendale', 'cultura organizacional'])
      expect(ids(bot.ask(asked))[0], asked).toBe('curious');
  });
});

describe('a subject in Japanese, Chinese, Korean or Russian', () => {
  it('finds the talks in every language that name it', () => {
    for (const asked of ['マイクロサービス', '微服务', '마이크로서비스', 'микросервисы']) {
      const found = ids(bot.ask(asked));
      expect(found, asked).toEqual(expect.arrayContaining(['services', 'ms-ja', 'ms-ru']));
      expect(found, asked).not.toContain('queues');
    }
  });

  it('reads a Russian word past its case ending', () => {
    expect(ids(bot.ask('доклады о микросервисах'))).toEqual(
      expect.arrayContaining(['services', 'ms-ru']),
    );
  });

  it('answers an English question with notes that write the loanword', () => {
    expect(ids(bot.ask('microservices'))).toEqual(
      expect.arrayContaining(['services', 'ms-ja', 'ms-ru']),
    );
    expect(ids(bot.ask('any talks on metrics?'))).toEqual(['metrics-ja']);
  });
});

describe('"what else did they talk about" after a talk of two speakers', () => {
  const live = () =>
    new LiveBot(bot, {
      contentDir: '/nonexistent',
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
  const alice = { surface: 'slack', place: 'C1', user: 'U-alice' };

  it('lists the talks of both speakers, not a question back', async () => {
    for (const asked of ['what else did they talk about', 'other talks by the speakers']) {
      const chat = live();
      await chat.ask('pairing across time zones', alice);
      const more = await chat.ask(asked, alice);
      expect(more, asked).toMatchObject({ kind: 'talks', scope: { kind: 'speaker' } });
      expect(ids(more).sort(), asked).toEqual(['omar-solo', 'pairing', 'rosa-solo']);
      await chat.close();
    }
  });

  it('asks which one where one person is meant', async () => {
    const chat = live();
    await chat.ask('pairing across time zones', alice);
    expect(await chat.ask('more from her', alice)).toMatchObject({ reason: 'which-speaker' });
    await chat.close();
  });

  it('answers the same asked by the names together', () => {
    expect(ids(bot.ask('what did Rosa Vidal and Omar Haddad say')).sort()).toEqual([
      'omar-solo',
      'pairing',
      'rosa-solo',
    ]);
  });
});

describe('spellings of one tech term', () => {
  const spelt = new Bot({
    events: [event(EN, 'Tidepool Conf 2025'), event(DE, 'Nordtage Bremen 2024')],
    talks: [
      talk(EN, 'joined', 'Firecracker microVMs in production', 'Boot in 125 ms'),
      talk(EN, 'apart', 'Sandboxing functions', 'One micro VM per tenant'),
      talk(DE, 'hyphen', 'Serverless mit Mikro-VMs', 'Firecracker und Kata'),
      talk(EN, 'runtime', 'Porting to ASP.NET Core', 'Middleware; hosting'),
      talk(EN, 'aot', 'Native AOT', 'Startup time in .NET 8'),
      // A title whose leading dot the notes' heading lost.
      talk(EN, 'bare', 'NET 9 in containers', 'Chiseled images'),
      talk(EN, 'oncall', 'On-call without burnout', 'A safety net of runbooks'),
      talk(EN, 'cluster', 'Running Kubernetes at the edge', 'Small nodes'),
    ],
  });

  it('finds a microVM however it is written, in English or German', () => {
    for (const asked of ['micro vms', 'microvms', 'microVM talks', 'Mikro-VMs', 'mikro vms'])
      expect(ids(spelt.ask(asked)).sort(), asked).toEqual(['apart', 'hyphen', 'joined']);
  });

  it('reads .NET, dotnet and dot net as the platform, not a safety net', () => {
    for (const asked of ['dotnet', '.NET talks', 'anything on .net?', 'dot net'])
      expect(ids(spelt.ask(asked)).sort(), asked).toEqual(['aot', 'bare', 'runtime']);
  });

  it('reads k8s as Kubernetes', () => {
    expect(ids(spelt.ask('k8s talks'))).toEqual(['cluster']);
  });
});

describe('a detail of the talk asked alone, after it', () => {
  const chat = () =>
    new LiveBot(bot, {
      contentDir: '/nonexistent',
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
  const bob = { surface: 'discord', place: 'G1', user: 'U-bob' };

  it('is about that talk, never a search for the word "time"', async () => {
    const asked: [string, string][] = [
      // A time of day (`clock`), which a day alone does not answer (q37).
      ['what time?', 'clock'],
      ['when?', 'time'],
      ['and the date?', 'time'],
      ['what time did it start?', 'clock'],
      ['um wie viel Uhr?', 'clock'],
      ['¿a qué hora?', 'clock'],
      ['which room?', 'room'],
      ['where?', 'room'],
      ['how long?', 'length'],
      ['speaker?', 'speakers'],
    ];
    for (const [question, focus] of asked) {
      const live = chat();
      await live.ask('talk writing design docs', bob);
      const answer = await live.ask(question, bob);
      expect(answer, question).toMatchObject({ kind: 'talk', focus, talk: { id: 'rosa-solo' } });
      await live.close();
    }
  });

  it('is a question of its own with a subject beside it', async () => {
    const live = chat();
    await live.ask('talk writing design docs', bob);
    expect(ids(await live.ask('staging environments', bob))).toEqual(['omar-solo']);
    await live.close();
  });
});

describe('"talk" as the Italian plural, before what the talks are about', () => {
  it('lists the talks on the subject, not one talk opened', () => {
    for (const asked of [
      'talk sui microservizi',
      'talk dei microservizi',
      'talk sulla crittografia',
    ])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'talks' });
    expect(ids(bot.ask('talk sui microservizi'))).toContain('services');
    expect(bot.ask('talk queues in practice')).toMatchObject({ kind: 'talk' });
  });
});

describe('when and where the conference was, in other languages', () => {
  it('gives the events, as "when was the conference?" does', () => {
    for (const asked of [
      'wann war die Konferenz?',
      'wo fand die Konferenz statt?',
      '¿cuándo fue la conferencia?',
      'où a eu lieu la conférence ?',
      'quando è stata la conferenza?',
      'onde foi o evento?',
    ])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'events' });
  });
});

describe('the key takeaways asked in a sentence', () => {
  it('is the overview, as "key takeaways" is, and of a talk that talk', () => {
    // Of notes of several events, the overview is the events.
    for (const asked of ['what are the key takeaways', 'what were the main lessons?'])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'events' });
    expect(ids(bot.ask('what were the key takeaways of the design docs talk'))[0]).toBe(
      'rosa-solo',
    );
  });
});

describe('"what did she say about X" after a talk', () => {
  it('asks the subject of that talk’s speaker, not of every talk', async () => {
    const live = new LiveBot(bot, {
      contentDir: '/nonexistent',
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
    const carol = { surface: 'slack', place: 'C9', user: 'U-carol' };
    await live.ask('talk writing design docs', carol);
    const answer = await live.ask('what did she say about reviews?', carol);
    expect(answer).toMatchObject({ kind: 'talks', scope: { kind: 'speaker', name: 'Rosa Vidal' } });
    expect(ids(answer)[0]).toBe('rosa-solo');
    expect(ids(answer)).not.toContain('queues');
    await live.close();
  });
});

describe('something interesting asked for, with no subject', () => {
  it('is a way in, saying the notes rank no talk, not "no match"', () => {
    for (const asked of [
      'anything interesting?',
      "what's worth watching?",
      'surprise me',
      // asked as a request: the request's words are no subject
      'tell me something interesting',
      'show us something cool',
      'give me something worth watching',
    ])
      expect(bot.ask(asked), asked).toMatchObject({
        kind: 'talks',
        scope: { kind: 'list', unknown: 'ratings', sampled: true },
      });
  });

  it('with a subject, is that subject', () => {
    expect(ids(bot.ask('anything interesting about encryption?'))).toEqual(['keys']);
    expect(ids(bot.ask('tell me something interesting about encryption'))).toEqual(['keys']);
  });
});
