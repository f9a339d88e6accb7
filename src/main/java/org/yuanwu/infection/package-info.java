/**
 * Infection control: the ward census (admissions, patient-days, device-days, operations), hospital-acquired
 * infection cases reported by wards and confirmed or excluded by the office, automatic screening of clinical
 * events for suspected cases by rules kept as data, cluster alerts, and the facts behind every infection rate.
 * Public API: {@link org.yuanwu.infection.CensusService}, {@link org.yuanwu.infection.InfectionCaseService},
 * {@link org.yuanwu.infection.ClinicalEventService}, {@link org.yuanwu.infection.ScreeningService} and the types beside them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infection control")
package org.yuanwu.infection;
