/**
 * The org-unit tree (institution → department → ward; township centre → village clinic;
 * school → health room) and the staff register. Public API: {@link org.yuanwu.organization.OrgUnitService},
 * {@link org.yuanwu.organization.StaffService} and the view/enum types beside them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.yuanwu.organization;
