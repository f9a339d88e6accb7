package org.yuanwu.audit.internal;

import org.yuanwu.common.HospitalTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.Permissions;

/** Reads the audit trail by user, record type, record and date (days counted in Beijing time). */
@Service
@Transactional(readOnly = true)
class AuditQuery {

    static final ZoneId ZONE = HospitalTime.ZONE;
    static final int EXPORT_LIMIT = 50_000;

    private final AuditEntryRepository entries;

    AuditQuery(AuditEntryRepository entries) {
        this.entries = entries;
    }

    record Filter(String actor, String recordType, String recordId, LocalDate from, LocalDate to) {
    }

    Page<AuditEntry> search(Filter filter, Pageable pageable) {
        CurrentActor.require(Permissions.AUDIT_READ);
        return entries.findAll(spec(filter), pageable);
    }

    List<AuditEntry> export(Filter filter) {
        CurrentActor.require(Permissions.AUDIT_READ);
        return entries.findAll(spec(filter), org.springframework.data.domain.PageRequest.of(0, EXPORT_LIMIT,
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent();
    }

    private static Specification<AuditEntry> spec(Filter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.actor() != null && !f.actor().isBlank()) {
                where.add(cb.equal(root.get("actor"), f.actor().trim()));
            }
            if (f.recordType() != null && !f.recordType().isBlank()) {
                where.add(cb.equal(root.get("recordType"), f.recordType().trim()));
            }
            if (f.recordId() != null && !f.recordId().isBlank()) {
                where.add(cb.equal(root.get("recordId"), f.recordId().trim()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from().atStartOfDay(ZONE).toInstant()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), f.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
