// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
/**
 * @module
 * Typed events, ahead-of-time validators and webhook helpers for Lucca API version 2024-11-01.
 *
 * @example
 * import { createWebhookHandler } from "@lucca-events/2024-11-01";
 * const handler = createWebhookHandler({ secret, on: { "employee.created": (event) => event.data } });
 */
export * from "@lucca-events/core";
export { API_VERSION, TOPICS } from "./events.js";
export type {
  LuccaEvent,
  LuccaEventMap,
  LuccaEventTopic,
  PreviousAttributes,
  UnknownLuccaEvent,
  BusinessEstablishmentCreatedEvent,
  BusinessEstablishmentDeletedEvent,
  BusinessEstablishmentUpdatedEvent,
  CalendarEventCreatedEvent,
  CalendarEventDeletedEvent,
  CalendarEventUpdatedEvent,
  DepartmentCreatedEvent,
  DepartmentDeletedEvent,
  DepartmentUpdatedEvent,
  EmployeePersonalRecordCreatedEvent,
  EmployeePersonalRecordUpdatedEvent,
  EmployeeCreatedEvent,
  EmployeeDeletedEvent,
  EmployeeUpdatedEvent,
  EmploymentCreatedEvent,
  EmploymentDeletedEvent,
  EmploymentUpdatedEvent,
  JobPositionCreatedEvent,
  JobPositionDeletedEvent,
  JobPositionUpdatedEvent,
  JobQualificationCreatedEvent,
  JobQualificationDeletedEvent,
  JobQualificationUpdatedEvent,
  LeaveRequestDecisionCreatedEvent,
  LeaveRequestCreatedEvent,
  LeaveRequestDeletedEvent,
  LeaveRequestUpdatedEvent,
  LeaveCreatedEvent,
  LeaveDeletedEvent,
  LeaveUpdatedEvent,
  LegalEntityCreatedEvent,
  LegalEntityDeletedEvent,
  LegalEntityUpdatedEvent,
  OccupationCategoryCreatedEvent,
  OccupationCategoryDeletedEvent,
  OccupationCategoryUpdatedEvent,
  TestCreatedEvent,
} from "./events.js";
export type * from "./resources.js";
export type { components, operations, paths } from "./openapi.js";
export {
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
export { validateEvent } from "./validate-event.js";
export { createWebhookHandler, parseWebhook, processInbox } from "./webhook.js";
export { DEFAULT_SENSITIVE_NAMES, REDACTED, SENSITIVE_FIELDS, redact } from "./redact.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
