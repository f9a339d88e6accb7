/**
 * Patient safety and voice: adverse events (reported by anyone, anonymously if they choose; national nursing
 * levels I–IV; triage, root-cause analysis, corrective actions carried out as quality findings, repeat flags with
 * the unit head's accountability, the monthly hazard review) and complaints and suggestions (suggestion box,
 * comment books, phone, web) assigned, answered within the due time and closed with the complainant's satisfaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety")
package org.yuanwu.safety;
