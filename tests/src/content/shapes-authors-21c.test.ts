import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (21c): live blogs in other languages. */

describe('a live blog with quoted titles and "by" in other languages', () => {
  it('reads «Title», por / de / di / par Name, a kind before it, and a panel "moderada por … con …"', () => {
    const { talks } = post(
      '---',
      'title: "Ao vivo: TDC Floripa 2025, dia 2"',
      '---',
      'Atualizo ao longo do dia.',
      '',
      '**09:00** — Credenciamento, fila enorme.',
      '',
      '**09:40** — Abre a keynote de Renata Lopes (Nubank): «Sistemas que envelhecem bem». Ótima abertura.',
      '',
      '**10:30** — «Filas sem mistério», de Caio Prado e Júlia Rocha (PicPay). Mostraram SQS vs Kafka. Slides: https://speakerdeck.com/caioprado/filas-sem-misterio',
      '',
      '**11:15** — Palestra relâmpago: «Deno na borda» — Tiago Nunes. Curta e boa.',
      '',
      '**12:00** — Almoço.',
      '',
      '**14:00** — Mesa redonda «¿Microsserviços morreram?» moderada por Ana Vidal, con Bruno Lima (iFood) y Carla Dias (Stone). Resposta: não.',
      '',
      '**15:00** — «Tipi sicuri in Go», di Marco Neri (Satispay). Generics, finalmente.',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind, t.time])).toEqual([
      ['Sistemas que envelhecem bem', ['Renata Lopes @ Nubank'], 'Keynote', '09:40'],
      ['Filas sem mistério', ['Caio Prado @ PicPay', 'Júlia Rocha @ PicPay'], undefined, '10:30'],
      ['Deno na borda', ['Tiago Nunes'], 'Lightning talk', '11:15'],
      [
        '¿Microsserviços morreram?',
        ['Ana Vidal', 'Bruno Lima @ iFood', 'Carla Dias @ Stone'],
        'Panel',
        '14:00',
      ],
      ['Tipi sicuri in Go', ['Marco Neri @ Satispay'], undefined, '15:00'],
    ]);
    expect(kinds(talks[1])).toEqual(['slides']);
    expect(talks[1]?.summary).toBe('Mostraram SQS vs Kafka.');
    expect(talks[3]?.summary).toBe('Resposta: não.');
  });

  it('reads a timed line of a labelled speaker, then the labelled quoted title', () => {
    const { talks } = post(
      '# TDC Floripa 2025 ao vivo',
      '',
      '**14:30** — Palestrante: Bia Torres (Loft). Palestra: «Monorepos sem dor». Nx com cache remoto.',
      '',
      '**15:30** — Speaker: Ravi Shah (Monzo). Talk: "Ledgers that balance". Double entry, always.',
    );
    expect(talks.map((t) => [t.title, who(t), t.time, t.summary])).toEqual([
      ['Monorepos sem dor', ['Bia Torres @ Loft'], '14:30', 'Nx com cache remoto.'],
      ['Ledgers that balance', ['Ravi Shah @ Monzo'], '15:30', 'Double entry, always.'],
    ]);
  });

  it('keeps a timed line whose "de" names no one a moment, not a talk', () => {
    const { talks } = post(
      '# TDC Floripa 2025 ao vivo',
      '',
      '**09:00** — «Café da manhã», de graça para todos.',
      '',
      '**10:30** — «Filas sem mistério», de Caio Prado (PicPay). Bom.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Filas sem mistério']);
  });
});
