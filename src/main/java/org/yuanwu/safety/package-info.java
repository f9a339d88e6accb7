/**
 * Patient safety and voice: complaints and suggestions (suggestion box, comment books, phone,
 * web) assigned, answered within the due time and closed with the complainant's satisfaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety")
package org.yuanwu.safety;
