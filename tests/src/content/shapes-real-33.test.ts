import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Round r33: shapes of real notes posts the bot had never seen. */

describe('a Polish post naming its speakers in prose', () => {
  it('reads the speakers the notes name as the subject, the object or after "przez"', () => {
    const { talks } = post(
      '---',
      'title: Relacja – Testfest Kraków 2019',
      '---',
      '',
      '### Testy kontraktowe w praktyce',
      '',
      'Na początku **Jan Wiśniewski** i **Anna Zielińska** przedstawili, czym są kontrakty.',
      '',
      '### Chmura bez tajemnic',
      '',
      '**Marek Lis** z firmy **Chmurex** opowiadał, jak przenieść monolit do chmury.',
      '',
      '### Kod, który się czyta',
      '',
      'O czytelności kodu opowiadała nam Agnieszka Nowak.',
      '',
      '### Zespół w kryzysie',
      '',
      'Prezentacja prowadzona była przez **Pawła Sowę**. Ciekawa historia o zespole.',
      '',
      '### Narzędzia do testów',
      '',
      'Prelegent pokazał Visual Studio. Potem było pytanie z sali.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Testy kontraktowe w praktyce', ['Jan Wiśniewski', 'Anna Zielińska']],
      ['Chmura bez tajemnic', ['Marek Lis @ Chmurex']],
      ['Kod, który się czyta', ['Agnieszka Nowak']],
      ['Zespół w kryzysie', ['Paweł Sowa']],
      ['Narzędzia do testów', []],
    ]);
  });

  it('reads them under a bold line that sets a talk apart', () => {
    const { talks } = post(
      '# Mobilna sobota 2012',
      '',
      '### Prelekcje',
      '',
      '**Aplikacje na zegarki**',
      '',
      'Kolejnym wykładem były zegarki, podczas którego Tomasz Kowal pokazał kilka nowości.',
      '',
      '**Testy na emulatorze**',
      '',
      'Widać było, że prowadząca Marta Mazur zna temat od podszewki.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Aplikacje na zegarki', ['Tomasz Kowal']],
      ['Testy na emulatorze', ['Marta Mazur']],
    ]);
  });
});
