/**
 * The deterministic demo hospital: a county hospital with departments, wards and staff, a
 * township health centre with village clinics, a school health room, and one demo user per
 * role. Public API: {@link org.yuanwu.demo.DemoHospitalGenerator} and {@link org.yuanwu.demo.DemoSummary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.yuanwu.demo;
