/**
 * Wire contract of the community's people (issue 13): the secretary adds volunteers and grid workers
 * (people sent down to help, 下沉干部) with an end date, hands each a one-time sign-in code, assigns
 * volunteers to buildings, sees everyone with role, last sync and end, and ends an account at once.
 * The person redeems the code on their own phone: sets a password and is signed in with that role.
 * Routes (src/server/routes/people-routes.ts):
 *   GET  /api/v1/people                      → peopleResponseSchema (the community's accounts)
 *   POST /api/v1/people                      addPersonRequestSchema → addPersonResponseSchema (201)
 *   PATCH /api/v1/people/:personId           updatePersonRequestSchema → personResponseSchema
 *   POST /api/v1/people/:personId/end        → personResponseSchema (ended now; its sessions revoked)
 *   POST /api/v1/people/:personId/sign-in-code → signInCodeResponseSchema (a new code; earlier unused ones stop working)
 *   POST /api/v1/auth/sign-in-code/check     checkSignInCodeRequestSchema → signInCodeInfoSchema
 *   POST /api/v1/auth/sign-in-code/redeem    redeemSignInCodeRequestSchema → loginResponseSchema
 */
import { z } from 'zod';
import { idField, mobileField, nameField, workDateField } from '../fields';
import { USER_ROLES } from '../sync-protocol';

/** Roles the community adds from the app (a secretary is added by an administrator). */
export const PERSON_ROLES = ['volunteer', 'grid_worker'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** A one-time sign-in code: 12 digits (shown grouped, 4-4-4), good for one use within 24 hours. */
export const SIGN_IN_CODE_PATTERN = /^\d{12}$/;
export const SIGN_IN_CODE_TTL_HOURS = 24;
export const MIN_PASSWORD_LENGTH = 8;

export const signInCodeField = z
  .string({ error: 'sign_in_code_invalid' })
  .transform((v) => v.replace(/[\s-]/g, ''))
  .refine((v) => SIGN_IN_CODE_PATTERN.test(v), { error: 'sign_in_code_invalid' });

export const newPasswordField = z
  .string({ error: 'password_too_short' })
  .min(MIN_PASSWORD_LENGTH, { error: 'password_too_short' })
  .max(200, { error: 'password_too_long' });

const idList = (max: number) => z.array(idField, { error: 'invalid_id' }).max(max, { error: 'too_many' });

export const addPersonRequestSchema = z
  .object({
    name: nameField,
    /** Their mobile: also their username. */
    phone: mobileField,
    role: z.enum(PERSON_ROLES, { error: 'role_invalid' }),
    /** A volunteer's buildings. */
    buildingIds: idList(100).default([]),
    /** A grid worker's grid(s). */
    gridIds: idList(10).default([]),
    /** The last day the account works (China time); from the day after, it can no longer sign in or sync. */
    endsOn: workDateField,
  })
  .superRefine((person, ctx) => {
    if (person.role === 'volunteer' && person.buildingIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['buildingIds'], message: 'buildings_required', input: person.buildingIds });
    }
    if (person.role === 'grid_worker' && person.gridIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['gridIds'], message: 'grids_required', input: person.gridIds });
    }
  });
export type AddPersonRequest = z.input<typeof addPersonRequestSchema>;

export const updatePersonRequestSchema = z
  .object({ buildingIds: idList(100), gridIds: idList(10), endsOn: workDateField })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { error: 'nothing_to_change' });
export type UpdatePersonRequest = z.input<typeof updatePersonRequestSchema>;

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  phone: z.string().nullable(),
  role: z.enum(USER_ROLES).or(z.string()),
  buildingIds: z.array(z.string()),
  gridIds: z.array(z.string()),
  /** When the account ends (ISO), null: no end. */
  endsAt: z.string().nullable(),
  /** Whether it has ended (endsAt passed, or disabled). */
  ended: z.boolean(),
  /** The last time any of its phones synced (ISO), null: never. */
  lastSyncAt: z.string().nullable(),
  /** Whether a sign-in code is waiting to be used (the person has not set a password yet). */
  codePending: z.boolean(),
});
export type Person = z.output<typeof personSchema>;

export const peopleResponseSchema = z.object({ people: z.array(personSchema) });
export type PeopleResponse = z.output<typeof peopleResponseSchema>;

export const personResponseSchema = z.object({ person: personSchema });

export const signInCodeSchema = z.object({
  /** 12 digits; the QR code holds <origin>/join?code=<code>. */
  code: z.string(),
  expiresAt: z.string(),
});
export type SignInCode = z.output<typeof signInCodeSchema>;

export const signInCodeResponseSchema = z.object({ signInCode: signInCodeSchema });
export const addPersonResponseSchema = z.object({ person: personSchema, signInCode: signInCodeSchema });
export type AddPersonResponse = z.output<typeof addPersonResponseSchema>;

export const checkSignInCodeRequestSchema = z.object({ code: signInCodeField });
/** Who the code is for, shown before the password is set. */
export const signInCodeInfoSchema = z.object({
  name: z.string(),
  username: z.string(),
  role: z.enum(USER_ROLES).or(z.string()),
  communityName: z.string().nullable(),
  expiresAt: z.string(),
});
export type SignInCodeInfo = z.output<typeof signInCodeInfoSchema>;

export const redeemSignInCodeRequestSchema = z.object({
  code: signInCodeField,
  password: newPasswordField,
  deviceId: z.string().min(1).max(100).optional(),
});
export type RedeemSignInCodeRequest = z.input<typeof redeemSignInCodeRequestSchema>;
