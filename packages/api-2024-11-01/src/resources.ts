// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
/**
 * ISO 3166-1 alpha-3 country code.
 */
export type CountryCode =
  | "FRA"
  | "ESP"
  | "DEU"
  | "CHE"
  | "ITA"
  | "GBR"
  | "USA"
  | "BEL"
  | "CAN"
  | "ABW"
  | "AFG"
  | "AGO"
  | "AIA"
  | "ALA"
  | "ALB"
  | "AND"
  | "ARE"
  | "ARG"
  | "ARM"
  | "ASM"
  | "ATA"
  | "ATF"
  | "ATG"
  | "AUS"
  | "AUT"
  | "AZE"
  | "BDI"
  | "BEN"
  | "BES"
  | "BFA"
  | "BGD"
  | "BGR"
  | "BHR"
  | "BHS"
  | "BIH"
  | "BLM"
  | "BLR"
  | "BLZ"
  | "BMU"
  | "BOL"
  | "BRA"
  | "BRB"
  | "BRN"
  | "BTN"
  | "BVT"
  | "BWA"
  | "CAF"
  | "CCK"
  | "CHL"
  | "CHN"
  | "CIV"
  | "CMR"
  | "COD"
  | "COG"
  | "COK"
  | "COL"
  | "COM"
  | "CPV"
  | "CRI"
  | "CUB"
  | "CUW"
  | "CXR"
  | "CYM"
  | "CYP"
  | "CZE"
  | "DJI"
  | "DMA"
  | "DNK"
  | "DOM"
  | "DZA"
  | "ECU"
  | "EGY"
  | "ERI"
  | "ESH"
  | "EST"
  | "ETH"
  | "FIN"
  | "FJI"
  | "FLK"
  | "FRO"
  | "FSM"
  | "GAB"
  | "GEO"
  | "GGY"
  | "GHA"
  | "GIB"
  | "GIN"
  | "GLP"
  | "GMB"
  | "GNB"
  | "GNQ"
  | "GRC"
  | "GRD"
  | "GRL"
  | "GTM"
  | "GUF"
  | "GUM"
  | "GUY"
  | "HKG"
  | "HMD"
  | "HND"
  | "HRV"
  | "HTI"
  | "HUN"
  | "IDN"
  | "IMN"
  | "IND"
  | "IOT"
  | "IRL"
  | "IRN"
  | "IRQ"
  | "ISL"
  | "ISR"
  | "JAM"
  | "JEY"
  | "JOR"
  | "JPN"
  | "KAZ"
  | "KEN"
  | "KGZ"
  | "KHM"
  | "KIR"
  | "KNA"
  | "KOR"
  | "KWT"
  | "LAO"
  | "LBN"
  | "LBR"
  | "LBY"
  | "LCA"
  | "LIE"
  | "LKA"
  | "LSO"
  | "LTU"
  | "LUX"
  | "LVA"
  | "MAC"
  | "MAF"
  | "MAR"
  | "MCO"
  | "MDA"
  | "MDG"
  | "MDV"
  | "MEX"
  | "MHL"
  | "MKD"
  | "MLI"
  | "MLT"
  | "MMR"
  | "MNE"
  | "MNG"
  | "MNP"
  | "MOZ"
  | "MRT"
  | "MSR"
  | "MTQ"
  | "MUS"
  | "MWI"
  | "MYS"
  | "MYT"
  | "NAM"
  | "NCL"
  | "NER"
  | "NFK"
  | "NGA"
  | "NIC"
  | "NIU"
  | "NLD"
  | "NOR"
  | "NPL"
  | "NRU"
  | "NZL"
  | "OMN"
  | "PAK"
  | "PAN"
  | "PCN"
  | "PER"
  | "PHL"
  | "PLW"
  | "PNG"
  | "POL"
  | "PRI"
  | "PRK"
  | "PRT"
  | "PRY"
  | "PSE"
  | "PYF"
  | "QAT"
  | "REU"
  | "ROU"
  | "RUS"
  | "RWA"
  | "SAU"
  | "SDN"
  | "SEN"
  | "SGP"
  | "SGS"
  | "SHN"
  | "SJM"
  | "SLB"
  | "SLE"
  | "SLV"
  | "SMR"
  | "SOM"
  | "SPM"
  | "SRB"
  | "SSD"
  | "STP"
  | "SUR"
  | "SVK"
  | "SVN"
  | "SWE"
  | "SWZ"
  | "SXM"
  | "SYC"
  | "SYR"
  | "TCA"
  | "TCD"
  | "TGO"
  | "THA"
  | "TJK"
  | "TKL"
  | "TKM"
  | "TLS"
  | "TON"
  | "TTO"
  | "TUN"
  | "TUR"
  | "TUV"
  | "TWN"
  | "TZA"
  | "UGA"
  | "UKR"
  | "UMI"
  | "URY"
  | "UZB"
  | "VAT"
  | "VCT"
  | "VEN"
  | "VGB"
  | "VIR"
  | "VNM"
  | "VUT"
  | "WLF"
  | "WSM"
  | "YEM"
  | "ZAF"
  | "ZMB"
  | "ZWE";
/**
 * An Api-Version date (`YYYY-MM-DD`); 2024-11-01 is the only documented one.
 */
export type ApiVersion = "2024-11-01";
/**
 * Documented shapes: IBAN (bankName, accountIdentifier, bankIdentifier), other (bankName, accountNumber, routingNumber) and the older IBAN example (iban, bic).
 */
export type BankAccount = IbanBankAccount | LegacyIbanBankAccount | OtherBankAccount;
/**
 * UTC creation time (Lucca's `date-time-offset` format).
 */
export type CreatedAt = string;
/**
 * UTC time of the last change.
 */
export type LastUpdatedAt = string;
/**
 * Seen as an object and as null.
 */
export type NullableLinks = Links | null;
/**
 * Seen as an object and as null.
 */
export type NullableEmbedded = Embedded | null;
export type CloudEventBatch = CloudEvent[];
/**
 * ISO 4217 currency code (includes codes withdrawn recently but possibly stored).
 */
export type CurrencyCode =
  | "EUR"
  | "AED"
  | "AFN"
  | "ALL"
  | "AMD"
  | "ANG"
  | "AOA"
  | "ARS"
  | "AUD"
  | "AWG"
  | "AZN"
  | "BAM"
  | "BBD"
  | "BDT"
  | "BGN"
  | "BHD"
  | "BIF"
  | "BMD"
  | "BND"
  | "BOB"
  | "BOV"
  | "BRL"
  | "BSD"
  | "BTN"
  | "BWP"
  | "BYN"
  | "BZD"
  | "CAD"
  | "CDF"
  | "CHE"
  | "CHF"
  | "CHW"
  | "CLF"
  | "CLP"
  | "CNY"
  | "COP"
  | "COU"
  | "CRC"
  | "CUC"
  | "CUP"
  | "CVE"
  | "CZK"
  | "DJF"
  | "DKK"
  | "DOP"
  | "DZD"
  | "EGP"
  | "ERN"
  | "ETB"
  | "FJD"
  | "FKP"
  | "GBP"
  | "GEL"
  | "GHS"
  | "GIP"
  | "GMD"
  | "GNF"
  | "GTQ"
  | "GYD"
  | "HKD"
  | "HNL"
  | "HTG"
  | "HUF"
  | "IDR"
  | "ILS"
  | "INR"
  | "IQD"
  | "IRR"
  | "ISK"
  | "JMD"
  | "JOD"
  | "JPY"
  | "KES"
  | "KGS"
  | "KHR"
  | "KMF"
  | "KPW"
  | "KRW"
  | "KWD"
  | "KYD"
  | "KZT"
  | "LAK"
  | "LBP"
  | "LKR"
  | "LRD"
  | "LSL"
  | "LYD"
  | "MAD"
  | "MDL"
  | "MGA"
  | "MKD"
  | "MMK"
  | "MNT"
  | "MOP"
  | "MRU"
  | "MUR"
  | "MVR"
  | "MWK"
  | "MXN"
  | "MXV"
  | "MYR"
  | "MZN"
  | "NAD"
  | "NGN"
  | "NIO"
  | "NOK"
  | "NPR"
  | "NZD"
  | "OMR"
  | "PAB"
  | "PEN"
  | "PGK"
  | "PHP"
  | "PKR"
  | "PLN"
  | "PYG"
  | "QAR"
  | "RON"
  | "RSD"
  | "RUB"
  | "RWF"
  | "SAR"
  | "SBD"
  | "SCR"
  | "SDG"
  | "SEK"
  | "SGD"
  | "SHP"
  | "SLE"
  | "SLL"
  | "SOS"
  | "SRD"
  | "SSP"
  | "STN"
  | "SVC"
  | "SYP"
  | "SZL"
  | "THB"
  | "TJS"
  | "TMT"
  | "TND"
  | "TOP"
  | "TRY"
  | "TTD"
  | "TWD"
  | "TZS"
  | "UAH"
  | "UGX"
  | "USD"
  | "USN"
  | "UYI"
  | "UYU"
  | "UYW"
  | "UZS"
  | "VED"
  | "VES"
  | "VND"
  | "VUV"
  | "WST"
  | "XAF"
  | "XAG"
  | "XAU"
  | "XBA"
  | "XBB"
  | "XBC"
  | "XBD"
  | "XCD"
  | "XCG"
  | "XDR"
  | "XOF"
  | "XPD"
  | "XPF"
  | "XPT"
  | "XSU"
  | "XTS"
  | "XUA"
  | "XXX"
  | "YER"
  | "ZAR"
  | "ZMW"
  | "ZWG"
  | "ZWL";
/**
 * Half-day position; known values `firstHalfDay` and `secondHalfDay`, the full enum was not captured so any string is accepted.
 */
export type DayPosition = string;
/**
 * Read-only, computed from the employments.
 */
export type EmploymentStatus = "active" | "upcoming" | "deactivated";
/**
 * `type` is a discriminator, not the resource name. The denial type value is inferred.
 */
export type LeaveRequestDecision = LeaveRequestApprovalDecision | LeaveRequestDenialDecision;
/**
 * The created endpoint plus its signing secret, returned this one time only.
 */
export type WebhookEndpointCreated = WebhookEndpoint & {
  secret: string;
};

/**
 * Which fields may be null was not captured; null is accepted for the strings.
 */
export interface Address {
  addressLines?: string[];
  postalCode?: string | null;
  locality?: string | null;
  administrativeArea?: string | null;
  countryCode?: CountryCode;
}
export interface IbanBankAccount {
  format: "iban";
  bankName?: string | null;
  /**
   * The IBAN.
   */
  accountIdentifier?: string;
  /**
   * The BIC.
   */
  bankIdentifier?: string | null;
}
/**
 * @deprecated
 * Shape of an older documentation example.
 */
export interface LegacyIbanBankAccount {
  format: "iban";
  iban?: string;
  bic?: string | null;
}
export interface OtherBankAccount {
  format: "other";
  bankName?: string | null;
  accountNumber?: string;
  routingNumber?: string | null;
}
export interface BirthDay {
  day?: number;
  /**
   * 1 = January.
   */
  month?: number;
}
/**
 * holidaysCalendar appears in some snapshots only; it is optional.
 */
export interface BusinessEstablishment {
  id: string;
  type: "business-establishment";
  url: string;
  name: string;
  remoteId?: string | null;
  isArchived?: boolean;
  legalEntity?: LegalEntityReference;
  isHeadquarters?: boolean;
  taxIdentificationNumber?: TaxIdentificationNumber | null;
  industryCode?: IndustryCode | null;
  address?: Address | null;
  /**
   * IANA time zone.
   */
  timezoneId?: string;
  holidaysCalendar?: HolidaysCalendarReference;
  lastArchivedAt?: string | null;
  createdAt?: CreatedAt;
  lastUpdatedAt?: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Reference to a resource of type `legal-entity`.
 */
export interface LegalEntityReference {
  id: string;
  type: "legal-entity";
  url: string;
}
/**
 * Both `france…` and `french…` spellings are documented and accepted.
 */
export interface TaxIdentificationNumber {
  format: "franceSIRET" | "frenchSIRET" | "franceSIREN" | "frenchSIREN" | "other";
  value: string;
}
/**
 * APE/NAF (`franceAPE` or `frenchAPE`); CNAE, WZ and NAICS are supported but their format values were not captured, so `format` is any string.
 */
export interface IndustryCode {
  format: string;
  value: string;
}
/**
 * Reference to a resource of type `holidays-calendar`.
 */
export interface HolidaysCalendarReference {
  id: string;
  type: "holidays-calendar";
  url: string;
}
/**
 * Related resources by name; a value is null when the caller may not see it.
 */
export interface Links {
  [k: string]: Link | null | undefined;
}
export interface Link {
  href: string;
}
/**
 * Full representations keyed by resource type, then by id.
 */
export interface Embedded {
  [k: string]:
    | {
        [k: string]: {} | undefined;
      }
    | undefined;
}
/**
 * Reference to a resource of type `business-establishment`.
 */
export interface BusinessEstablishmentReference {
  id: string;
  type: "business-establishment";
  url: string;
}
/**
 * Not documented in v5; only the properties every resource has are modelled.
 */
export interface CalendarEvent {
  id: string;
  type: "calendar-event";
  url: string;
}
/**
 * CloudEvents form of an event. The field mapping is not documented; the inferred one is id ← id, source ← source, type ← topic, time ← occurredAt, data ← data.
 */
export interface CloudEvent {
  specversion: string;
  id: string;
  source: string;
  /**
   * The event topic (inferred).
   */
  type: string;
  time?: string;
  datacontenttype?: string;
  data?: {};
}
export interface CollectionLinks {
  prev?: Link | null;
  next?: Link | null;
  [k: string]: Link | null | undefined;
}
/**
 * Not attached to a business establishment, so department events carry `businessEstablishment: null` (inferred).
 */
export interface Department {
  id: string;
  type: "department";
  url: string;
  name: string;
  remoteId?: string | null;
  isArchived?: boolean;
  description?: string | null;
  parent?: DepartmentReference | null;
  /**
   * 1 for a root department.
   */
  level?: number;
  manager?: EmployeeReference | null;
  sortOrder?: number;
  /**
   * When set, only that application may write the department.
   */
  owningApplication?: string | null;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Reference to a resource of type `department`.
 */
export interface DepartmentReference {
  id: string;
  type: "department";
  url: string;
}
/**
 * Reference to a resource of type `employee`.
 */
export interface EmployeeReference {
  id: string;
  type: "employee";
  url: string;
}
/**
 * givenName/familyName accept up to 255 characters (one 2024-11-01 snapshot said 100); employeeNumber has no maximum (the latest pages say 50).
 */
export interface Employee {
  id: string;
  type: "employee";
  url: string;
  givenName: string;
  familyName: string;
  /**
   * Professional email; `<` and `>` are forbidden.
   */
  email: string | null;
  remoteId?: string | null;
  portrait?: PortraitReference | null;
  employeeNumber?: string | null;
  status?: EmploymentStatus;
  /**
   * Derived from the personal record's birthDate; null accepted.
   */
  birthDay?: BirthDay | null;
  phoneNumber?: string | null;
  applicableEmployment?: EmploymentReference;
  applicableJobPosition?: JobPositionReference;
  createdAt?: CreatedAt;
  lastUpdatedAt?: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Reference to a resource of type `portrait`.
 */
export interface PortraitReference {
  id: string;
  type: "portrait";
  url: string;
}
/**
 * Reference to a resource of type `employment`.
 */
export interface EmploymentReference {
  id: string;
  type: "employment";
  url: string;
}
/**
 * Reference to a resource of type `job-position`.
 */
export interface JobPositionReference {
  id: string;
  type: "job-position";
  url: string;
}
/**
 * title accepts the longest documented enum; bankAccount accepts the three documented shapes; phoneNumber accepts null (latest pages).
 */
export interface EmployeePersonalRecord {
  id: string;
  type: "employee-personal-record";
  url: string;
  employee: EmployeeReference;
  title?: "unknown" | "mister" | "miss" | "misses" | "mizz" | "doctor" | "professor" | "master";
  legalGender?: "unknown" | "male" | "female" | "diverse";
  birthDate?: string | null;
  insuranceNumber?: InsuranceNumber | null;
  /**
   * @maxItems 1
   */
  nationalitiesCountryCodes?: [] | [CountryCode];
  bankAccount?: BankAccount | null;
  phoneNumber?: string | null;
  /**
   * Personal email.
   */
  email?: string | null;
  createdAt?: CreatedAt;
  lastUpdatedAt?: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * The value of format `other` is not validated by Lucca.
 */
export interface InsuranceNumber {
  format: "frenchSSN" | "other";
  value: string;
}
/**
 * links may hold `probationaryPeriods` (newer) or `trialPeriods` (older); both are plain keys of the open Links object.
 */
export interface Employment {
  id: string;
  type: "employment";
  url: string;
  start: EmploymentStart;
  end?: EmploymentEnd | null;
  template: EmploymentTemplateReference;
  remoteId?: string | null;
  employee?: EmployeeReference;
  legalEntity?: LegalEntityReference;
  status?: EmploymentStatus;
  document?: FileReference | null;
  createdAt?: CreatedAt;
  lastUpdatedAt?: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Only `date` was captured; other fields are allowed.
 */
export interface EmploymentStart {
  date: string;
}
/**
 * Fields not captured; `date` is inferred from `start`.
 */
export interface EmploymentEnd {
  date?: string;
}
/**
 * Reference to a resource of type `employment-template`.
 */
export interface EmploymentTemplateReference {
  id: string;
  type: "employment-template";
  url: string;
}
/**
 * Reference to a resource of type `file`.
 */
export interface FileReference {
  id: string;
  type: "file";
  url: string;
}
/**
 * An event as delivered to a webhook endpoint or listed by `GET /lucca-api/events`. `source` + `id` is the uniqueness key. `topic` is `<resource-type>.<created|updated|deleted>`; the documentation's lone `confirmation` topic value is not listed (see the version README).
 */
export interface LuccaEventEnvelope {
  /**
   * Unique (per `source`) event id.
   */
  id: string;
  type: "event";
  /**
   * Absolute URL of the event resource.
   */
  url: string;
  topic:
    | "business-establishment.created"
    | "business-establishment.deleted"
    | "business-establishment.updated"
    | "calendar-event.created"
    | "calendar-event.deleted"
    | "calendar-event.updated"
    | "department.created"
    | "department.deleted"
    | "department.updated"
    | "employee-personal-record.created"
    | "employee-personal-record.updated"
    | "employee.created"
    | "employee.deleted"
    | "employee.updated"
    | "employment.created"
    | "employment.deleted"
    | "employment.updated"
    | "job-position.created"
    | "job-position.deleted"
    | "job-position.updated"
    | "job-qualification.created"
    | "job-qualification.deleted"
    | "job-qualification.updated"
    | "leave-request-decision.created"
    | "leave-request.created"
    | "leave-request.deleted"
    | "leave-request.updated"
    | "leave.created"
    | "leave.deleted"
    | "leave.updated"
    | "legal-entity.created"
    | "legal-entity.deleted"
    | "legal-entity.updated"
    | "occupation-category.created"
    | "occupation-category.deleted"
    | "occupation-category.updated"
    | "test.created";
  /**
   * When the change happened (with offset); use it to reorder events.
   */
  occurredAt: string;
  /**
   * URL of the tenant (account) the event comes from.
   */
  source: string;
  /**
   * The resource just after the change (the last representation for `*.deleted`), in the schema of `apiVersion`; its schema is the resource named by the topic.
   */
  data: {};
  /**
   * Version of the `data` representation. Checked by the validator itself, hence no const.
   */
  apiVersion?: string;
  /**
   * The establishment of the changed resource, if any.
   */
  businessEstablishment?: BusinessEstablishmentReference | null;
  /**
   * Only on *.updated, and only for some resources: changed attribute names → previous values. A null value means was-null or unknown. Modelled at the top level as in the schema (the prose says `data.previousAttributes`, which `data` also admits).
   */
  previousAttributes?: {};
}
export interface EventCollection {
  type: "events";
  url: string;
  totalCount?: number;
  items: LuccaEventEnvelope[];
  links?: CollectionLinks | null;
  embedded?: Embedded | null;
}
/**
 * jobTitle accepts up to 1024 characters (one snapshot said 250); the changed-attribute list is `updatedAttributes` (newer) or `changedAttributes` (older), both accepted.
 */
export interface JobPosition {
  id: string;
  type: "job-position";
  url: string;
  employment: EmploymentReference;
  startsOn: string;
  /**
   * Computed, inclusive.
   */
  endsOn?: string | null;
  businessEstablishment: BusinessEstablishmentReference;
  department: DepartmentReference;
  remoteId?: string | null;
  employee?: EmployeeReference;
  status?: EmploymentStatus;
  jobTitle?: string | null;
  jobQualification?: JobQualificationReference | null;
  manager?: EmployeeReference | null;
  occupationCategory?: OccupationCategoryReference | null;
  workingTimeArrangement?: WorkingTimeArrangementReference;
  document?: FileReference | null;
  notes?: string | null;
  t9n?: T9N;
  /**
   * Attributes changed compared with the previous job position.
   */
  updatedAttributes?: string[];
  /**
   * @deprecated
   * Older spelling of `updatedAttributes`.
   */
  changedAttributes?: string[];
  createdAt?: CreatedAt;
  lastUpdatedAt?: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Reference to a resource of type `job-qualification`.
 */
export interface JobQualificationReference {
  id: string;
  type: "job-qualification";
  url: string;
}
/**
 * Reference to a resource of type `occupation-category`.
 */
export interface OccupationCategoryReference {
  id: string;
  type: "occupation-category";
  url: string;
}
/**
 * Reference to a resource of type `working-time-arrangement`.
 */
export interface WorkingTimeArrangementReference {
  id: string;
  type: "working-time-arrangement";
  url: string;
}
/**
 * Translations keyed by attribute, then by language tag (`fr` or `fr-FR`).
 */
export interface T9N {
  [k: string]:
    | {
        [k: string]: string | undefined;
      }
    | undefined;
}
export interface JobQualification {
  id: string;
  type: "job-qualification";
  url: string;
  title: string;
  profession: ProfessionReference;
  rank: number;
  t9n?: T9N;
  createdAt?: CreatedAt;
  lastUpdatedAt?: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Reference to a resource of type `profession`.
 */
export interface ProfessionReference {
  id: string;
  type: "profession";
  url: string;
}
/**
 * Only part of the schema was captured (leave account, status, leave request, duration are named in prose only); other properties are allowed.
 */
export interface Leave {
  id: string;
  type: "leave";
  url: string;
  /**
   * First day, inclusive.
   */
  startsOn: string;
  /**
   * Last day, inclusive.
   */
  endsOn: string;
  employee: EmployeeReference;
  startPosition?: DayPosition;
  endPosition?: DayPosition;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Reference to a resource of type `leave`.
 */
export interface LeaveReference {
  id: string;
  type: "leave";
  url: string;
}
/**
 * status accepts `rejected` (the enum) and `denied` (the description's word).
 */
export interface LeaveRequest {
  id: string;
  type: "leave-request";
  url: string;
  status: "pending" | "approved" | "rejected" | "denied";
  /**
   * @minItems 1
   */
  leaves: [LeaveReference, ...LeaveReference[]];
  employee?: EmployeeReference;
  /**
   * The next expected decision-maker.
   */
  expectedApprover?: EmployeeReference | null;
  createdAt: CreatedAt;
  lastUpdatedAt: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
export interface LeaveRequestApprovalDecision {
  id: string;
  type: "leave-request-approval-decision";
  url: string;
  leaveRequest: LeaveRequestReference;
  comment?: string | null;
  createdAt?: CreatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Reference to a resource of type `leave-request`.
 */
export interface LeaveRequestReference {
  id: string;
  type: "leave-request";
  url: string;
}
/**
 * The type value `leave-request-denial-decision` is inferred (not captured).
 */
export interface LeaveRequestDenialDecision {
  id: string;
  type: "leave-request-denial-decision";
  url: string;
  leaveRequest: LeaveRequestReference;
  comment: string;
  createdAt?: CreatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * lastArchivedAt also accepts the string "null" shown in the documentation's example.
 */
export interface LegalEntity {
  id: string;
  type: "legal-entity";
  url: string;
  legalName: string;
  countryCode: CountryCode;
  currencyCode: CurrencyCode;
  remoteId?: string | null;
  isArchived?: boolean;
  taxIdentificationNumber?: TaxIdentificationNumber | null;
  industryCode?: IndustryCode | null;
  lastArchivedAt?: string | null | "null";
  createdAt?: CreatedAt;
  lastUpdatedAt?: LastUpdatedAt;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
export interface OccupationCategory {
  id: string;
  type: "occupation-category";
  url: string;
  title?: string;
  /**
   * null means all establishments, including future ones.
   */
  businessEstablishments?:
    [BusinessEstablishmentReference, ...BusinessEstablishmentReference[]] | null;
  t9n?: T9N;
  links?: NullableLinks;
  embedded?: NullableEmbedded;
}
/**
 * Data of `test.created` (not documented); only the properties every resource has are modelled.
 */
export interface Test {
  id: string;
  type: "test";
  url: string;
}
/**
 * `name` and `apiVersion` appear in newer snapshots only; `contentType` in older ones only. Both are accepted.
 */
export interface WebhookEndpoint {
  id: string;
  type: "webhook-endpoint";
  url: string;
  name?: string;
  /**
   * The Api-Version pinned for the `data` of delivered events.
   */
  apiVersion?: string;
  /**
   * Where events are POSTed; must be https.
   */
  webhookUrl: string;
  topics: string[];
  /**
   * Establishments whose events are delivered; null means all.
   */
  businessEstablishments?:
    [BusinessEstablishmentReference, ...BusinessEstablishmentReference[]] | null;
  /**
   * active: delivered. suspended: too many errors, events kept. inactive: not sent, not kept.
   */
  status: "active" | "suspended" | "inactive";
  contentType?: "default" | "cloudEvents";
  createdAt?: string;
  lastUpdatedAt?: string;
  links?: Links | null;
}
export interface WebhookEndpointCollection {
  type: "webhook-endpoints";
  url: string;
  totalCount?: number;
  items: WebhookEndpoint[];
  links?: CollectionLinks | null;
  embedded?: Embedded | null;
}
export interface WebhookEndpointCreateRequest {
  name: string;
  apiVersion: string;
  webhookUrl: string;
  topics: string[];
  businessEstablishments?:
    [BusinessEstablishmentReference, ...BusinessEstablishmentReference[]] | null;
  contentType?: "default" | "cloudEvents";
}
