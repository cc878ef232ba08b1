import { z } from 'zod';
import { roles } from './accounts.table.ts';

/** A new user, as `shirehall user add` or an admin gives it. */
export const newUserSchema = z.object({
  email: z.email({ error: 'Enter an email address in the correct format, like name@example.org' }),
  displayName: z.string().trim().min(1, { error: 'Enter a name' }).max(200),
  role: z.enum(roles, { error: `Choose a role: ${roles.join(', ')}` }),
  password: z.string().min(10, { error: 'Password must be 10 characters or more' }).max(200),
  personId: z.number().int().positive().nullable().optional(),
});

/** The sign-in form. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, { error: 'Enter your email address' }),
  password: z.string().min(1, { error: 'Enter your password' }),
});
