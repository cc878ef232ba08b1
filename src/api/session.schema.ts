import { z } from 'zod';
import { apiSchemas } from './common.schema.ts';

/** A CSRF token for writes made with a session cookie. */
export const csrfTokenSchema = z.object({ token: z.string().describe('Send it in the x-csrf-token header of POST and PATCH requests') }).register(apiSchemas, { id: 'CsrfToken' });
