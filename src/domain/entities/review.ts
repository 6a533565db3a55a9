/**
 * A review decision (督导—反馈—整改—验收) on a visit, a fever report or a checkpoint entry: append-only,
 * never edited or voided. The secretary approves or returns (with a comment: what is wrong) and
 * accepts a correction; the record's author resubmits a returned record, linking the correction (a new
 * record of the same kind, when it was voided and recorded again). Each decision names the review it
 * was made on (previousId): decisions made on the same one offline are all kept, the later stands
 * (the record's state is derived from its reviews: src/domain/review/review-state.ts).
 */
import { z } from 'zod';
import { idField, nameField, notesField, timestampField } from '../fields';

/** The kinds of record the secretary reviews. */
export const REVIEWED_ENTITIES = ['visit', 'fever_report', 'checkpoint_entry'] as const;
export type ReviewedEntity = (typeof REVIEWED_ENTITIES)[number];

export const REVIEW_DECISIONS = ['approve', 'return', 'resubmit', 'accept'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const reviewSchema = z
  .object({
    recordEntity: z.enum(REVIEWED_ENTITIES, { error: 'record_entity_invalid' }),
    recordId: idField,
    /** Who made the reviewed record (its createdBy): their phone reads the reviews of their records. */
    recordBy: idField,
    decision: z.enum(REVIEW_DECISIONS, { error: 'decision_invalid' }),
    /** What is wrong (required to return), or the author's word on a resubmission. */
    comment: notesField.optional(),
    /** The latest review of the record the decider saw (none: the record was not reviewed). */
    previousId: idField.optional(),
    /** A resubmission's correction: the record of the same kind that replaces the returned one. */
    correctionId: idField.optional(),
    decidedAt: timestampField,
    deciderName: nameField,
  })
  .refine((review) => review.decision !== 'return' || (review.comment ?? '').length > 0, {
    error: 'comment_required',
    path: ['comment'],
  })
  .refine((review) => review.decision === 'resubmit' || review.correctionId === undefined, {
    error: 'correction_only_on_resubmit',
    path: ['correctionId'],
  });
export type Review = z.output<typeof reviewSchema>;
