import type { Library } from '../../../src/model.ts';
import { event, talk } from './library-fixture.ts';

/**
 * Two editions of one conference and an edition of its sister whose notes gave no talk (round
 * q53), and one conference written up three years running; invented.
 */
export const US = 'pycon-us-2023';
export const UK = 'pycon-uk-2023';

export const q53Library: Library = {
  events: [
    event(US, 'PyCon US 2023'),
    event(UK, 'PyCon UK 2023'),
    event('pycon-uk-2022', 'PyCon UK 2022'),
    event('devoxx-2022', 'Devoxx 2022'),
    event('devoxx-2023', 'Devoxx 2023'),
    event('devoxx-2024', 'Devoxx 2024'),
  ],
  talks: [
    talk(UK, 'packaging', 'Packaging without tears', 'pyproject files; build backends compared', {
      speakers: [{ name: 'Ada Lane' }],
    }),
    talk(UK, 'teaching', 'Teaching Python to teenagers', 'turtle graphics; classroom stories', {
      speakers: [{ name: 'Tom Reed' }],
    }),
    talk('pycon-uk-2022', 'async', 'Async all the way down', 'event loops; trio and asyncio'),
    talk(
      'devoxx-2022',
      'records',
      'Java records in practice',
      'less boilerplate; pattern matching',
    ),
    talk('devoxx-2023', 'loom', 'Virtual threads with Loom', 'blocking code that scales'),
    talk(
      'devoxx-2023',
      'boot',
      'Upgrading to Spring Boot 3',
      'the jakarta namespace; native images',
    ),
    talk('devoxx-2024', 'kotlin', 'Coroutines for Java developers', 'structured concurrency'),
  ],
};
