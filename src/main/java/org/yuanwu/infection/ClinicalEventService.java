package org.yuanwu.infection;

import org.yuanwu.common.HospitalTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.infection.internal.IdBlocks;
import org.yuanwu.infection.internal.InfectionScope;
import org.yuanwu.organization.UnitView;

/**
 * Receives stays and clinical events from the HIS (REST or workbook) for screening. A batch is all or nothing:
 * the first bad row refuses it with the row's number and the reason, and nothing of it is kept. Written with
 * plain JDBC batches because a year of a large hospital is millions of events.
 */
@Service
@Transactional
public class ClinicalEventService {

    static final ZoneId ZONE = HospitalTime.ZONE;
    static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal("30");
    static final BigDecimal HIGHEST_TEMPERATURE = new BigDecimal("45");
    public static final int MAX_BATCH = 50_000;

    private final JdbcTemplate jdbc;
    private final InfectionScope scope;
    private final IdBlocks ids;

    ClinicalEventService(JdbcTemplate jdbc, InfectionScope scope, IdBlocks ids) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.ids = ids;
    }

    private record Stay(long id, Long unitId, Instant admittedAt) {
    }

    public IntakeResult receiveAdmissions(List<AdmissionInput> batch) {
        return receiveAdmissions(batch, 1);
    }

    /** {@code firstRow}: the number errors give the batch's first element (a workbook's first data row is 2). */
    public IntakeResult receiveAdmissions(List<AdmissionInput> batch, int firstRow) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        size(batch);
        Map<String, UnitView> units = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            AdmissionInput a = batch.get(i);
            int row = i + firstRow;
            String visit = required(a.visitNo(), 40, row, "visitNo");
            String patient = required(a.patientNo(), 40, row, "patientNo");
            String code = required(a.unitCode(), 64, row, "unitCode");
            if (!seen.add(visit)) {
                throw DomainException.invalid("visitNo", "infection.error.rowDuplicate", row, visit);
            }
            UnitView unit = units.computeIfAbsent(code, c -> scope.byCode(c).orElse(null));
            if (unit == null) {
                throw DomainException.invalid("unitCode", "infection.error.rowUnknownUnit", row, code);
            }
            if (!scope.canSee(actor, unit.id())) {
                throw DomainException.invalid("unitCode", "infection.error.rowUnitOutsideScope", row, code);
            }
            if (a.admittedAt() == null) {
                throw DomainException.invalid("admittedAt", "infection.error.rowRequired", row, "admittedAt");
            }
            if (a.dischargedAt() != null && a.dischargedAt().isBefore(a.admittedAt())) {
                throw DomainException.invalid("dischargedAt", "infection.error.rowDischargeBeforeAdmission", row);
            }
            rows.add(new Object[] {visit, patient, unit.id(), instant(a.admittedAt()),
                    a.dischargedAt() == null ? null : instant(a.dischargedAt())});
        }
        Map<String, Object[]> existing = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select a.visit_no, a.patient_no, a.unit_id, a.admitted_at, a.discharged_at, a.id"
                    + " from infection_admission a join unnest(?) as w(visit_no) on a.visit_no = w.visit_no");
            ps.setArray(1, con.createArrayOf("VARCHAR", seen.toArray()));
            return ps;
        }, rs -> {
            existing.put(rs.getString(1), new Object[] {rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                    rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getLong(6)});
        });
        Instant now = Instant.now();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Long> moved = new ArrayList<>();
        int unchanged = 0;
        for (Object[] r : rows) {
            Object[] old = existing.get((String) r[0]);
            if (old == null) {
                inserts.add(r);
            } else if (old[0].equals(r[1]) && old[1].equals(r[2]) && old[2].equals(r[3]) && Objects.equals(old[3], r[4])) {
                unchanged++;
            } else {
                updates.add(new Object[] {r[1], r[2], ts((Instant) r[3]), r[4] == null ? null : ts((Instant) r[4]), old[4]});
                if (!old[2].equals(r[3])) {
                    moved.add((Long) old[4]);
                }
            }
        }
        long[] next = ids.block("infection_admission_seq", inserts.size());
        List<Object[]> params = new ArrayList<>();
        for (int i = 0; i < inserts.size(); i++) {
            Object[] r = inserts.get(i);
            params.add(new Object[] {next[i], r[0], r[1], r[2], ts((Instant) r[3]), r[4] == null ? null : ts((Instant) r[4]),
                    ts(now)});
        }
        jdbc.batchUpdate("insert into infection_admission (id, visit_no, patient_no, unit_id, admitted_at, discharged_at,"
                + " received_at) values (?, ?, ?, ?, ?, ?, ?)", params);
        jdbc.batchUpdate("update infection_admission set patient_no = ?, unit_id = ?, admitted_at = ?, discharged_at = ?"
                + " where id = ?", updates);
        for (Long admission : moved) {
            recomputeMinutes(admission);
        }
        return new IntakeResult(inserts.size(), updates.size(), unchanged);
    }

    public IntakeResult receiveEvents(List<EventInput> batch) {
        return receiveEvents(batch, 1);
    }

    /** {@code firstRow}: the number errors give the batch's first element (a workbook's first data row is 2). */
    public IntakeResult receiveEvents(List<EventInput> batch, int firstRow) {
        Actor actor = CurrentActor.require(Permissions.INFECTION_MANAGE);
        size(batch);
        Set<String> visits = new HashSet<>();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            EventInput e = batch.get(i);
            int row = i + firstRow;
            required(e.visitNo(), 40, row, "visitNo");
            if (!refs.add(required(e.sourceRef(), 80, row, "sourceRef"))) {
                throw DomainException.invalid("sourceRef", "infection.error.rowDuplicate", row, e.sourceRef());
            }
            visits.add(e.visitNo().strip());
        }
        Map<String, Stay> stays = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select a.visit_no, a.id, a.unit_id, a.admitted_at from infection_admission a"
                    + " join unnest(?) as w(visit_no) on a.visit_no = w.visit_no");
            ps.setArray(1, con.createArrayOf("VARCHAR", visits.toArray()));
            return ps;
        }, rs -> {
            stays.put(rs.getString(1), new Stay(rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()));
        });
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            EventInput e = batch.get(i);
            int row = i + firstRow;
            Stay stay = stays.get(e.visitNo().strip());
            if (stay == null) {
                throw DomainException.invalid("visitNo", "infection.error.rowUnknownVisit", row, e.visitNo());
            }
            if (!scope.canSee(actor, stay.unitId())) {
                throw DomainException.invalid("visitNo", "infection.error.rowVisitOutsideScope", row, e.visitNo());
            }
            if (e.kind() == null) {
                throw DomainException.invalid("kind", "infection.error.rowRequired", row, "kind");
            }
            if (e.occurredAt() == null) {
                throw DomainException.invalid("occurredAt", "infection.error.rowRequired", row, "occurredAt");
            }
            Instant at = instant(e.occurredAt());
            if (at.isBefore(stay.admittedAt())) {
                throw DomainException.invalid("occurredAt", "infection.error.rowBeforeAdmission", row);
            }
            if (e.kind() == EventKind.TEMPERATURE) {
                if (e.amount() == null) {
                    throw DomainException.invalid("amount", "infection.error.rowRequired", row, "amount");
                }
                if (e.amount().compareTo(LOWEST_TEMPERATURE) < 0 || e.amount().compareTo(HIGHEST_TEMPERATURE) > 0) {
                    throw DomainException.invalid("amount", "infection.error.rowTemperature", row, e.amount().toPlainString());
                }
            }
            if (e.kind() == EventKind.CULTURE) {
                if (e.specimen() == null || e.specimen().isBlank()) {
                    throw DomainException.invalid("specimen", "infection.error.rowRequired", row, "specimen");
                }
                if (e.positive() == null) {
                    throw DomainException.invalid("positive", "infection.error.rowRequired", row, "positive");
                }
            }
            int minutes = (int) Math.min(Integer.MAX_VALUE, Duration.between(stay.admittedAt(), at).toMinutes());
            rows.add(new Object[] {stay.id(), e.kind().name(), ts(at), minutes, e.amount(),
                    optional(e.specimen(), 40, row, "specimen"), optional(e.organism(), 120, row, "organism"), e.positive(),
                    optional(e.detail(), 200, row, "detail"), e.sourceRef().strip()});
        }
        Map<String, Object[]> existing = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select e.source_ref, e.admission_id, e.kind, e.occurred_at, e.amount, e.specimen,"
                    + " e.organism, e.positive, e.detail, e.id from infection_event e"
                    + " join unnest(?) as w(source_ref) on e.source_ref = w.source_ref");
            ps.setArray(1, con.createArrayOf("VARCHAR", refs.toArray()));
            return ps;
        }, rs -> {
            existing.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                    rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getObject(8), rs.getString(9), rs.getLong(10)});
        });
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (Object[] r : rows) {
            Object[] old = existing.get((String) r[9]);
            if (old == null) {
                inserts.add(r);
            } else if (sameEvent(old, r)) {
                unchanged++;
            } else {
                updates.add(new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], old[8]});
            }
        }
        long[] next = ids.block("infection_event_seq", inserts.size());
        Timestamp now = ts(Instant.now());
        List<Object[]> params = new ArrayList<>(inserts.size());
        for (int i = 0; i < inserts.size(); i++) {
            Object[] r = inserts.get(i);
            params.add(new Object[] {next[i], r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], now});
        }
        jdbc.batchUpdate("insert into infection_event (id, admission_id, kind, occurred_at, minutes_after_admission, amount,"
                + " specimen, organism, positive, detail, source_ref, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                params);
        jdbc.batchUpdate("update infection_event set admission_id = ?, kind = ?, occurred_at = ?, minutes_after_admission = ?,"
                + " amount = ?, specimen = ?, organism = ?, positive = ?, detail = ? where id = ?", updates);
        return new IntakeResult(inserts.size(), updates.size(), unchanged);
    }

    private static boolean sameEvent(Object[] old, Object[] r) {
        return old[0].equals(r[0]) && old[1].equals(r[1]) && old[2].equals(((Timestamp) r[2]).toInstant())
                && (old[3] == null ? r[4] == null : r[4] != null && ((BigDecimal) old[3]).compareTo((BigDecimal) r[4]) == 0)
                && Objects.equals(old[4], r[5]) && Objects.equals(old[5], r[6]) && Objects.equals(old[6], r[7])
                && Objects.equals(old[7], r[8]);
    }

    /** An admission time was corrected: every event's distance from admission moves with it. */
    private void recomputeMinutes(long admissionId) {
        Instant admitted = jdbc.queryForObject("select admitted_at from infection_admission where id = ?",
                Timestamp.class, admissionId).toInstant();
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("select id, occurred_at from infection_event where admission_id = ?", rs -> {
            long minutes = Duration.between(admitted, rs.getTimestamp(2).toInstant()).toMinutes();
            updates.add(new Object[] {(int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, minutes)), rs.getLong(1)});
        }, admissionId);
        jdbc.batchUpdate("update infection_event set minutes_after_admission = ? where id = ?", updates);
    }

    private static void size(List<?> batch) {
        if (batch == null || batch.isEmpty()) {
            throw DomainException.invalid(null, "infection.error.batchEmpty");
        }
        if (batch.size() > MAX_BATCH) {
            throw DomainException.invalid(null, "infection.error.batchTooLarge", MAX_BATCH);
        }
    }

    private static String required(String value, int max, int row, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw DomainException.invalid(field, "infection.error.rowRequired", row, field);
        }
        if (v.length() > max) {
            throw DomainException.invalid(field, "infection.error.rowTooLong", row, field, max);
        }
        return v;
    }

    private static String optional(String value, int max, int row, String field) {
        return value == null || value.isBlank() ? null : required(value, max, row, field);
    }

    static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
