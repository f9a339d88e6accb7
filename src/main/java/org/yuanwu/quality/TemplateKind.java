package org.yuanwu.quality;

/** What a checklist checks. */
public enum TemplateKind { NURSING_QUALITY, NURSING_RECORDS, WARD_ENVIRONMENT, CANTEEN_HYGIENE, RADIOLOGY_REPORT, OTHER }
