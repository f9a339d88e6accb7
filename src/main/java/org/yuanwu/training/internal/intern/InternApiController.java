package org.yuanwu.training.internal.intern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.InternEvaluationForm;
import org.yuanwu.training.InternEvaluationView;
import org.yuanwu.training.InternExitScoreForm;
import org.yuanwu.training.InternExitScoreView;
import org.yuanwu.training.InternFeedbackService;
import org.yuanwu.training.InternForm;
import org.yuanwu.training.InternGrid;
import org.yuanwu.training.InternImportReport;
import org.yuanwu.training.InternIntakeFilter;
import org.yuanwu.training.InternIntakeForm;
import org.yuanwu.training.InternIntakeService;
import org.yuanwu.training.InternIntakeView;
import org.yuanwu.training.InternMeetingForm;
import org.yuanwu.training.InternMeetingView;
import org.yuanwu.training.InternRotationForm;
import org.yuanwu.training.InternRotationService;
import org.yuanwu.training.InternRotationView;
import org.yuanwu.training.InternScheduleRequest;
import org.yuanwu.training.InternTeachingForm;
import org.yuanwu.training.InternTeachingGap;
import org.yuanwu.training.InternTeachingService;
import org.yuanwu.training.InternTeachingView;
import org.yuanwu.training.InternView;
import org.yuanwu.training.TutorAssignment;
import org.yuanwu.training.TutorScore;

/** Interns and tutors over JSON, mirroring the pages; failures become problem details in the caller's language. */
@RestController
@RequestMapping("/api/v1/training/interns")
@Tag(name = "Interns and tutors", description = "Intakes of interns from schools, their rotation schedule across "
        + "wards (no overlaps, inside the intake; round-robin generation), tutors of 护师 rank or above with a cap per "
        + "tutor, weekly teaching records and missing weeks, exit theory and skill scores with retakes, two-way "
        + "evaluations, the 评教评学 meeting and the best-tutor vote")
class InternApiController {

    record Reason(String reason, Long version) {
    }

    private final InternIntakeService intakes;
    private final InternRotationService rotations;
    private final InternTeachingService teaching;
    private final InternFeedbackService feedback;

    InternApiController(InternIntakeService intakes, InternRotationService rotations, InternTeachingService teaching,
                        InternFeedbackService feedback) {
        this.intakes = intakes;
        this.rotations = rotations;
        this.teaching = teaching;
        this.feedback = feedback;
    }

    // ---------------------------------------------------------------- intakes and interns

    @GetMapping("/intakes")
    @Operation(summary = "Intakes organised by, or rotating through, units in your data scope; newest first")
    PagedResponse<InternIntakeView> list(@ParameterObject InternIntakeFilter filter,
                                         @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                         @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(intakes.search(filter, PageRequests.of(page, size, InternController.ORDER)));
    }

    @GetMapping("/intakes/export")
    @Operation(summary = "The filtered intakes as an Excel workbook")
    ResponseEntity<byte[]> export(@ParameterObject InternIntakeFilter filter, Locale locale) {
        return InternController.excel(intakes.exportIntakes(filter, locale), "intern-intakes.xlsx");
    }

    @PostMapping("/intakes")
    @Operation(summary = "Create an intake (TRAINING_WRITE over the organising unit)")
    ResponseEntity<InternIntakeView> create(@RequestBody InternIntakeForm form) {
        InternIntakeView created = intakes.create(form);
        return ResponseEntity.created(URI.create("/api/v1/training/interns/intakes/" + created.id())).body(created);
    }

    @GetMapping("/intakes/{id}")
    InternIntakeView get(@PathVariable Long id) {
        return intakes.get(id);
    }

    @PutMapping("/intakes/{id}")
    @Operation(summary = "Edit an intake; the body's version must be the stored one, else 409")
    InternIntakeView update(@PathVariable Long id, @RequestBody InternIntakeForm form) {
        return intakes.update(id, form);
    }

    @PostMapping("/intakes/{id}/remove")
    @Operation(summary = "Take an intake off the lists with a reason (kept on record)")
    InternIntakeView remove(@PathVariable Long id, @RequestBody Reason body) {
        return intakes.remove(id, body.reason(), body.version());
    }

    @GetMapping("/intakes/{id}/interns")
    @Operation(summary = "The intake's interns; their answer codes only for the intake's managers")
    List<InternView> interns(@PathVariable Long id) {
        return intakes.interns(id);
    }

    @PostMapping("/intakes/{id}/interns")
    ResponseEntity<InternView> addIntern(@PathVariable Long id, @RequestBody InternForm form) {
        InternView created = intakes.addIntern(id, form);
        return ResponseEntity.created(URI.create("/api/v1/training/interns/" + created.id())).body(created);
    }

    @GetMapping("/intakes/{id}/interns/export")
    ResponseEntity<byte[]> exportInterns(@PathVariable Long id, Locale locale) {
        return InternController.excel(intakes.exportInterns(id, locale), "interns-" + id + ".xlsx");
    }

    @GetMapping("/import-template")
    @Operation(summary = "The intern-list workbook template (name, student number, school, phone)")
    ResponseEntity<byte[]> template(Locale locale) {
        return InternController.excel(intakes.importTemplate(locale), "interns-template.xlsx");
    }

    @PostMapping(value = "/intakes/{id}/interns/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the intern list: good rows are added, each refused row is reported with its reason")
    InternImportReport importInterns(@PathVariable Long id, @RequestPart("file") MultipartFile file, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "intern.error.fileRequired");
        }
        return intakes.importInterns(id, file.getInputStream(), locale);
    }

    @PutMapping("/{internId}")
    InternView updateIntern(@PathVariable Long internId, @RequestBody InternForm form) {
        return intakes.updateIntern(internId, form);
    }

    @PostMapping("/{internId}/withdraw")
    @Operation(summary = "An intern left early: kept with the reason")
    InternView withdraw(@PathVariable Long internId, @RequestBody Reason body) {
        return intakes.withdrawIntern(internId, body.reason(), body.version());
    }

    // ---------------------------------------------------------------- rotations and tutors

    @GetMapping("/intakes/{id}/rotations")
    List<InternRotationView> rotations(@PathVariable Long id) {
        return rotations.ofIntake(id);
    }

    @PostMapping("/{internId}/rotations")
    @Operation(summary = "Add a rotation block: inside the intake's dates, never overlapping another of hers")
    ResponseEntity<InternRotationView> addRotation(@PathVariable Long internId, @RequestBody InternRotationForm form) {
        InternRotationView created = rotations.add(internId, form);
        return ResponseEntity.created(URI.create("/api/v1/training/interns/rotations/" + created.id())).body(created);
    }

    @PostMapping("/intakes/{id}/rotations/generate")
    @Operation(summary = "Round-robin schedule for the interns not scheduled yet, over the chosen wards, weeksPerWard each")
    List<InternRotationView> generate(@PathVariable Long id, @RequestBody InternScheduleRequest body) {
        return rotations.generate(id, body);
    }

    @GetMapping("/intakes/{id}/grid")
    @Operation(summary = "The rotation grid: wards × weeks, the interns in each cell")
    InternGrid grid(@PathVariable Long id) {
        return rotations.grid(id);
    }

    @GetMapping("/rotations/{rotationId}")
    InternRotationView rotation(@PathVariable Long rotationId) {
        return rotations.get(rotationId);
    }

    @PutMapping("/rotations/{rotationId}")
    InternRotationView updateRotation(@PathVariable Long rotationId, @RequestBody InternRotationForm form) {
        return rotations.update(rotationId, form);
    }

    @PostMapping("/rotations/{rotationId}/remove")
    InternRotationView removeRotation(@PathVariable Long rotationId, @RequestBody Reason body) {
        return rotations.remove(rotationId, body.reason(), body.version());
    }

    @PutMapping("/rotations/{rotationId}/tutor")
    @Operation(summary = "Assign the tutor: a staff member of the ward, 护师 or above, with room under the intake's cap "
            + "(null tutorStaffId clears it)")
    InternRotationView assignTutor(@PathVariable Long rotationId, @RequestBody TutorAssignment body) {
        return rotations.assignTutor(rotationId, body);
    }

    @GetMapping("/wards/{unitId}/tutor-candidates")
    @Operation(summary = "Active staff of the ward who may tutor (needs STAFF_READ)")
    List<StaffView> candidates(@PathVariable Long unitId) {
        return rotations.tutorCandidates(unitId);
    }

    @GetMapping("/wards/{unitId}/present")
    @Operation(summary = "Interns at the ward in the week of the date (default today)")
    List<InternRotationView> present(@PathVariable Long unitId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return rotations.atWard(unitId, date == null ? intakes.today() : date);
    }

    // ---------------------------------------------------------------- teaching

    @GetMapping("/rotations/mine")
    @Operation(summary = "The rotations the signed-in user tutors")
    List<InternRotationView> myRotations() {
        return teaching.myRotations();
    }

    @PostMapping("/teaching")
    @Operation(summary = "Record a week's teaching (signed-in tutor, for interns she tutors at that ward that week)")
    ResponseEntity<InternTeachingView> record(@RequestBody InternTeachingForm form) {
        InternTeachingView created = teaching.record(form);
        return ResponseEntity.status(201).body(created);
    }

    @GetMapping("/teaching/mine")
    List<InternTeachingView> myTeaching() {
        return teaching.mine();
    }

    @GetMapping("/wards/{unitId}/teaching")
    List<InternTeachingView> wardTeaching(@PathVariable Long unitId) {
        return teaching.atWard(unitId);
    }

    @GetMapping("/wards/{unitId}/missing-weeks")
    @Operation(summary = "Past weeks of tutored rotations at the ward without a teaching record")
    List<InternTeachingGap> gaps(@PathVariable Long unitId) {
        return teaching.gaps(unitId);
    }

    // ---------------------------------------------------------------- exit exams, evaluations, meeting, vote

    @PostMapping("/exit-scores")
    @Operation(summary = "Record an exit theory or skill score out of 100; a retake is the next attempt, refused once passed")
    ResponseEntity<InternExitScoreView> exitScore(@RequestBody InternExitScoreForm form) {
        return ResponseEntity.status(201).body(feedback.recordExitScore(form));
    }

    @GetMapping("/intakes/{id}/exit-scores")
    List<InternExitScoreView> exitScores(@PathVariable Long id) {
        return feedback.exitScores(id);
    }

    @PostMapping("/rotations/{rotationId}/evaluation")
    @Operation(summary = "The signed-in tutor rates the intern (five items 1–5 and a comment), from the rotation's last week")
    ResponseEntity<InternEvaluationView> tutorRates(@PathVariable Long rotationId, @RequestBody InternEvaluationForm form) {
        return ResponseEntity.status(201).body(feedback.tutorRatesIntern(rotationId, form));
    }

    @GetMapping("/intakes/{id}/evaluations")
    List<InternEvaluationView> evaluations(@PathVariable Long id) {
        return feedback.evaluations(id);
    }

    @GetMapping("/intakes/{id}/tutor-ranking")
    @Operation(summary = "Tutors ranked by best-tutor votes, then by the interns' average rating")
    List<TutorScore> ranking(@PathVariable Long id) {
        return feedback.tutorRanking(id);
    }

    @PostMapping("/intakes/{id}/meetings")
    ResponseEntity<InternMeetingView> meeting(@PathVariable Long id, @RequestBody InternMeetingForm form) {
        return ResponseEntity.status(201).body(feedback.recordMeeting(id, form));
    }

    @GetMapping("/intakes/{id}/meetings")
    List<InternMeetingView> meetings(@PathVariable Long id) {
        return feedback.meetings(id);
    }
}
