// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import { createEventValidator } from "@lucca-events/core";
import { API_VERSION, type LuccaEventMap, type UnknownLuccaEvent } from "./events.js";
import { withStandardSchema } from "./standard-schema.js";
import {
  isLuccaEventEnvelope,
  isBusinessEstablishmentCreatedEvent,
  isBusinessEstablishmentDeletedEvent,
  isBusinessEstablishmentUpdatedEvent,
  isCalendarEventCreatedEvent,
  isCalendarEventDeletedEvent,
  isCalendarEventUpdatedEvent,
  isDepartmentCreatedEvent,
  isDepartmentDeletedEvent,
  isDepartmentUpdatedEvent,
  isEmployeePersonalRecordCreatedEvent,
  isEmployeePersonalRecordUpdatedEvent,
  isEmployeeCreatedEvent,
  isEmployeeDeletedEvent,
  isEmployeeUpdatedEvent,
  isEmploymentCreatedEvent,
  isEmploymentDeletedEvent,
  isEmploymentUpdatedEvent,
  isJobPositionCreatedEvent,
  isJobPositionDeletedEvent,
  isJobPositionUpdatedEvent,
  isJobQualificationCreatedEvent,
  isJobQualificationDeletedEvent,
  isJobQualificationUpdatedEvent,
  isLeaveRequestDecisionCreatedEvent,
  isLeaveRequestCreatedEvent,
  isLeaveRequestDeletedEvent,
  isLeaveRequestUpdatedEvent,
  isLeaveCreatedEvent,
  isLeaveDeletedEvent,
  isLeaveUpdatedEvent,
  isLegalEntityCreatedEvent,
  isLegalEntityDeletedEvent,
  isLegalEntityUpdatedEvent,
  isOccupationCategoryCreatedEvent,
  isOccupationCategoryDeletedEvent,
  isOccupationCategoryUpdatedEvent,
  isTestCreatedEvent,
} from "./validators.js";

/**
 * Validates a parsed delivery body: reads `topic` first and checks the value against that topic's
 * schema only. Returns `{ ok: true, event }` with the event typed by its topic, or
 * `{ ok: false, reason, issues }`; an unknown topic also returns its envelope as `event`.
 * It is also a Standard Schema (`~standard`), for libraries that accept one.
 *
 * @example
 * const result = validateEvent(JSON.parse(body));
 * if (result.ok && result.event.topic === "employee.created") console.log(result.event.data.email);
 */
export const validateEvent = /* @__PURE__ */ withStandardSchema(
  /* @__PURE__ */ createEventValidator<LuccaEventMap, UnknownLuccaEvent>({
    apiVersion: API_VERSION,
    validators: {
      "business-establishment.created": isBusinessEstablishmentCreatedEvent,
      "business-establishment.deleted": isBusinessEstablishmentDeletedEvent,
      "business-establishment.updated": isBusinessEstablishmentUpdatedEvent,
      "calendar-event.created": isCalendarEventCreatedEvent,
      "calendar-event.deleted": isCalendarEventDeletedEvent,
      "calendar-event.updated": isCalendarEventUpdatedEvent,
      "department.created": isDepartmentCreatedEvent,
      "department.deleted": isDepartmentDeletedEvent,
      "department.updated": isDepartmentUpdatedEvent,
      "employee-personal-record.created": isEmployeePersonalRecordCreatedEvent,
      "employee-personal-record.updated": isEmployeePersonalRecordUpdatedEvent,
      "employee.created": isEmployeeCreatedEvent,
      "employee.deleted": isEmployeeDeletedEvent,
      "employee.updated": isEmployeeUpdatedEvent,
      "employment.created": isEmploymentCreatedEvent,
      "employment.deleted": isEmploymentDeletedEvent,
      "employment.updated": isEmploymentUpdatedEvent,
      "job-position.created": isJobPositionCreatedEvent,
      "job-position.deleted": isJobPositionDeletedEvent,
      "job-position.updated": isJobPositionUpdatedEvent,
      "job-qualification.created": isJobQualificationCreatedEvent,
      "job-qualification.deleted": isJobQualificationDeletedEvent,
      "job-qualification.updated": isJobQualificationUpdatedEvent,
      "leave-request-decision.created": isLeaveRequestDecisionCreatedEvent,
      "leave-request.created": isLeaveRequestCreatedEvent,
      "leave-request.deleted": isLeaveRequestDeletedEvent,
      "leave-request.updated": isLeaveRequestUpdatedEvent,
      "leave.created": isLeaveCreatedEvent,
      "leave.deleted": isLeaveDeletedEvent,
      "leave.updated": isLeaveUpdatedEvent,
      "legal-entity.created": isLegalEntityCreatedEvent,
      "legal-entity.deleted": isLegalEntityDeletedEvent,
      "legal-entity.updated": isLegalEntityUpdatedEvent,
      "occupation-category.created": isOccupationCategoryCreatedEvent,
      "occupation-category.deleted": isOccupationCategoryDeletedEvent,
      "occupation-category.updated": isOccupationCategoryUpdatedEvent,
      "test.created": isTestCreatedEvent,
    },
    isEnvelope: isLuccaEventEnvelope,
  }),
);
