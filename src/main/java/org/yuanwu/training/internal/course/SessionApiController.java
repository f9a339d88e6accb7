package org.yuanwu.training.internal.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.training.AttendanceMark;
import org.yuanwu.training.AttendanceView;
import org.yuanwu.training.CourseFilter;
import org.yuanwu.training.CourseForm;
import org.yuanwu.training.CourseService;
import org.yuanwu.training.CourseView;
import org.yuanwu.training.SessionForm;
import org.yuanwu.training.SessionMaterialContent;
import org.yuanwu.training.SessionMaterialView;
import org.yuanwu.training.SessionMine;
import org.yuanwu.training.SessionService;
import org.yuanwu.training.SessionSignIn;
import org.yuanwu.training.SessionView;

/** Courses, sessions, invitees, attendance, sign-in and materials over JSON, mirroring the pages. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training courses", description = "The course catalogue, sessions with their resolved invitees, attendance "
        + "ticked by the organiser or signed in by code, course materials; held sessions publish training.invited / "
        + "training.attended facts")
class SessionApiController {

    private final CourseService courses;
    private final SessionService sessions;

    SessionApiController(CourseService courses, SessionService sessions) {
        this.courses = courses;
        this.sessions = sessions;
    }

    @Schema(description = "A withdrawal or cancellation: the reason (required) and the version you read")
    record ReasonRequest(String reason, Long version) {
    }

    // ---------------------------------------------------------------- courses

    @GetMapping("/courses")
    @Operation(summary = "Courses of the units in your data scope, recently changed first")
    PagedResponse<CourseView> courses(@ParameterObject CourseFilter filter,
                                      @Parameter(description = "Page number from 0") @RequestParam(required = false) Integer page,
                                      @Parameter(description = "Page size, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        return PagedResponse.of(courses.search(filter, PageRequests.of(page, size, CourseService.ORDER)));
    }

    @GetMapping("/courses/{id}")
    CourseView course(@PathVariable Long id) {
        return courses.get(id);
    }

    @PostMapping("/courses")
    @Operation(summary = "Add a course organised by a unit in your data scope (needs TRAINING_WRITE)",
            responses = @ApiResponse(responseCode = "201", description = "Created; Location names it"))
    ResponseEntity<CourseView> createCourse(@Valid @RequestBody CourseForm form) {
        CourseView created = courses.create(form);
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + created.id())).body(created);
    }

    @PutMapping("/courses/{id}")
    @Operation(summary = "Edit a course; the body's version must be the stored one, else 409; the unit stays")
    CourseView updateCourse(@PathVariable Long id, @Valid @RequestBody CourseForm form) {
        return courses.update(id, form);
    }

    @PostMapping("/courses/{id}/withdraw")
    @Operation(summary = "Withdraw a course from the catalogue with a reason; its sessions stay counted")
    CourseView withdrawCourse(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return courses.withdraw(id, body.reason(), body.version());
    }

    // ---------------------------------------------------------------- sessions

    @GetMapping("/courses/{id}/sessions")
    @Operation(summary = "Sessions of a course, newest first, with invited / present / absent counts")
    List<SessionView> sessionsOf(@PathVariable Long id) {
        return sessions.ofCourse(id);
    }

    @PostMapping("/courses/{id}/sessions")
    @Operation(summary = "Schedule a session; the audience is resolved to the list of invited staff at once",
            description = "startsAt / endsAt are wall-clock times in Asia/Shanghai (e.g. 2026-03-05T14:30); the view "
                    + "returns them as UTC instants. Give lecturerStaffId or an external lecturerName. The audience is "
                    + "the active staff of audienceUnitId and the units below it (within your data scope), narrowed by "
                    + "titles, nurseLevels and employmentTypes where given.",
            responses = @ApiResponse(responseCode = "201", description = "Created with its sign-in code"))
    ResponseEntity<SessionView> createSession(@PathVariable Long id, @Valid @RequestBody SessionForm form) {
        SessionView created = sessions.create(id, form);
        return ResponseEntity.created(URI.create("/api/v1/training/sessions/" + created.id())).body(created);
    }

    @GetMapping("/sessions/{id}")
    SessionView session(@PathVariable Long id) {
        return sessions.get(id);
    }

    @PutMapping("/sessions/{id}")
    @Operation(summary = "Change a session; the audience may change only while no attendance is recorded")
    SessionView updateSession(@PathVariable Long id, @Valid @RequestBody SessionForm form) {
        return sessions.update(id, form);
    }

    @PostMapping("/sessions/{id}/cancel")
    @Operation(summary = "Cancel a session with a reason; its facts are withdrawn")
    SessionView cancel(@PathVariable Long id, @RequestBody ReasonRequest body) {
        return sessions.cancel(id, body.reason(), body.version());
    }

    @GetMapping("/sessions/{id}/invitees")
    @Operation(summary = "Invitees and walk-ins with their attendance, by name")
    List<AttendanceView> invitees(@PathVariable Long id) {
        return sessions.attendance(id);
    }

    @PostMapping("/sessions/{id}/attendance")
    @Operation(summary = "Record attendance: PRESENT, ABSENT with absenceReason (LEAVE, NIGHT_SHIFT, SICK, OTHER), or "
            + "PENDING to undo; the session is HELD from the first record and its facts are republished")
    List<AttendanceView> attendance(@PathVariable Long id, @RequestBody List<AttendanceMark> marks) {
        return sessions.record(id, marks);
    }

    @PostMapping("/signin/{code}")
    @Operation(summary = "Sign yourself in with a session's code, from 30 minutes before the start to 60 minutes after "
            + "the end (else 409): present if invited, otherwise added as a walk-in")
    SessionSignIn signIn(@PathVariable String code) {
        return sessions.signIn(code);
    }

    @GetMapping("/mine")
    @Operation(summary = "Your own sessions (invited or attended), newest first; empty if your account has no staff record")
    List<SessionMine> mine() {
        return sessions.mine();
    }

    // ---------------------------------------------------------------- materials

    @GetMapping("/sessions/{id}/materials")
    List<SessionMaterialView> materials(@PathVariable Long id) {
        return sessions.materials(id);
    }

    @PostMapping(value = "/sessions/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a course material (at most 10 MB)",
            description = "The type is read from the content: PDF, PNG, JPEG, MP4, Office documents without macros, "
                    + "plain text. Executables, scripts and unknown types are refused with 400.")
    SessionMaterialView upload(@PathVariable Long id, @RequestParam(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "training.error.materialEmpty");
        }
        if (file.getSize() > MaterialFiles.MAX_BYTES) {
            throw DomainException.invalid("file", "training.error.materialTooLarge", MaterialFiles.MAX_BYTES / (1024 * 1024));
        }
        try {
            return sessions.attach(id, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw DomainException.invalid("file", "training.error.materialEmpty");
        }
    }

    @GetMapping("/sessions/{id}/materials/{materialId}")
    @Operation(summary = "Download a material", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long materialId) {
        return file(sessions.download(id, materialId));
    }

    @DeleteMapping("/sessions/{id}/materials/{materialId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMaterial(@PathVariable Long id, @PathVariable Long materialId) {
        sessions.removeMaterial(id, materialId);
    }

    /** Always a download (never shown inline), under its stored name. */
    static ResponseEntity<byte[]> file(SessionMaterialContent content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.content());
    }
}
