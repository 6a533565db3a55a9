/**
 * Wire contract of the residents' help page (微邻里, issue 13): no sign-in; the unit poster's token is
 * the only key. The page learns only what the poster already says (building, unit, community) and
 * answers a request with "sent" or a clear error: never anything from the register.
 * Routes (src/server/routes/public-help-routes.ts):
 *   GET  /api/v1/public/help/:token → publicUnitSchema; 404 POSTER_CODE_INVALID (unknown or replaced)
 *   POST /api/v1/public/help/:token publicHelpRequestSchema → publicHelpSentSchema (202);
 *        400 VALIDATION (fields), 404 POSTER_CODE_INVALID, 413, 429 TOO_MANY_REQUESTS (per poster code, per address)
 * The request arrives as an unconfirmed help_request (askedBy resident) of that building and unit.
 */
import { z } from 'zod';
import { helpKindField, needsField } from '../entities/help-request';
import { idField, labelField, nameField, phoneOrLandlineField } from '../fields';

/** The most a request body may weigh (bytes). */
export const MAX_PUBLIC_REQUEST_BYTES = 4096;

export const publicUnitSchema = z.object({
  building: z.string(),
  unit: z.string(),
  community: z.string(),
});
export type PublicUnit = z.output<typeof publicUnitSchema>;

export const publicHelpRequestSchema = z.strictObject(
  {
    /** Chosen by the page (a UUID): sending the same request twice makes one request. */
    requestId: idField,
    room: labelField,
    kind: helpKindField,
    needs: needsField,
    urgent: z.boolean({ error: 'boolean_required' }),
    contactPhone: phoneOrLandlineField,
    contactName: nameField.optional(),
  },
  { error: 'unknown_field' },
);
export type PublicHelpRequest = z.input<typeof publicHelpRequestSchema>;

export const publicHelpSentSchema = z.object({ status: z.literal('sent') });
