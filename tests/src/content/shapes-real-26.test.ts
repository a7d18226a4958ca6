import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real notes posts (round 26): what authors outside English write. */

describe('a table of talks whose columns are named in another language', () => {
  it.each([
    ['Palestra', 'Palestrante'],
    ['Charla', 'Ponente'],
    ['Vortrag', 'Sprecher'],
    ['Доклад', 'Спикер'],
    ['セッション', '登壇者'],
    ['세션', '발표자'],
    ['Titel', 'Referenten'],
  ])('reads | %s | %s | as titles and speakers', (title, speaker) => {
    const { talks } = post(
      '# Hafenkonferenz 2026',
      '',
      `| Dia | ${title} | ${speaker} |`,
      '|---|---|---|',
      '| 1 | Filas sem dor | Ana Prado |',
      '| 2 | Grafos en producción | Iker Zubia · Nubeko |',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Filas sem dor', ['Ana Prado']],
      ['Grafos en producción', ['Iker Zubia @ Nubeko']],
    ]);
  });
});

describe('an index table of talks over headings that shorten each title', () => {
  it('is one talk per row: the full title, the notes under the heading of the same person', () => {
    const { talks } = post(
      '# Notas del congreso Itsasoa IX',
      '',
      '## Índice de charlas',
      '',
      '| # | Charla | Ponente |',
      '|---|---|---|',
      '| 1 | Colas que no se caen: diseño de reintentos | Maite Urrutia · Olatu Labs |',
      '| 2 | Sensores baratos, datos caros | Jon Arrieta Goikoetxea |',
      '',
      '## Resumen ejecutivo',
      '',
      '### Reintentos — Maite Urrutia',
      '- Backoff con jitter siempre.',
      '',
      '### Sensores — Jon Arrieta (Kresala)',
      '- Calibrar antes de medir.',
    );
    expect(talks.map((t) => [t.id, t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'colas-que-no-se-caen-diseño-de-reintentos',
        'Colas que no se caen: diseño de reintentos',
        ['Maite Urrutia @ Olatu Labs'],
        ['Backoff con jitter siempre.'],
      ],
      [
        'sensores-baratos-datos-caros',
        'Sensores baratos, datos caros',
        ['Jon Arrieta @ Kresala'],
        ['Calibrar antes de medir.'],
      ],
    ]);
  });
});

describe("a page of one talk: its title, then a speaker's label over the people", () => {
  it('is that talk, its company from the role line, its sections the notes', () => {
    const { talks } = post(
      '# Guia de migração sem susto',
      '',
      '### Encontro Postgres Recife 2026',
      '',
      '**Palestrante:** Lúcia Andrade  ',
      '**Engenheira de dados — Maré Sistemas**  ',
      '**Certificada em coisas**',
      '',
      '## Sobre a apresentação',
      '',
      '- Migrar é mudar de plataforma',
      '',
      '## Rollback',
      '',
      '- Sem volta, sem plano',
      '',
      '## Sobre a palestrante',
      '',
      '**Lúcia Andrade**',
      '',
      '- Engenheira de dados',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Guia de migração sem susto', ['Lúcia Andrade @ Maré Sistemas']],
    ]);
  });

  it('reads a label on its own line over a line per person, then their company', () => {
    const { talks } = post(
      '# Очереди без боли',
      '',
      '_Авторы:_',
      'Анна Лебедева',
      'Олег Ким',
      'Яндекс',
      '',
      '## Зачем',
      '',
      '- Очередь — это не база',
      '',
      '## Итоги',
      '',
      '- Повторы с джиттером',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Очереди без боли', ['Анна Лебедева @ Яндекс', 'Олег Ким @ Яндекс']],
    ]);
  });

  it('leaves a post of talks, each with its own speaker line, as its talks', () => {
    const { talks } = post(
      '# Filas sem dor',
      '',
      'Palestrante: Ana Prado',
      '',
      '- Reenvio com espera',
      '',
      '# Grafos na prática',
      '',
      'Palestrante: Rui Costa',
      '',
      '- Índices primeiro',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Filas sem dor', ['Ana Prado']],
      ['Grafos na prática', ['Rui Costa']],
    ]);
  });
});

describe('a Japanese title that opens with words in 「…」 and goes on after them', () => {
  it('keeps its brackets where they stand, its speaker after the dash or "by"', () => {
    const { talks } = post(
      '# 港カンファレンス 2026 参加レポート',
      '',
      '## 「型」から考えるAPI設計 — 山田太郎 (Acme)',
      '',
      '- 型を先に書く',
      '',
      '## 「速い」は正義 by Ken Mori',
      '',
      '- 計測から',
      '',
      '## 「Goのジェネリクス、3年目の現実」— 小林 大輔',
      '',
      '- 使いどころ',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['「型」から考えるAPI設計', ['山田太郎 @ Acme']],
      ['「速い」は正義', ['Ken Mori']],
      ['Goのジェネリクス、3年目の現実', ['小林 大輔']],
    ]);
  });
});

describe("a question heading of the author's in a post whose talks name their speakers", () => {
  it('is no talk; a question that names its speaker is', () => {
    const { talks, problems } = post(
      '# 港カンファレンス 2026 参加レポート',
      '',
      '## なぜ参加したのか？',
      '',
      '- 勉強のため',
      '',
      '## 型安全なAPI設計 — 山田太郎 (Acme)',
      '',
      '- 型を先に書く',
      '',
      '## Is Kubernetes too hard? — Ana Prado',
      '',
      '- no',
      '',
      '## どうだった？',
      '',
      '- 楽しかった',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['型安全なAPI設計', ['山田太郎 @ Acme']],
      ['Is Kubernetes too hard?', ['Ana Prado']],
    ]);
    expect(problems.map((p) => p.message)).toContain(
      '"どうだった？" skipped as not a talk: a question the author answers, not a talk',
    );
  });

  it('stays a talk in a post whose headings name no one', () => {
    const { talks } = post(
      '# Notes',
      '',
      '## Is Kubernetes too hard?',
      '',
      '- no',
      '',
      '## Queues',
      '',
      '- yes',
    );
    expect(talks.map((t) => t.title)).toEqual(['Is Kubernetes too hard?', 'Queues']);
  });
});

describe('a post titled by its front matter, its first line "-- Name (Company)"', () => {
  it('is the one talk of that title, by that speaker, its headings the talk’s parts', () => {
    const { talks } = post(
      '---',
      'title: Filas que escalam sem drama',
      '---',
      '',
      '-- Beatriz Lins (Frevo Apps)',
      '-- [@bialins](https://example.org/bialins) no fediverso',
      '',
      '"O que é uma fila?", assim Beatriz abriu sua palestra.',
      '',
      '## Cultura:',
      '',
      '- medir tudo',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Filas que escalam sem drama', ['Beatriz Lins @ Frevo Apps']],
    ]);
  });

  it('needs the company: "— a short note" opens no talk', () => {
    const { talks } = post(
      '---',
      'title: Minhas notas',
      '---',
      '',
      '— escrito no avião',
      '',
      '- nada',
    );
    expect(talks).toEqual([]);
  });
});

describe('a page of one talk titled by the word for a talk', () => {
  it.each([
    ['# Palestra', 'Nome: Filas sem dor', 'Palestrante: Ana Prado', 'Empresa: Fila'],
    ['# Talk', 'Title: Filas sem dor', 'Speaker: Ana Prado', 'Company: Fila'],
    ['# Vortrag', 'Titel: Filas sem dor', 'Sprecher: Ana Prado', 'Firma: Fila'],
  ])('takes its title field as the title (%s)', (heading, title, speaker, company) => {
    const { talks } = post(heading, '', title, speaker, company, '', '## Resumo', '', '- reenvio');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([['Filas sem dor', ['Ana Prado @ Fila']]]);
    expect(talks[0]?.notes.map((n) => n.text)).not.toContain(title);
  });
});

describe('"#Title" written without the space after the mark', () => {
  it('heads a talk where the post writes its talks so', () => {
    const { talks } = post(
      '#Filas sem dor',
      'Palestrante: Ana Prado (Fila)',
      '',
      '- reenvio com espera',
      '',
      '#Grafos na prática',
      'Palestrante: Rui Costa',
      '',
      '- índices primeiro',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Filas sem dor', ['Ana Prado @ Fila']],
      ['Grafos na prática', ['Rui Costa']],
    ]);
  });

  it('leaves tags as tags: one word, lower case, or beside another tag', () => {
    const { talks } = post(
      '# DevDays 2026',
      '',
      '## Queues without pain — Ana Prado',
      '',
      '#kubecon',
      '#todo check the slides',
      '#Kubernetes #Platform',
      '',
      '- jitter',
    );
    expect(talks.map((t) => t.title)).toEqual(['Queues without pain']);
    expect(talks[0]?.notes.map((n) => n.text)).toContain('#todo check the slides');
  });
});
