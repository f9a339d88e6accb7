package org.yuanwu.quality;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.audit.AuditAction;
import org.yuanwu.audit.RecordChanged;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.quality.internal.radiology.RadiologyDevice;
import org.yuanwu.quality.internal.radiology.RadiologyDeviceRepository;
import org.yuanwu.quality.internal.radiology.RadiologyFollowup;
import org.yuanwu.quality.internal.radiology.RadiologyFollowupRepository;
import org.yuanwu.quality.internal.radiology.RadiologyImage;
import org.yuanwu.quality.internal.radiology.RadiologyImageRepository;
import org.yuanwu.quality.internal.radiology.RadiologyRates;
import org.yuanwu.quality.internal.radiology.RadiologyReading;
import org.yuanwu.quality.internal.radiology.RadiologyReadingRepository;
import org.yuanwu.quality.internal.radiology.RadiologyReportCheck;
import org.yuanwu.quality.internal.radiology.RadiologyReportCheckRepository;

/**
 * Radiology quality control: a device register; image quality graded 甲/乙/丙/废片 per exam with the technologist
 * and device, rated monthly (甲片率, 废片率); report-quality checks; the daily case-reading sessions; diagnoses
 * followed up against pathology, surgery or clinical follow-up, with the concordance rate; the monthly summary.
 * Follow-ups count toward {@code quality.diagnosis_followed} and, when fully concordant,
 * {@code quality.diagnosis_confirmed}. Records are kept per unit and seen within the caller's scope.
 */
@Service
@Transactional
public class RadiologyService {

    public static final String FOLLOWED = "quality.diagnosis_followed";
    public static final String CONFIRMED = "quality.diagnosis_confirmed";
    public static final String FACT_SOURCE = "quality.radiology_followup";
    static final int EXPORT_LIMIT = 50_000;

    /** The kinds of record, as they appear in addresses and the audit trail. */
    public enum Kind {
        DEVICES("quality_radiology_device"), IMAGES("quality_radiology_image"),
        REPORTS("quality_radiology_report_check"), READINGS("quality_radiology_reading"),
        FOLLOWUPS("quality_radiology_followup");

        final String recordType;

        Kind(String recordType) {
            this.recordType = recordType;
        }
    }

    /** Filters of the registers: unit (and below), month, staff (technologist or radiologist), device, grade. */
    public record Filter(Long unitId, @org.springframework.format.annotation.DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                         Long staffId, Long deviceId, RadiologyGrade grade) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    private final RadiologyDeviceRepository devices;
    private final RadiologyImageRepository images;
    private final RadiologyReportCheckRepository reports;
    private final RadiologyReadingRepository readings;
    private final RadiologyFollowupRepository followups;
    private final StaffService staff;
    private final QualityAccess access;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    RadiologyService(RadiologyDeviceRepository devices, RadiologyImageRepository images,
                     RadiologyReportCheckRepository reports, RadiologyReadingRepository readings,
                     RadiologyFollowupRepository followups, StaffService staff, QualityAccess access,
                     ApplicationEventPublisher events, MessageSource messages) {
        this.devices = devices;
        this.images = images;
        this.reports = reports;
        this.readings = readings;
        this.followups = followups;
        this.staff = staff;
        this.access = access;
        this.events = events;
        this.messages = messages;
    }

    public LocalDate today() {
        return access.today();
    }

    // ---------------------------------------------------------------- devices

    @Transactional(readOnly = true)
    public List<RadiologyViews.Device> devices(Long unitId, boolean activeOnly) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Map<Long, String> names = new HashMap<>();
        return devices.findAll(inScope(actor, unitId, null, null), Sort.by("code")).stream()
                .filter(d -> !activeOnly || d.isActive()).map(d -> view(d, names)).toList();
    }

    public RadiologyViews.Device createDevice(RadiologyForms.Device form) {
        Actor actor = writer(form.unitId());
        required(form.code(), "code", 40);
        required(form.name(), "name", 100);
        if (form.modality() == null) {
            throw DomainException.invalid("modality", "radiology.error.required");
        }
        if (devices.existsByCode(form.code().strip())) {
            throw DomainException.invalid("code", "radiology.error.deviceCodeTaken", form.code().strip());
        }
        RadiologyDevice d = devices.save(new RadiologyDevice(form, actor.username(), access.now()));
        events.publishEvent(RecordChanged.created(Kind.DEVICES.recordType, d.getId(), d.getCode() + " " + d.getName(),
                Map.of("code", d.getCode(), "name", d.getName(), "modality", d.getModality(), "unitId", d.getUnitId())));
        return view(d, new HashMap<>());
    }

    public RadiologyViews.Device retireDevice(Long id, RadiologyForms.Voiding body) {
        RadiologyDevice d = devices.findById(id).orElseThrow(() -> DomainException.notFound("radiology.error.notFound", id));
        access.require(Permissions.QUALITY_INSPECT, d.getUnitId(), null);
        StaleEditException.check(body.version(), d.getVersion());
        if (!d.isActive()) {
            throw DomainException.conflict("radiology.error.alreadyVoid");
        }
        String reason = reason(body);
        d.retire(reason, access.now());
        devices.saveAndFlush(d);
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, Kind.DEVICES.recordType, id, d.getCode(),
                Map.of("active", true), Map.of("active", false, "retiredReason", reason)));
        return view(d, new HashMap<>());
    }

    // ---------------------------------------------------------------- recording

    public RadiologyViews.Image gradeImage(RadiologyForms.Image form) {
        Actor actor = writer(form.unitId());
        required(form.examNo(), "examNo", 40);
        notFuture(form.examOn(), "examOn");
        person(form.technologistId(), "technologistId");
        RadiologyDevice device = form.deviceId() == null ? null : devices.findById(form.deviceId()).orElse(null);
        if (device == null || !device.isActive() || !access.sees(actor, device.getUnitId())) {
            throw DomainException.invalid("deviceId", "radiology.error.deviceUnknown");
        }
        if (form.grade() == null) {
            throw DomainException.invalid("grade", "radiology.error.required");
        }
        optional(form.note(), "note", 500);
        RadiologyImage i = images.save(new RadiologyImage(form, actor.username(), access.now()));
        events.publishEvent(RecordChanged.created(Kind.IMAGES.recordType, i.getId(), i.getExamNo() + " " + i.getGrade(),
                Map.of("examNo", i.getExamNo(), "examOn", i.getExamOn(), "technologistId", i.getTechnologistId(),
                        "deviceId", i.getDeviceId(), "grade", i.getGrade())));
        return view(i, new HashMap<>());
    }

    public RadiologyViews.ReportCheck checkReport(RadiologyForms.ReportCheck form) {
        Actor actor = writer(form.unitId());
        required(form.reportNo(), "reportNo", 40);
        notFuture(form.checkedOn(), "checkedOn");
        person(form.radiologistId(), "radiologistId");
        if (form.itemsChecked() == null || form.itemsChecked() < 1 || form.itemsChecked() > 100) {
            throw DomainException.invalid("itemsChecked", "radiology.error.itemsRange");
        }
        if (form.defects() == null || form.defects() < 0 || form.defects() > form.itemsChecked()) {
            throw DomainException.invalid("defects", "radiology.error.defectsRange");
        }
        if (form.score() == null || form.score().signum() < 0 || form.score().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalid("score", "radiology.error.scoreRange");
        }
        if (form.defects() > 0 && (form.defectNote() == null || form.defectNote().isBlank())) {
            throw DomainException.invalid("defectNote", "radiology.error.defectNoteRequired");
        }
        optional(form.defectNote(), "defectNote", 1000);
        RadiologyReportCheck r = reports.save(new RadiologyReportCheck(form, actor.username(), access.now()));
        events.publishEvent(RecordChanged.created(Kind.REPORTS.recordType, r.getId(), r.getReportNo(),
                Map.of("reportNo", r.getReportNo(), "radiologistId", r.getRadiologistId(), "checkedOn", r.getCheckedOn(),
                        "itemsChecked", r.getItemsChecked(), "defects", r.getDefects(), "score", r.getScore())));
        return view(r, new HashMap<>());
    }

    public RadiologyViews.Reading recordReading(RadiologyForms.Reading form) {
        Actor actor = writer(form.unitId());
        notFuture(form.heldOn(), "heldOn");
        if (form.casesDiscussed() == null || form.casesDiscussed() < 1 || form.casesDiscussed() > 200) {
            throw DomainException.invalid("casesDiscussed", "radiology.error.casesRange");
        }
        List<Long> participants = form.participantIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(form.participantIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (participants.isEmpty()) {
            throw DomainException.invalid("participantIds", "radiology.error.participantsRequired");
        }
        for (Long id : participants) {
            person(id, "participantIds");
        }
        required(form.conclusion(), "conclusion", 2000);
        RadiologyReading r = readings.save(new RadiologyReading(form, participants, actor.username(), access.now()));
        events.publishEvent(RecordChanged.created(Kind.READINGS.recordType, r.getId(), String.valueOf(r.getHeldOn()),
                Map.of("heldOn", r.getHeldOn(), "casesDiscussed", r.getCasesDiscussed(), "participantIds", participants,
                        "conclusion", r.getConclusion())));
        return view(r, new HashMap<>());
    }

    public RadiologyViews.Followup recordFollowup(RadiologyForms.Followup form) {
        Actor actor = writer(form.unitId());
        required(form.examNo(), "examNo", 40);
        required(form.radiologyDiagnosis(), "radiologyDiagnosis", 500);
        required(form.finalDiagnosis(), "finalDiagnosis", 500);
        if (form.source() == null) {
            throw DomainException.invalid("source", "radiology.error.required");
        }
        if (form.concordance() == null) {
            throw DomainException.invalid("concordance", "radiology.error.required");
        }
        notFuture(form.followedOn(), "followedOn");
        RadiologyFollowup f = followups.save(new RadiologyFollowup(form, actor.username(), access.now()));
        events.publishEvent(RecordChanged.created(Kind.FOLLOWUPS.recordType, f.getId(), f.getExamNo() + " " + f.getConcordance(),
                Map.of("examNo", f.getExamNo(), "radiologyDiagnosis", f.getRadiologyDiagnosis(),
                        "finalDiagnosis", f.getFinalDiagnosis(), "source", f.getSource(), "concordance", f.getConcordance(),
                        "followedOn", f.getFollowedOn())));
        events.publishEvent(new FactsRecorded(FACT_SOURCE, String.valueOf(f.getId()), List.of(
                Fact.of(FOLLOWED, f.getUnitId(), f.getFollowedOn(), 1),
                Fact.of(CONFIRMED, f.getUnitId(), f.getFollowedOn(), RadiologyRates.confirmed(f.getConcordance()) ? 1 : 0))));
        return view(f, new HashMap<>());
    }

    /** Takes an image grade, report check, reading or follow-up out with a reason; it stays on record, uncounted. */
    public void voidRecord(Kind kind, Long id, RadiologyForms.Voiding body) {
        String reason;
        switch (kind) {
            case IMAGES -> {
                RadiologyImage r = images.findById(id).orElseThrow(() -> DomainException.notFound("radiology.error.notFound", id));
                reason = voidable(r.getUnitId(), r.isVoid(), r.getVersion(), body);
                r.voidWith(reason, access.now());
                images.saveAndFlush(r);
            }
            case REPORTS -> {
                RadiologyReportCheck r = reports.findById(id).orElseThrow(() -> DomainException.notFound("radiology.error.notFound", id));
                reason = voidable(r.getUnitId(), r.isVoid(), r.getVersion(), body);
                r.voidWith(reason, access.now());
                reports.saveAndFlush(r);
            }
            case READINGS -> {
                RadiologyReading r = readings.findById(id).orElseThrow(() -> DomainException.notFound("radiology.error.notFound", id));
                reason = voidable(r.getUnitId(), r.isVoid(), r.getVersion(), body);
                r.voidWith(reason, access.now());
                readings.saveAndFlush(r);
            }
            case FOLLOWUPS -> {
                RadiologyFollowup r = followups.findById(id).orElseThrow(() -> DomainException.notFound("radiology.error.notFound", id));
                reason = voidable(r.getUnitId(), r.isVoid(), r.getVersion(), body);
                r.voidWith(reason, access.now());
                followups.saveAndFlush(r);
                events.publishEvent(FactsRecorded.withdrawn(FACT_SOURCE, String.valueOf(id)));
            }
            default -> throw DomainException.notFound("radiology.error.notFound", id);
        }
        events.publishEvent(RecordChanged.of(AuditAction.DEACTIVATE, kind.recordType, id, reason,
                Map.of("voidReason", ""), Map.of("voidReason", reason)));
    }

    private String voidable(Long unitId, boolean isVoid, long version, RadiologyForms.Voiding body) {
        access.require(Permissions.QUALITY_INSPECT, unitId, null);
        StaleEditException.check(body.version(), version);
        if (isVoid) {
            throw DomainException.conflict("radiology.error.alreadyVoid");
        }
        return reason(body);
    }

    // ---------------------------------------------------------------- reading the registers

    @Transactional(readOnly = true)
    public Page<RadiologyViews.Image> images(Filter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Filter f = filter == null ? Filter.none() : filter;
        Specification<RadiologyImage> spec = inScope(actor, f.unitId(), f.month(), "examOn");
        spec = spec.and((root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.staffId() != null) {
                where.add(cb.equal(root.get("technologistId"), f.staffId()));
            }
            if (f.deviceId() != null) {
                where.add(cb.equal(root.get("deviceId"), f.deviceId()));
            }
            if (f.grade() != null) {
                where.add(cb.equal(root.get("grade"), f.grade()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        });
        Map<Long, String> names = new HashMap<>();
        return images.findAll(spec, pageable).map(i -> view(i, names));
    }

    @Transactional(readOnly = true)
    public Page<RadiologyViews.ReportCheck> reports(Filter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Filter f = filter == null ? Filter.none() : filter;
        Specification<RadiologyReportCheck> spec = inScope(actor, f.unitId(), f.month(), "checkedOn");
        if (f.staffId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("radiologistId"), f.staffId()));
        }
        Map<Long, String> names = new HashMap<>();
        return reports.findAll(spec, pageable).map(r -> view(r, names));
    }

    @Transactional(readOnly = true)
    public Page<RadiologyViews.Reading> readings(Filter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Filter f = filter == null ? Filter.none() : filter;
        Map<Long, String> names = new HashMap<>();
        return readings.findAll(inScope(actor, f.unitId(), f.month(), "heldOn"), pageable).map(r -> view(r, names));
    }

    @Transactional(readOnly = true)
    public Page<RadiologyViews.Followup> followups(Filter filter, Pageable pageable) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Filter f = filter == null ? Filter.none() : filter;
        Map<Long, String> names = new HashMap<>();
        return followups.findAll(inScope(actor, f.unitId(), f.month(), "followedOn"), pageable).map(r -> view(r, names));
    }

    /** The month's QC for the unit (and below) within the caller's scope; voided records are left out. */
    @Transactional(readOnly = true)
    public RadiologyViews.Summary summary(Long unitId, YearMonth month) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        Map<Long, String> names = new HashMap<>();
        List<RadiologyImage> graded = images.findAll(inScope(actor, unitId, month, "examOn")).stream()
                .filter(i -> !i.isVoid()).toList();
        Map<Long, List<RadiologyGrade>> byTech = new LinkedHashMap<>();
        Map<Long, List<RadiologyGrade>> byDevice = new LinkedHashMap<>();
        for (RadiologyImage i : graded) {
            byTech.computeIfAbsent(i.getTechnologistId(), k -> new ArrayList<>()).add(i.getGrade());
            byDevice.computeIfAbsent(i.getDeviceId(), k -> new ArrayList<>()).add(i.getGrade());
        }
        Comparator<RadiologyViews.GradeRow> byName = Comparator.comparing(RadiologyViews.GradeRow::name);
        List<RadiologyViews.GradeRow> techRows = byTech.entrySet().stream()
                .map(e -> RadiologyRates.grades(e.getKey(), staffName(e.getKey(), names), e.getValue())).sorted(byName).toList();
        Map<Long, String> deviceNames = new HashMap<>();
        devices.findAllById(byDevice.keySet()).forEach(d -> deviceNames.put(d.getId(), d.getCode() + " " + d.getName()));
        List<RadiologyViews.GradeRow> deviceRows = byDevice.entrySet().stream()
                .map(e -> RadiologyRates.grades(e.getKey(), deviceNames.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue()))
                .sorted(byName).toList();
        RadiologyViews.GradeRow overall = RadiologyRates.grades(null, "", graded.stream().map(RadiologyImage::getGrade).toList());
        List<RadiologyReportCheck> checks = reports.findAll(inScope(actor, unitId, month, "checkedOn")).stream()
                .filter(r -> !r.isVoid()).toList();
        BigDecimal average = checks.isEmpty() ? null : checks.stream().map(RadiologyReportCheck::getScore)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(checks.size()), 1, RoundingMode.HALF_UP);
        List<RadiologyReading> sessions = readings.findAll(inScope(actor, unitId, month, "heldOn")).stream()
                .filter(r -> !r.isVoid()).toList();
        List<RadiologyConcordance> followed = followups.findAll(inScope(actor, unitId, month, "followedOn")).stream()
                .filter(r -> !r.isVoid()).map(RadiologyFollowup::getConcordance).toList();
        return new RadiologyViews.Summary(month.toString(), techRows, deviceRows, overall, checks.size(),
                checks.stream().mapToLong(RadiologyReportCheck::getDefects).sum(), average, sessions.size(),
                sessions.stream().mapToLong(RadiologyReading::getCasesDiscussed).sum(), followed.size(),
                followed.stream().filter(RadiologyRates::confirmed).count(),
                followed.stream().filter(c -> c == RadiologyConcordance.PARTIAL).count(),
                RadiologyRates.concordanceRate(followed));
    }

    /** The monthly summary as a workbook: one table, sections one after the other. */
    @Transactional(readOnly = true)
    public byte[] exportSummary(Long unitId, YearMonth month, Locale locale) {
        RadiologyViews.Summary s = summary(unitId, month);
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(text("radiology.summary.byTechnologist", locale)));
        s.byTechnologist().forEach(r -> rows.add(gradeCells(r)));
        rows.add(Arrays.asList(text("radiology.summary.byDevice", locale)));
        s.byDevice().forEach(r -> rows.add(gradeCells(r)));
        RadiologyViews.GradeRow o = s.overall();
        List<Object> overall = new ArrayList<>(gradeCells(o));
        overall.set(0, text("radiology.summary.overall", locale));
        rows.add(overall);
        rows.add(Arrays.asList(text("radiology.summary.reportsChecked", locale), s.reportsChecked()));
        rows.add(Arrays.asList(text("radiology.summary.reportDefects", locale), s.reportDefects()));
        rows.add(Arrays.asList(text("radiology.summary.averageScore", locale), s.averageReportScore()));
        rows.add(Arrays.asList(text("radiology.summary.readings", locale), s.readings()));
        rows.add(Arrays.asList(text("radiology.summary.casesDiscussed", locale), s.casesDiscussed()));
        rows.add(Arrays.asList(text("radiology.summary.followed", locale), s.followed()));
        rows.add(Arrays.asList(text("radiology.summary.confirmed", locale), s.confirmed()));
        rows.add(Arrays.asList(text("radiology.summary.concordanceRate", locale), s.concordanceRate()));
        List<String> headers = new ArrayList<>();
        for (String k : List.of("name", "A", "B", "C", "REJECT", "total", "aRate", "rejectRate")) {
            headers.add(text("radiology.summary.col." + k, locale));
        }
        return ExcelSheet.write(text("radiology.summary.sheet", locale) + " " + month, headers, rows);
    }

    private static List<Object> gradeCells(RadiologyViews.GradeRow r) {
        return Arrays.asList(r.name(), r.a(), r.b(), r.c(), r.reject(), r.total(), r.aRate(), r.rejectRate());
    }

    /** Staff of a unit (and below) for the pickers, if the caller may read staff. */
    @Transactional(readOnly = true)
    public List<StaffView> staffOf(Long unitId) {
        Actor actor = CurrentActor.get();
        if (!actor.can(Permissions.STAFF_READ)) {
            return List.of();
        }
        return staff.search(new org.yuanwu.organization.StaffFilter(null, unitId, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 300, Sort.by("name"))).getContent();
    }

    // ---------------------------------------------------------------- internals

    private Actor writer(Long unitId) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_INSPECT);
        if (unitId == null) {
            throw DomainException.invalid("unitId", "radiology.error.unitRequired");
        }
        if (access.unitName(unitId).startsWith("#") ) {
            throw DomainException.invalid("unitId", "radiology.error.unitRequired");
        }
        return access.require(Permissions.QUALITY_INSPECT, unitId, null);
    }

    private void person(Long staffId, String field) {
        StaffView s = staffId == null ? null : staff.find(staffId).orElse(null);
        if (s == null || !access.sees(CurrentActor.get(), s.unitId())) {
            throw DomainException.invalid(field, "radiology.error.staffUnknown");
        }
    }

    private void notFuture(LocalDate date, String field) {
        if (date == null) {
            throw DomainException.invalid(field, "radiology.error.required");
        }
        if (date.isAfter(today())) {
            throw DomainException.invalid(field, "radiology.error.future");
        }
    }

    private static void required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "radiology.error.required");
        }
        optional(value, field, max);
    }

    private static void optional(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw DomainException.invalid(field, "error.tooLong", max);
        }
    }

    private static String reason(RadiologyForms.Voiding body) {
        if (body.reason() == null || body.reason().isBlank()) {
            throw DomainException.invalid("reason", "radiology.error.reasonRequired");
        }
        if (body.reason().strip().length() > 500) {
            throw DomainException.invalid("reason", "error.tooLong", 500);
        }
        return body.reason().strip();
    }

    private <T> Specification<T> inScope(Actor actor, Long unitId, YearMonth month, String dateField) {
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> filtered = unitId == null ? null : access.subtree(unitId);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scoped != null) {
                where.add(scoped.isEmpty() ? cb.disjunction() : root.get("unitId").in(scoped));
            }
            if (filtered != null) {
                where.add(filtered.isEmpty() ? cb.disjunction() : root.get("unitId").in(filtered));
            }
            if (month != null && dateField != null) {
                where.add(cb.between(root.get(dateField), month.atDay(1), month.atEndOfMonth()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private String unit(Long id, Map<Long, String> names) {
        return names.computeIfAbsent(-id, k -> access.unitName(id));
    }

    private String staffName(Long id, Map<Long, String> names) {
        return names.computeIfAbsent(id, k -> staff.find(id).map(StaffView::name).orElse("#" + id));
    }

    private RadiologyViews.Device view(RadiologyDevice d, Map<Long, String> names) {
        return new RadiologyViews.Device(d.getId(), d.getUnitId(), unit(d.getUnitId(), names), d.getCode(), d.getName(),
                d.getModality(), d.isActive(), d.getRetiredReason(), d.getVersion());
    }

    private RadiologyViews.Image view(RadiologyImage i, Map<Long, String> names) {
        String device = devices.findById(i.getDeviceId()).map(d -> d.getCode() + " " + d.getName()).orElse("#" + i.getDeviceId());
        return new RadiologyViews.Image(i.getId(), i.getUnitId(), unit(i.getUnitId(), names), i.getExamNo(), i.getExamOn(),
                i.getTechnologistId(), staffName(i.getTechnologistId(), names), i.getDeviceId(), device, i.getGrade(),
                i.getNote(), i.getGradedBy(), i.getVoidReason(), i.getVersion());
    }

    private RadiologyViews.ReportCheck view(RadiologyReportCheck r, Map<Long, String> names) {
        return new RadiologyViews.ReportCheck(r.getId(), r.getUnitId(), unit(r.getUnitId(), names), r.getReportNo(),
                r.getRadiologistId(), staffName(r.getRadiologistId(), names), r.getCheckedOn(), r.getItemsChecked(),
                r.getDefects(), r.getDefectNote(), r.getScore(), r.getCheckedBy(), r.getVoidReason(), r.getVersion());
    }

    private RadiologyViews.Reading view(RadiologyReading r, Map<Long, String> names) {
        List<Long> ids = List.copyOf(r.getParticipantIds());
        return new RadiologyViews.Reading(r.getId(), r.getUnitId(), unit(r.getUnitId(), names), r.getHeldOn(),
                r.getCasesDiscussed(), ids, ids.stream().map(id -> staffName(id, names)).toList(), r.getConclusion(),
                r.getRecordedBy(), r.getVoidReason(), r.getVersion());
    }

    private RadiologyViews.Followup view(RadiologyFollowup f, Map<Long, String> names) {
        return new RadiologyViews.Followup(f.getId(), f.getUnitId(), unit(f.getUnitId(), names), f.getExamNo(),
                f.getRadiologyDiagnosis(), f.getFinalDiagnosis(), f.getSource(), f.getConcordance(), f.getFollowedOn(),
                f.getRecordedBy(), f.getVoidReason(), f.getVersion());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
