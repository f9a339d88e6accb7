/**
 * The trade union: members and dues, the union fund as a double-entry ledger, assistance and
 * welfare (this part); the workers' congress, proposals and evaluations, activities, honours and
 * the staff health check (other parts, in their own internal packages). Other union parts use the
 * fund through {@link org.yuanwu.union.FundLedger}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Union")
package org.yuanwu.union;
