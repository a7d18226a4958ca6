import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../adapters/discord/commands.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { APPLICATION_ID, GUILD_ID } from '../../fakes/discord/payloads.ts';
import { freePort } from '../../helpers.ts';
import { TOKEN } from './harness.ts';
import { run } from './run.ts';

/** `npm run discord:register`, run as a user runs it, against the fake Discord. */
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});

afterAll(async () => {
  await fake?.close();
});

const register = (env: Record<string, string>) =>
  run(['--import', 'tsx', 'adapters/discord/register-commands.ts'], env);

describe('discord:register', () => {
  it('overwrites the global commands in bulk with /qcon', async () => {
    const script = register({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(await script.exited).toBe(0);
    expect(script.output().stdout).toContain('globally');
    const put = await fake.waitForRequest(
      (r) => r.path === `/applications/${APPLICATION_ID}/commands`,
    );
    expect(put.method).toBe('PUT');
    expect(put.body).toEqual(COMMANDS);
    const [qcon] = put.body;
    expect(qcon.name).toBe('qcon');
    expect(qcon.options[0]).toMatchObject({ name: 'query', type: 3, autocomplete: true });
    expect(qcon.options[1]).toMatchObject({ name: 'private', type: 5 });
  });

  it('overwrites the commands of DISCORD_GUILD_ID when it is set', async () => {
    const script = register({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: GUILD_ID,
    });
    expect(await script.exited).toBe(0);
    expect(script.output().stdout).toContain(`in guild ${GUILD_ID}`);
    const put = await fake.waitForRequest(
      (r) => r.path === `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
    );
    expect(put.method).toBe('PUT');
    expect(put.body).toEqual(COMMANDS);
  });

  it('says Discord could not be reached, with exit code 3, when the network fails', async () => {
    const script = register({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: `http://127.0.0.1:${await freePort()}/api`,
    });
    expect(await script.exited).toBe(3);
    const { stderr } = script.output();
    expect(stderr).toMatch(/^discord:register: could not reach Discord: .*ECONNREFUSED/m);
    expect(stderr).not.toMatch(/refused|^\s+at /m);
  });

  it('says which variable is missing instead of calling Discord', async () => {
    const script = register({});
    expect(await script.exited).toBe(2);
    expect(script.output().stderr).toContain('DISCORD_TOKEN is not set');
  });
});
