import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { parseRequest } from '../../../src/query/parse-request.ts';
import { ids, talk } from './library-fixture.ts';

/**
 * Questions as people ask them in chat, over three invented conferences: one whose post has
 * topics (a table of contents), two whose posts have none. Each block is a way a question used
 * to go wrong: the answer a user sees is what is checked.
 */

const TOPICS = 'topicconf-2020';
const CRATE = 'cratecon-2019';
const LOCK = 'lockdev-2022';

const library: Library = {
  events: [
    {
      id: TOPICS,
      name: 'TopicConf Lisbon 2020',
      tags: [],
      topics: ['Security', 'Culture', 'Architecture'],
      file: `${TOPICS}.md`,
    },
    { id: CRATE, name: 'CrateCon Berlin 2019', tags: [], topics: [], file: `${CRATE}.md` },
    { id: LOCK, name: 'LockDev Summit 2022', tags: [], topics: [], file: `${LOCK}.md` },
  ],
  talks: [
    talk(
      TOPICS,
      'cloud-secrets',
      'Secrets in the cloud',
      'Security of access keys is security of everything; rotate credentials; security reviews every week',
      { topic: 'Security', speakers: [{ name: 'Ryan Lane', company: 'Lyft' }] },
    ),
    talk(TOPICS, 'coin-keys', 'Keeping coin keys', 'Wallet security; cold storage in a vault', {
      topic: 'Security',
    }),
    talk(TOPICS, 'learning-culture', 'How to grow a learning culture', 'Culture is who you hire', {
      topic: 'Culture',
    }),
    talk(
      TOPICS,
      'deadly-sins',
      'The deadly sins of microservices',
      'Cargo-culting the patterns of big companies; microservices need automation',
      { topic: 'Architecture' },
    ),
    talk(
      TOPICS,
      'uber-journey',
      "Uber's journey into microservices",
      'Microservices at scale; thousands of services',
      {
        topic: 'Architecture',
        speakers: [{ name: 'Emily Reinhold', company: 'Uber' }],
        links: [{ kind: 'video', text: 'Video', url: 'https://video.example/uber' }],
      },
    ),
    talk(
      CRATE,
      'vault-k8s',
      'Secrets management with Vault on Kubernetes',
      'Vault agent injector; dynamic secrets for every pod; secrets rotation',
      { speakers: [{ name: 'Emily Chen', company: 'HashiCorp' }] },
    ),
    talk(
      CRATE,
      'platform-culture',
      'Building a learning culture in platform teams',
      'Culture matters more than tooling; teams opt in',
    ),
    talk(
      CRATE,
      'serverless-costs',
      'Serverless cost traps',
      'Serverless bills grow with traffic; set cost alerts',
    ),
    talk(CRATE, 'server-fleet', 'Running a server fleet', 'Server capacity planning; server racks'),
    talk(
      CRATE,
      'monolith',
      'Breaking the monolith',
      'Server rendering stays in the monolith; the strangler pattern; secrets move last',
    ),
    talk(
      LOCK,
      'security-champions',
      'Building a security champions program',
      'Security champions in every team; security training that is fun; security budgets',
    ),
    talk(
      LOCK,
      'opa-authz',
      'Authorization for microservices with OPA',
      'Decouple policy from code so the security team can review it; Rego policies',
    ),
    talk(LOCK, 'zero-trust', 'Zero trust is a journey', 'VPNs give a false sense of security'),
    talk(LOCK, 'passkeys', 'Goodbye passwords: passkeys in practice', 'WebAuthn everywhere'),
    talk(
      LOCK,
      'sbom',
      'Software supply chain and SBOMs',
      'A software bill of materials lists every dependency',
    ),
  ],
};
const bot = new Bot(library);

const first = (question: string) => ids(bot.ask(question))[0];
const events = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? [...new Set(answer.hits.map((hit) => hit.event))] : [];
};

describe('mentions, channels, list marks and commands typed into a question', () => {
  it('gives other people and channels named in a question no weight', () => {
    for (const question of [
      'cc @alice uber talk',
      '<@987654321098765432> was asking about the uber talk',
      'uber talk for <@U123ABC>',
      '<@U123ABC|bob> uber talk',
      '<#C123|general> uber talk',
      'uber talk in #general',
      '<@!123> <@&456> uber',
      '<!channel> uber talk',
      'uber talk <!here>',
      '<!subteam^S0614TZR7|@sre> uber talk',
    ])
      expect(first(question), question).toBe('uber-journey');
  });

  it('keeps a hashtag the notes have a word for, and `#3` still picks', () => {
    expect(first('#serverless')).toBe('serverless-costs');
    expect(bot.ask('#3').kind).toBe('none');
    expect(bot.ask('<@U123> thanks')).toMatchObject({ kind: 'help', greeting: 'thanks' });
  });

  it('reads past a list number, a slash command typed in, and emoji codes in a row', () => {
    expect(first('1. serverless')).toBe('serverless-costs');
    expect(first('/qcon opa')).toBe('opa-authz');
    expect(parseRequest('microservices :fire::fire:')).toMatchObject({ words: 'microservices' });
    expect(parseRequest(':+1::skin-tone-2:')).toMatchObject({ kind: 'help', greeting: 'ok' });
    expect(parseRequest('/talk uber')).toMatchObject({ kind: 'talk', target: 'uber' });
  });
});

describe('a topic word with an event or a year', () => {
  it('answers from that event only', () => {
    expect(events('culture at cratecon')).toEqual([CRATE]);
    expect(events('security in 2022')).toEqual([LOCK]);
    expect(events('security at lockdev summit')).toEqual([LOCK]);
    expect(events('culture at topicconf')).toEqual([TOPICS]);
  });
});

describe('topics and the talks about their word in notes without topics', () => {
  it('lists the talks about the word in posts without topics with the topic’s', () => {
    const answer = bot.ask('security talks');
    const found = ids(answer);
    expect(found).toEqual(
      expect.arrayContaining(['cloud-secrets', 'coin-keys', 'security-champions', 'zero-trust']),
    );
    expect(found).not.toContain('passkeys');
    // Not all of them are the topic's: the answer is not titled as the topic.
    expect(answer).toMatchObject({ scope: { kind: 'search' } });
    expect(ids(bot.ask('how many talks on security'))).toEqual(found);
  });

  it('keeps a talk whose summary has the word, however much more another says of it', () => {
    expect(ids(bot.ask('security in 2022'))).toEqual(
      expect.arrayContaining(['security-champions', 'opa-authz', 'zero-trust']),
    );
  });

  it('still lists only the topic where every post has topics', () => {
    expect(bot.ask('security talks at topicconf')).toMatchObject({
      scope: { kind: 'topic', topic: 'Security' },
      total: 2,
    });
  });
});

describe('words read as other words', () => {
  it('corrects a typo to the closest word of the notes, not a shorter one by its stem', () => {
    expect(first('serverles')).toBe('serverless-costs');
    expect(bot.ask('serverles talks')).toMatchObject({
      scope: { correctedFrom: 'serverles talks', words: 'serverless talks' },
      hits: [{ id: 'serverless-costs' }],
    });
  });

  it('reads no whole word as the beginning of a longer one', () => {
    expect(ids(bot.ask('cargo cult'))).toEqual(['deadly-sins']);
    // The notes' ratings, which they lack (a talk of each topic to start with), not "likely".
    expect(bot.ask('which talks did the author like')).toMatchObject({
      scope: { unknown: 'ratings', sampled: true },
    });
  });

  it('reads a stem shared by another word, or a synonym’s, as no match', () => {
    // "finops" means cost; "billing" shares the stem of "bill" (of materials) but is not it.
    expect(ids(bot.ask('finops'))).toEqual(['serverless-costs']);
  });

  it('reads "top 3" as how many, and a German "über" as "about"', () => {
    const top = ids(bot.ask('top 3 security talks'));
    expect(top).toContain('security-champions');
    expect(top).not.toContain('learning-culture');
    expect(ids(bot.ask('über microservices'))).toEqual(
      expect.arrayContaining(['deadly-sins', 'uber-journey', 'opa-authz']),
    );
  });
});

describe('chat that asks for no talk', () => {
  it('answers with the help, a check that the bot is there with a hello', () => {
    for (const question of [
      'what time is it',
      "what's 2+2",
      "you're useless",
      'this is wrong',
      'wrong talk',
      'next page',
      'test',
      "what's your name",
      'are you a bot',
      'how do I add a conference',
    ])
      expect(bot.ask(question), question).toMatchObject({ kind: 'help' });
    for (const question of ['are you there', 'ping', 'hey, are you there?'])
      expect(bot.ask(question), question).toMatchObject({ kind: 'help', greeting: 'hello' });
  });

  it('still searches for the same words in a real question', () => {
    expect(parseRequest('testing')).toMatchObject({ kind: 'search' });
    expect(parseRequest('next.js')).toMatchObject({ kind: 'search' });
    expect(parseRequest('wrong assumptions in distributed systems')).toMatchObject({
      kind: 'search',
    });
    expect(parseRequest('what is 2022')).toMatchObject({ kind: 'search' });
  });
});

describe('talks like another', () => {
  it('lists the talks related to the one named, not that one', () => {
    for (const question of [
      'more like the vault talk',
      'similar to the vault talk',
      'talks like the vault one',
      'related to the vault talk',
    ]) {
      const found = ids(bot.ask(question));
      expect(found, question).not.toContain('vault-k8s');
      expect(found, question).toContain('cloud-secrets');
    }
    expect(parseRequest('talks related to security')).toMatchObject({ kind: 'search' });
  });
});

describe('one everyday word more', () => {
  it('finds the talk named in the question', () => {
    expect(first('does the opa talk have a video')).toBe('opa-authz');
    expect(bot.ask('does the opa talk have a video')).toMatchObject({
      focus: 'video',
      scope: { kind: 'search' },
    });
    expect(bot.ask('does the opa talk have a video')).not.toMatchObject({
      scope: { having: 'video' },
    });
    expect(first('main points of the passkeys talk')).toBe('passkeys');
    expect(first('write me a summary of the passkeys talk')).toBe('passkeys');
    expect(first('need the serverless talk asap')).toBe('serverless-costs');
  });

  it('reads a person from a company, and asks a speaker’s company', () => {
    expect(bot.ask('the woman from uber')).toMatchObject({
      scope: { kind: 'company', name: 'Uber' },
      hits: [{ id: 'uber-journey' }],
    });
    expect(bot.ask('which company did Emily Chen work for')).toMatchObject({
      focus: 'speakers',
      hits: [{ id: 'vault-k8s' }],
    });
  });
});

describe('counting', () => {
  it('answers how many talks and conferences with the counts', () => {
    for (const question of [
      'how many talks in total',
      'total talks?',
      'sessions count',
      'wie viele Vorträge gab es?',
      'combien de talks y a-t-il ?',
      '¿cuántas charlas hubo?',
      'quantas palestras teve?',
      'quanti talk ci sono stati?',
    ])
      expect(bot.ask(question), question).toMatchObject({
        kind: 'help',
        count: true,
        stats: { talks: 15, events: 3 },
      });
    for (const question of [
      'how many conferences',
      'how many talks at each conference',
      'number of talks per event?',
    ])
      expect(bot.ask(question), question).toMatchObject({
        kind: 'events',
        events: [{ talkCount: 5 }, { talkCount: 5 }, { talkCount: 5 }],
      });
    expect(bot.ask('how many talks at cratecon')).toMatchObject({ kind: 'talks', total: 5 });
  });
});
