package org.yuanwu.training;

/**
 * An intern. {@code code} is her personal answer code (shown to managers of the intake only, to hand out);
 * null for everyone else.
 */
public record InternView(Long id, Long intakeId, String name, String studentNo, String school, String phone,
                         String code, boolean active, String withdrawnReason, long version) {
}
