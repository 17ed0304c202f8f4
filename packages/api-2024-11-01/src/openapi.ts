// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
export interface paths {
  "/lucca-api/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List events
     * @description Events are kept up to 2 months. The representation is negotiated with `Accept`: `application/json` (an event collection) or `application/cloudevents-batch+json`.
     */
    get: operations["listEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/lucca-api/events/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an event
     * @description Lucca's "Events" documentation mentions fetching one event again but does not show the path; this one follows the collection's `{collection}/{id}` convention and each event's own `url`.
     */
    get: operations["getEvent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/lucca-api/webhook-endpoints": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook endpoints */
    get: operations["listWebhookEndpoints"];
    put?: never;
    /**
     * Create a webhook endpoint (BETA)
     * @description BETA: exempt from the no-breaking-change promise. The response is the only place the signing `secret` is ever returned.
     */
    post: operations["createWebhookEndpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/lucca-api/webhook-endpoints/{id}": {
    parameters: {
      query?: never;
      header?: {
        /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
        "Api-Version"?: components["parameters"]["ApiVersion"];
      };
      path: {
        id: components["parameters"]["Id"];
      };
      cookie?: never;
    };
    /** Get a webhook endpoint */
    get: operations["getWebhookEndpoint"];
    put?: never;
    post?: never;
    /** Delete a webhook endpoint */
    delete: operations["deleteWebhookEndpoint"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  activation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Activation challenge
     * @description Sent once after the endpoint is declared; answer 200 with the query value as plain text. The parameter is `echo` in the newest documentation and `challenge` in older copies: read whichever is present.
     */
    get: operations["answerActivationChallenge"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  event: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Event delivery
     * @description One event of the endpoint's pinned Api-Version per request. Reply within 3 seconds with a 2xx (202 recommended: store, acknowledge, process later). Delivery is at least once and unordered: deduplicate with (`source`, `id`), reorder with `occurredAt`.
     */
    post: operations["receiveEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /** @description Which fields may be null was not captured; null is accepted for the strings. */
    Address: {
      addressLines?: string[];
      administrativeArea?: string | null;
      countryCode?: components["schemas"]["CountryCode"];
      locality?: string | null;
      postalCode?: string | null;
    };
    /**
     * Api-Version
     * @description An Api-Version date (`YYYY-MM-DD`); 2024-11-01 is the only documented one.
     * @enum {string}
     */
    ApiVersion: "2024-11-01";
    /** @description Documented shapes: IBAN (bankName, accountIdentifier, bankIdentifier), other (bankName, accountNumber, routingNumber) and the older IBAN example (iban, bic). */
    BankAccount:
      | components["schemas"]["IbanBankAccount"]
      | components["schemas"]["LegacyIbanBankAccount"]
      | components["schemas"]["OtherBankAccount"];
    BirthDay: {
      day?: number;
      /** @description 1 = January. */
      month?: number;
    };
    /**
     * Business establishment
     * @description holidaysCalendar appears in some snapshots only; it is optional.
     */
    BusinessEstablishment: {
      address?: components["schemas"]["Address"] | null;
      createdAt?: components["schemas"]["CreatedAt"];
      embedded?: components["schemas"]["NullableEmbedded"];
      holidaysCalendar?: components["schemas"]["HolidaysCalendarReference"];
      id: string;
      industryCode?: components["schemas"]["IndustryCode"] | null;
      isArchived?: boolean;
      /** @default false */
      isHeadquarters?: boolean;
      /** Format: date-time */
      readonly lastArchivedAt?: string | null;
      lastUpdatedAt?: components["schemas"]["LastUpdatedAt"];
      legalEntity?: components["schemas"]["LegalEntityReference"];
      links?: components["schemas"]["NullableLinks"];
      name: string;
      remoteId?: string | null;
      taxIdentificationNumber?: components["schemas"]["TaxIdentificationNumber"] | null;
      /**
       * @description IANA time zone.
       * @example Europe/Paris
       */
      timezoneId?: string;
      /** @constant */
      type: "business-establishment";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `business-establishment`. */
    BusinessEstablishmentReference: {
      id: string;
      /** @constant */
      type: "business-establishment";
      /** Format: uri */
      url: string;
    };
    /**
     * Calendar event
     * @description Not documented in v5; only the properties every resource has are modelled.
     */
    CalendarEvent: {
      id: string;
      /** @constant */
      type: "calendar-event";
      /** Format: uri */
      url: string;
    };
    /**
     * CloudEvent
     * @description CloudEvents form of an event. The field mapping is not documented; the inferred one is id ← id, source ← source, type ← topic, time ← occurredAt, data ← data.
     */
    CloudEvent: {
      data?: Record<string, never>;
      datacontenttype?: string;
      id: string;
      /** Format: uri */
      source: string;
      specversion: string;
      /** Format: date-time */
      time?: string;
      /** @description The event topic (inferred). */
      type: string;
    };
    CloudEventBatch: components["schemas"]["CloudEvent"][];
    CollectionLinks: {
      next?: components["schemas"]["Link"] | null;
      prev?: components["schemas"]["Link"] | null;
    } & {
      [key: string]: components["schemas"]["Link"] | null;
    };
    /**
     * @description ISO 3166-1 alpha-3 country code.
     * @enum {string}
     */
    CountryCode:
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
     * Format: date-time-offset
     * @description UTC creation time (Lucca's `date-time-offset` format).
     * @example 2024-04-15T23:12:54.0001Z
     */
    CreatedAt: string;
    /**
     * @description ISO 4217 currency code (includes codes withdrawn recently but possibly stored).
     * @enum {string}
     */
    CurrencyCode:
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
    /** @description Half-day position; known values `firstHalfDay` and `secondHalfDay`, the full enum was not captured so any string is accepted. */
    DayPosition: string;
    /**
     * Department
     * @description Not attached to a business establishment, so department events carry `businessEstablishment: null` (inferred).
     */
    Department: {
      description?: string | null;
      embedded?: components["schemas"]["NullableEmbedded"];
      id: string;
      isArchived?: boolean;
      /**
       * Format: int32
       * @description 1 for a root department.
       */
      readonly level?: number;
      links?: components["schemas"]["NullableLinks"];
      manager?: components["schemas"]["EmployeeReference"] | null;
      name: string;
      /** @description When set, only that application may write the department. */
      owningApplication?: string | null;
      parent?: components["schemas"]["DepartmentReference"] | null;
      remoteId?: string | null;
      /** Format: int32 */
      sortOrder?: number;
      /** @constant */
      type: "department";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `department`. */
    DepartmentReference: {
      id: string;
      /** @constant */
      type: "department";
      /** Format: uri */
      url: string;
    };
    /** @description Full representations keyed by resource type, then by id. */
    Embedded: {
      [key: string]: {
        [key: string]: Record<string, never>;
      };
    };
    /**
     * Employee
     * @description givenName/familyName accept up to 255 characters (one 2024-11-01 snapshot said 100); employeeNumber has no maximum (the latest pages say 50).
     */
    Employee: {
      applicableEmployment?: components["schemas"]["EmploymentReference"];
      applicableJobPosition?: components["schemas"]["JobPositionReference"];
      /** @description Derived from the personal record's birthDate; null accepted. */
      birthDay?: components["schemas"]["BirthDay"] | null;
      createdAt?: components["schemas"]["CreatedAt"];
      /**
       * Format: email
       * @description Professional email; `<` and `>` are forbidden.
       */
      email: string | null;
      embedded?: components["schemas"]["NullableEmbedded"];
      employeeNumber?: string | null;
      familyName: string;
      givenName: string;
      id: string;
      lastUpdatedAt?: components["schemas"]["LastUpdatedAt"];
      links?: components["schemas"]["NullableLinks"];
      /**
       * Format: phone
       * @example +3356565656
       */
      phoneNumber?: string | null;
      portrait?: components["schemas"]["PortraitReference"] | null;
      remoteId?: string | null;
      status?: components["schemas"]["EmploymentStatus"];
      /** @constant */
      type: "employee";
      /** Format: uri */
      url: string;
    };
    /**
     * Employee personal record
     * @description title accepts the longest documented enum; bankAccount accepts the three documented shapes; phoneNumber accepts null (latest pages).
     */
    EmployeePersonalRecord: {
      bankAccount?: components["schemas"]["BankAccount"] | null;
      /** Format: date */
      birthDate?: string | null;
      createdAt?: components["schemas"]["CreatedAt"];
      /**
       * Format: email
       * @description Personal email.
       */
      email?: string | null;
      embedded?: components["schemas"]["NullableEmbedded"];
      employee: components["schemas"]["EmployeeReference"];
      id: string;
      insuranceNumber?: components["schemas"]["InsuranceNumber"] | null;
      lastUpdatedAt?: components["schemas"]["LastUpdatedAt"];
      /** @enum {string} */
      legalGender?: "unknown" | "male" | "female" | "diverse";
      links?: components["schemas"]["NullableLinks"];
      nationalitiesCountryCodes?: components["schemas"]["CountryCode"][];
      /** Format: phone */
      phoneNumber?: string | null;
      /**
       * @default unknown
       * @enum {string}
       */
      title?: "unknown" | "mister" | "miss" | "misses" | "mizz" | "doctor" | "professor" | "master";
      /** @constant */
      type: "employee-personal-record";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `employee`. */
    EmployeeReference: {
      id: string;
      /** @constant */
      type: "employee";
      /** Format: uri */
      url: string;
    };
    /**
     * Employment
     * @description links may hold `probationaryPeriods` (newer) or `trialPeriods` (older); both are plain keys of the open Links object.
     */
    Employment: {
      createdAt?: components["schemas"]["CreatedAt"];
      document?: components["schemas"]["FileReference"] | null;
      embedded?: components["schemas"]["NullableEmbedded"];
      employee?: components["schemas"]["EmployeeReference"];
      end?: components["schemas"]["EmploymentEnd"] | null;
      id: string;
      lastUpdatedAt?: components["schemas"]["LastUpdatedAt"];
      legalEntity?: components["schemas"]["LegalEntityReference"];
      links?: components["schemas"]["NullableLinks"];
      remoteId?: string | null;
      start: components["schemas"]["EmploymentStart"];
      status?: components["schemas"]["EmploymentStatus"];
      template: components["schemas"]["EmploymentTemplateReference"];
      /** @constant */
      type: "employment";
      /** Format: uri */
      url: string;
    };
    /** @description Fields not captured; `date` is inferred from `start`. */
    EmploymentEnd: {
      /** Format: date */
      date?: string;
    };
    /** @description Reference to a resource of type `employment`. */
    EmploymentReference: {
      id: string;
      /** @constant */
      type: "employment";
      /** Format: uri */
      url: string;
    };
    /** @description Only `date` was captured; other fields are allowed. */
    EmploymentStart: {
      /** Format: date */
      date: string;
    };
    /**
     * @description Read-only, computed from the employments.
     * @enum {string}
     */
    EmploymentStatus: "active" | "upcoming" | "deactivated";
    /** @description Reference to a resource of type `employment-template`. */
    EmploymentTemplateReference: {
      id: string;
      /** @constant */
      type: "employment-template";
      /** Format: uri */
      url: string;
    };
    /**
     * Event
     * @description An event as delivered to a webhook endpoint or listed by `GET /lucca-api/events`. `source` + `id` is the uniqueness key. `topic` is `<resource-type>.<created|updated|deleted>`; the documentation's lone `confirmation` topic value is not listed (see the version README).
     */
    Event: {
      /**
       * Format: date
       * @description Version of the `data` representation. Checked by the validator itself, hence no const.
       */
      apiVersion?: string;
      /** @description The establishment of the changed resource, if any. */
      businessEstablishment?: components["schemas"]["BusinessEstablishmentReference"] | null;
      /** @description The resource just after the change (the last representation for `*.deleted`), in the schema of `apiVersion`; its schema is the resource named by the topic. */
      data: Record<string, never>;
      /** @description Unique (per `source`) event id. */
      id: string;
      /**
       * Format: date-time
       * @description When the change happened (with offset); use it to reorder events.
       */
      occurredAt: string;
      /** @description Only on *.updated, and only for some resources: changed attribute names → previous values. A null value means was-null or unknown. Modelled at the top level as in the schema (the prose says `data.previousAttributes`, which `data` also admits). */
      previousAttributes?: Record<string, never>;
      /**
       * Format: uri
       * @description URL of the tenant (account) the event comes from.
       */
      source: string;
      /**
       * @example employee.created
       * @enum {string}
       */
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
      /** @constant */
      type: "event";
      /**
       * Format: uri
       * @description Absolute URL of the event resource.
       */
      url: string;
    };
    EventCollection: {
      embedded?: components["schemas"]["Embedded"] | null;
      items: components["schemas"]["Event"][];
      links?: components["schemas"]["CollectionLinks"] | null;
      totalCount?: number;
      /** @constant */
      type: "events";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `file`. */
    FileReference: {
      id: string;
      /** @constant */
      type: "file";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `holidays-calendar`. */
    HolidaysCalendarReference: {
      id: string;
      /** @constant */
      type: "holidays-calendar";
      /** Format: uri */
      url: string;
    };
    IbanBankAccount: {
      /** @description The IBAN. */
      accountIdentifier?: string;
      /** @description The BIC. */
      bankIdentifier?: string | null;
      bankName?: string | null;
      /** @constant */
      format: "iban";
    };
    /** @description APE/NAF (`franceAPE` or `frenchAPE`); CNAE, WZ and NAICS are supported but their format values were not captured, so `format` is any string. */
    IndustryCode: {
      format: string;
      value: string;
    };
    /** @description The value of format `other` is not validated by Lucca. */
    InsuranceNumber: {
      /** @enum {string} */
      format: "frenchSSN" | "other";
      value: string;
    };
    /**
     * Job position
     * @description jobTitle accepts up to 1024 characters (one snapshot said 250); the changed-attribute list is `updatedAttributes` (newer) or `changedAttributes` (older), both accepted.
     */
    JobPosition: {
      businessEstablishment: components["schemas"]["BusinessEstablishmentReference"];
      /**
       * @deprecated
       * @description Older spelling of `updatedAttributes`.
       */
      changedAttributes?: string[];
      createdAt?: components["schemas"]["CreatedAt"];
      department: components["schemas"]["DepartmentReference"];
      document?: components["schemas"]["FileReference"] | null;
      embedded?: components["schemas"]["NullableEmbedded"];
      employee?: components["schemas"]["EmployeeReference"];
      employment: components["schemas"]["EmploymentReference"];
      /**
       * Format: date
       * @description Computed, inclusive.
       */
      readonly endsOn?: string | null;
      id: string;
      jobQualification?: components["schemas"]["JobQualificationReference"] | null;
      jobTitle?: string | null;
      lastUpdatedAt?: components["schemas"]["LastUpdatedAt"];
      links?: components["schemas"]["NullableLinks"];
      manager?: components["schemas"]["EmployeeReference"] | null;
      notes?: string | null;
      occupationCategory?: components["schemas"]["OccupationCategoryReference"] | null;
      remoteId?: string | null;
      /** Format: date */
      startsOn: string;
      status?: components["schemas"]["EmploymentStatus"];
      t9n?: components["schemas"]["T9n"];
      /** @constant */
      type: "job-position";
      /** @description Attributes changed compared with the previous job position. */
      updatedAttributes?: string[];
      /** Format: uri */
      url: string;
      workingTimeArrangement?: components["schemas"]["WorkingTimeArrangementReference"];
    };
    /** @description Reference to a resource of type `job-position`. */
    JobPositionReference: {
      id: string;
      /** @constant */
      type: "job-position";
      /** Format: uri */
      url: string;
    };
    /** Job qualification */
    JobQualification: {
      createdAt?: components["schemas"]["CreatedAt"];
      embedded?: components["schemas"]["NullableEmbedded"];
      id: string;
      lastUpdatedAt?: components["schemas"]["LastUpdatedAt"];
      links?: components["schemas"]["NullableLinks"];
      profession: components["schemas"]["ProfessionReference"];
      rank: number;
      t9n?: components["schemas"]["T9n"];
      title: string;
      /** @constant */
      type: "job-qualification";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `job-qualification`. */
    JobQualificationReference: {
      id: string;
      /** @constant */
      type: "job-qualification";
      /** Format: uri */
      url: string;
    };
    /**
     * Format: date-time
     * @description UTC time of the last change.
     * @example 2023-01-23T12:45:23.1234Z
     */
    LastUpdatedAt: string;
    /**
     * Leave
     * @description Only part of the schema was captured (leave account, status, leave request, duration are named in prose only); other properties are allowed.
     */
    Leave: {
      embedded?: components["schemas"]["NullableEmbedded"];
      employee: components["schemas"]["EmployeeReference"];
      endPosition?: components["schemas"]["DayPosition"];
      /**
       * Format: date
       * @description Last day, inclusive.
       */
      endsOn: string;
      id: string;
      links?: components["schemas"]["NullableLinks"];
      startPosition?: components["schemas"]["DayPosition"];
      /**
       * Format: date
       * @description First day, inclusive.
       */
      startsOn: string;
      /** @constant */
      type: "leave";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `leave`. */
    LeaveReference: {
      id: string;
      /** @constant */
      type: "leave";
      /** Format: uri */
      url: string;
    };
    /**
     * Leave request
     * @description status accepts `rejected` (the enum) and `denied` (the description's word).
     */
    LeaveRequest: {
      createdAt: components["schemas"]["CreatedAt"];
      embedded?: components["schemas"]["NullableEmbedded"];
      employee?: components["schemas"]["EmployeeReference"];
      /** @description The next expected decision-maker. */
      expectedApprover?: components["schemas"]["EmployeeReference"] | null;
      id: string;
      lastUpdatedAt: components["schemas"]["LastUpdatedAt"];
      leaves: components["schemas"]["LeaveReference"][];
      links?: components["schemas"]["NullableLinks"];
      /**
       * @default pending
       * @enum {string}
       */
      status: "pending" | "approved" | "rejected" | "denied";
      /** @constant */
      type: "leave-request";
      /** Format: uri */
      url: string;
    };
    /** Leave request approval */
    LeaveRequestApprovalDecision: {
      comment?: string | null;
      createdAt?: components["schemas"]["CreatedAt"];
      embedded?: components["schemas"]["NullableEmbedded"];
      id: string;
      leaveRequest: components["schemas"]["LeaveRequestReference"];
      links?: components["schemas"]["NullableLinks"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "leave-request-approval-decision";
      /** Format: uri */
      url: string;
    };
    /**
     * Leave request decision
     * @description `type` is a discriminator, not the resource name. The denial type value is inferred.
     */
    LeaveRequestDecision:
      | components["schemas"]["LeaveRequestApprovalDecision"]
      | components["schemas"]["LeaveRequestDenialDecision"];
    /**
     * Leave request denial
     * @description The type value `leave-request-denial-decision` is inferred (not captured).
     */
    LeaveRequestDenialDecision: {
      comment: string;
      createdAt?: components["schemas"]["CreatedAt"];
      embedded?: components["schemas"]["NullableEmbedded"];
      id: string;
      leaveRequest: components["schemas"]["LeaveRequestReference"];
      links?: components["schemas"]["NullableLinks"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "leave-request-denial-decision";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `leave-request`. */
    LeaveRequestReference: {
      id: string;
      /** @constant */
      type: "leave-request";
      /** Format: uri */
      url: string;
    };
    /**
     * @deprecated
     * @description Shape of an older documentation example.
     */
    LegacyIbanBankAccount: {
      bic?: string | null;
      /** @constant */
      format: "iban";
      iban?: string;
    };
    /**
     * Legal entity
     * @description lastArchivedAt also accepts the string "null" shown in the documentation's example.
     */
    LegalEntity: {
      countryCode: components["schemas"]["CountryCode"];
      createdAt?: components["schemas"]["CreatedAt"];
      currencyCode: components["schemas"]["CurrencyCode"];
      embedded?: components["schemas"]["NullableEmbedded"];
      id: string;
      industryCode?: components["schemas"]["IndustryCode"] | null;
      isArchived?: boolean;
      readonly lastArchivedAt?: string | null | "null";
      lastUpdatedAt?: components["schemas"]["LastUpdatedAt"];
      legalName: string;
      links?: components["schemas"]["NullableLinks"];
      remoteId?: string | null;
      taxIdentificationNumber?: components["schemas"]["TaxIdentificationNumber"] | null;
      /** @constant */
      type: "legal-entity";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `legal-entity`. */
    LegalEntityReference: {
      id: string;
      /** @constant */
      type: "legal-entity";
      /** Format: uri */
      url: string;
    };
    Link: {
      href: string;
    };
    /** @description Related resources by name; a value is null when the caller may not see it. */
    Links: {
      [key: string]: components["schemas"]["Link"] | null;
    };
    /** @description Seen as an object and as null. */
    NullableEmbedded: components["schemas"]["Embedded"] | null;
    /** @description Seen as an object and as null. */
    NullableLinks: components["schemas"]["Links"] | null;
    /** Occupation category */
    OccupationCategory: {
      /** @description null means all establishments, including future ones. */
      businessEstablishments?: components["schemas"]["BusinessEstablishmentReference"][] | null;
      embedded?: components["schemas"]["NullableEmbedded"];
      id: string;
      links?: components["schemas"]["NullableLinks"];
      t9n?: components["schemas"]["T9n"];
      title?: string;
      /** @constant */
      type: "occupation-category";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `occupation-category`. */
    OccupationCategoryReference: {
      id: string;
      /** @constant */
      type: "occupation-category";
      /** Format: uri */
      url: string;
    };
    OtherBankAccount: {
      accountNumber?: string;
      bankName?: string | null;
      /** @constant */
      format: "other";
      routingNumber?: string | null;
    };
    /** @description Reference to a resource of type `portrait`. */
    PortraitReference: {
      id: string;
      /** @constant */
      type: "portrait";
      /** Format: uri */
      url: string;
    };
    /** @description Reference to a resource of type `profession`. */
    ProfessionReference: {
      id: string;
      /** @constant */
      type: "profession";
      /** Format: uri */
      url: string;
    };
    /**
     * @description Translations keyed by attribute, then by language tag (`fr` or `fr-FR`).
     * @example {
     *       "jobTitle": {
     *         "fr-FR": "Développeur"
     *       }
     *     }
     */
    T9n: {
      [key: string]: {
        [key: string]: string;
      };
    };
    /** @description Both `france…` and `french…` spellings are documented and accepted. */
    TaxIdentificationNumber: {
      /** @enum {string} */
      format: "franceSIRET" | "frenchSIRET" | "franceSIREN" | "frenchSIREN" | "other";
      value: string;
    };
    /**
     * Test
     * @description Data of `test.created` (not documented); only the properties every resource has are modelled.
     */
    Test: {
      id: string;
      /** @constant */
      type: "test";
      /** Format: uri */
      url: string;
    };
    /**
     * Webhook endpoint
     * @description `name` and `apiVersion` appear in newer snapshots only; `contentType` in older ones only. Both are accepted.
     */
    WebhookEndpoint: {
      /**
       * Format: date
       * @description The Api-Version pinned for the `data` of delivered events.
       */
      apiVersion?: string;
      /** @description Establishments whose events are delivered; null means all. */
      businessEstablishments?: components["schemas"]["BusinessEstablishmentReference"][] | null;
      /**
       * @default default
       * @enum {string}
       */
      contentType?: "default" | "cloudEvents";
      /** Format: date-time-offset */
      readonly createdAt?: string;
      id: string;
      /** Format: date-time */
      readonly lastUpdatedAt?: string;
      links?: components["schemas"]["Links"] | null;
      name?: string;
      /**
       * @description active: delivered. suspended: too many errors, events kept. inactive: not sent, not kept.
       * @default inactive
       * @enum {string}
       */
      status: "active" | "suspended" | "inactive";
      topics: string[];
      /** @constant */
      type: "webhook-endpoint";
      /** Format: uri */
      url: string;
      /**
       * Format: uri
       * @description Where events are POSTed; must be https.
       */
      webhookUrl: string;
    };
    WebhookEndpointCollection: {
      embedded?: components["schemas"]["Embedded"] | null;
      items: components["schemas"]["WebhookEndpoint"][];
      links?: components["schemas"]["CollectionLinks"] | null;
      totalCount?: number;
      /** @constant */
      type: "webhook-endpoints";
      /** Format: uri */
      url: string;
    };
    /** @description The created endpoint plus its signing secret, returned this one time only. */
    WebhookEndpointCreated: components["schemas"]["WebhookEndpoint"] & {
      /** @example b3YGydKxao0CYEg4-2LM81rviT-vl2JzKyf_zlewRn0cpoHzh4mRLj5_Ty5neQta */
      secret: string;
    };
    WebhookEndpointCreateRequest: {
      /** Format: date */
      apiVersion: string;
      businessEstablishments?: components["schemas"]["BusinessEstablishmentReference"][] | null;
      /**
       * @default default
       * @enum {string}
       */
      contentType?: "default" | "cloudEvents";
      name: string;
      topics: string[];
      /** Format: uri */
      webhookUrl: string;
    };
    /** @description Reference to a resource of type `working-time-arrangement`. */
    WorkingTimeArrangementReference: {
      id: string;
      /** @constant */
      type: "working-time-arrangement";
      /** Format: uri */
      url: string;
    };
  };
  responses: {
    /** @description Error. The error body is not documented. */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content?: never;
    };
  };
  parameters: {
    /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
    ApiVersion: components["schemas"]["ApiVersion"];
    /** @description Delivery status of the events to list. */
    EventStatus: "scheduled" | "delivered" | "failed";
    Id: string;
    /**
     * @description Weak ETag of a representation already held.
     * @example W/q5sd4w2x1c1gfdg
     */
    IfNoneMatch: string;
    /** @description Adds `embedded`, `links` or `totalCount` to the response. */
    Include: ("embedded" | "links" | "totalCount")[];
    /** @example 25 */
    Limit: number;
    /** @description Base64(HMAC-SHA256(key = endpoint secret as UTF-8, message = Lucca-Timestamp + "." + raw body)). */
    LuccaSignature: string;
    /**
     * @description When the request left Lucca (UTC, ISO 8601). Signed verbatim; reject when more than 5 minutes away from now.
     * @example 2025-01-01T08:34:23Z
     */
    LuccaTimestamp: string;
    /**
     * @description Opaque pagination cursor, taken from `links.next` / `links.prev`.
     * @example !sdk87Sdh
     */
    Page: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listEvents: {
    parameters: {
      query?: {
        /** @description Adds `embedded`, `links` or `totalCount` to the response. */
        include?: components["parameters"]["Include"];
        /** @example 25 */
        limit?: components["parameters"]["Limit"];
        /**
         * @description Opaque pagination cursor, taken from `links.next` / `links.prev`.
         * @example !sdk87Sdh
         */
        page?: components["parameters"]["Page"];
        /** @description Delivery status of the events to list. */
        status?: components["parameters"]["EventStatus"];
      };
      header?: {
        /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
        "Api-Version"?: components["parameters"]["ApiVersion"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/cloudevents-batch+json": components["schemas"]["CloudEventBatch"];
          "application/json": components["schemas"]["EventCollection"];
        };
      };
      default: components["responses"]["Error"];
    };
  };
  getEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
        "Api-Version"?: components["parameters"]["ApiVersion"];
      };
      path: {
        id: components["parameters"]["Id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Event"];
        };
      };
      default: components["responses"]["Error"];
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: {
        /** @description Adds `embedded`, `links` or `totalCount` to the response. */
        include?: components["parameters"]["Include"];
        /** @example 25 */
        limit?: components["parameters"]["Limit"];
        /**
         * @description Opaque pagination cursor, taken from `links.next` / `links.prev`.
         * @example !sdk87Sdh
         */
        page?: components["parameters"]["Page"];
      };
      header?: {
        /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
        "Api-Version"?: components["parameters"]["ApiVersion"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of webhook endpoints. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpointCollection"];
        };
      };
      default: components["responses"]["Error"];
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
        "Api-Version"?: components["parameters"]["ApiVersion"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookEndpointCreateRequest"];
      };
    };
    responses: {
      /** @description Created; carries the one-time signing secret. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpointCreated"];
        };
      };
      default: components["responses"]["Error"];
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: {
        /** @description Adds `embedded`, `links` or `totalCount` to the response. */
        include?: components["parameters"]["Include"];
      };
      header?: {
        /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
        "Api-Version"?: components["parameters"]["ApiVersion"];
        /**
         * @description Weak ETag of a representation already held.
         * @example W/q5sd4w2x1c1gfdg
         */
        "If-None-Match"?: components["parameters"]["IfNoneMatch"];
      };
      path: {
        id: components["parameters"]["Id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook endpoint. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpoint"];
        };
      };
      /** @description Not modified (the `If-None-Match` ETag still matches). */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components["responses"]["Error"];
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Mandatory on every call. An unknown date selects the closest earlier version. */
        "Api-Version"?: components["parameters"]["ApiVersion"];
      };
      path: {
        id: components["parameters"]["Id"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components["responses"]["Error"];
    };
  };
  answerActivationChallenge: {
    parameters: {
      query?: {
        /**
         * @deprecated
         * @example iusiof24dsfxvcç834
         */
        challenge?: string;
        /** @example iusiof24dsfxvcç834 */
        echo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The challenge value, verbatim. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": string;
        };
      };
    };
  };
  receiveEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description Base64(HMAC-SHA256(key = endpoint secret as UTF-8, message = Lucca-Timestamp + "." + raw body)). */
        "Lucca-Signature": components["parameters"]["LuccaSignature"];
        /**
         * @description When the request left Lucca (UTC, ISO 8601). Signed verbatim; reject when more than 5 minutes away from now.
         * @example 2025-01-01T08:34:23Z
         */
        "Lucca-Timestamp": components["parameters"]["LuccaTimestamp"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Event"];
      };
    };
    responses: {
      /** @description Accepted (any 2xx counts as delivered). */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Signature or timestamp rejected. Retried in the newer response table, not retried in the older one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not delivered; the newer table suspends the endpoint immediately. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not delivered; the newer table suspends the endpoint immediately. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not delivered; retried. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not delivered; retried. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
