import { z } from 'zod';

// The site's Content-Security-Policy forbids eval, so zod must not compile validators with
// `new Function` (nor probe whether it may: the probe itself is reported as a violation). Every
// schema imports zod from here, so the setting is made before any of them parses anything.
z.config({ jitless: true });

export { z };
