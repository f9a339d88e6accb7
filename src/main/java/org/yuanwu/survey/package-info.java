/**
 * Questionnaires (rating, choice, free text), distributed by single-use tokens and links to
 * patients without accounts or to staff, and their results per unit and period. Reused by other
 * modules (satisfaction, evaluations, knowledge surveys). Publishes satisfaction facts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package org.yuanwu.survey;
