import { z } from 'zod';
import { roles } from './accounts.table.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.ts';

/** A new user, as `shirehall user add` or an admin gives it. */
export const newUserSchema = z.object({
  email: z.email({ error: 'Enter an email address in the correct format, like name@example.org' }),
  displayName: z.string().trim().min(1, { error: 'Enter a name' }).max(200),
  role: z.enum(roles, { error: `Choose a role: ${roles.join(', ')}` }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Password must be ${MIN_PASSWORD_LENGTH} characters or more` })
    .max(MAX_PASSWORD_LENGTH, { error: `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer` }),
  personId: z.number().int().positive().nullable().optional(),
});

/** The sign-in form. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, { error: 'Enter your email address' }).max(320, { error: 'Enter a correct email address and password' }),
  password: z.string().min(1, { error: 'Enter your password' }).max(1024, { error: 'Enter a correct email address and password' }),
});
