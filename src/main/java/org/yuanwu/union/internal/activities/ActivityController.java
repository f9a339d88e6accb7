package org.yuanwu.union.internal.activities;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.union.ActivityAttendance;
import org.yuanwu.union.ActivityFilter;
import org.yuanwu.union.ActivityForm;
import org.yuanwu.union.ActivityKind;
import org.yuanwu.union.ActivityService;
import org.yuanwu.union.ActivityStatus;
import org.yuanwu.union.ActivityView;
import org.yuanwu.union.ClubForm;
import org.yuanwu.union.ClubService;
import org.yuanwu.union.ContestForm;
import org.yuanwu.union.ContestScoreInput;
import org.yuanwu.union.ContestService;

/**
 * The activities pages: the activity list (every signed-in user), an activity with sign-up, attendance and photos,
 * the clubs and the contests with their results.
 */
@Controller
@RequestMapping("/union/activities")
class ActivityController {

    static final int PAGE_SIZE = 20;

    private final ActivityService activities;
    private final ClubService clubs;
    private final ContestService contests;
    private final OrgUnitService units;
    private final StaffChoices staff;

    ActivityController(ActivityService activities, ClubService clubs, ContestService contests, OrgUnitService units,
                       StaffChoices staff) {
        this.activities = activities;
        this.clubs = clubs;
        this.contests = contests;
        this.units = units;
        this.staff = staff;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("statuses", ActivityStatus.values());
    }

    // ---------------------------------------------------------------- activities

    @GetMapping
    String list(ActivityFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", activities.search(filter, PageRequests.of(page, PAGE_SIZE, ActivityApiController.ORDER)));
        model.addAttribute("tab", "activities");
        return "union/activities/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(ActivityFilter filter, Locale locale) {
        return Downloads.excel(activities.export(filter, locale), "activities-" + activities.today() + ".xlsx");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        ActivityForm form = new ActivityForm();
        form.setHeldOn(activities.today().plusDays(14));
        form.setOrganiserUnitId(CurrentActor.get().scopeUnitId());
        form.setBudgetYuan(BigDecimal.ZERO);
        return formPage(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("activityForm") ActivityForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                ActivityView created = activities.create(form);
                redirect.addFlashAttribute("notice", "activity.notice.created");
                return "redirect:/union/activities/" + created.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return formPage(form, null, model);
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("a", activities.get(id));
        model.addAttribute("mayManage", activities.mayManage(id));
        model.addAttribute("hasStaffRecord", activities.hasStaffRecord());
        model.addAttribute("signups", activities.signups(id));
        model.addAttribute("photos", activities.photos(id));
        model.addAttribute("today", activities.today());
        model.addAttribute("fundRequests", activities.fundRequests(id));
        return "union/activities/detail";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable Long id, Model model) {
        ActivityView a = activities.get(id);
        return formPage(ActivityForm.of(a), a, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable Long id, @ModelAttribute("activityForm") ActivityForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                activities.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/union/activities/" + id;
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return formPage(form, activities.get(id), model);
    }

    @PostMapping("/{id:\\d+}/signup")
    String signUp(@PathVariable Long id, @RequestParam(required = false) Long staffId, RedirectAttributes redirect) {
        return step("/union/activities/" + id, redirect, "activity.notice.signedUp", () -> activities.signUp(id, staffId));
    }

    @PostMapping("/{id:\\d+}/withdraw-signup")
    String withdrawSignup(@PathVariable Long id, @RequestParam(required = false) Long staffId, RedirectAttributes redirect) {
        return step("/union/activities/" + id, redirect, "activity.notice.signupWithdrawn", () -> {
            activities.withdrawSignup(id, staffId);
            return null;
        });
    }

    @PostMapping("/{id:\\d+}/attendance")
    String attendance(@PathVariable Long id, @RequestParam(name = "attended", required = false) List<Long> attended,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step("/union/activities/" + id, redirect, "activity.notice.attendance",
                () -> activities.recordAttendance(id, new ActivityAttendance(attended == null ? List.of() : attended, version)));
    }

    @PostMapping("/{id:\\d+}/fund-request")
    String requestBudget(@PathVariable Long id, RedirectAttributes redirect) {
        return step("/union/activities/" + id, redirect, "activity.notice.fundRequested", () -> activities.requestBudget(id));
    }

    @PostMapping("/{id:\\d+}/cancel")
    String cancel(@PathVariable Long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step("/union/activities/" + id, redirect, "activity.notice.cancelled", () -> activities.cancel(id, reason, version));
    }

    @PostMapping("/{id:\\d+}/photos")
    String upload(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        return step("/union/activities/" + id, redirect, "activity.notice.photoAdded", () -> {
            try {
                return activities.addPhoto(id, file == null ? null : file.getOriginalFilename(),
                        file == null ? new byte[0] : file.getBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/{id:\\d+}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long photoId) {
        var p = activities.photo(id, photoId).orElseThrow(() -> DomainException.notFound("activity.error.photoNotFound"));
        return Downloads.file(p.getValue(), p.getKey().contentType(), p.getKey().fileName(), false);
    }

    private String formPage(ActivityForm form, ActivityView a, Model model) {
        model.addAttribute("activityForm", form);
        model.addAttribute("a", a);
        model.addAttribute("formAction", a == null ? "/union/activities" : "/union/activities/" + a.id());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("clubs", clubs.list(true));
        return "union/activities/form";
    }

    // ---------------------------------------------------------------- clubs

    @GetMapping("/clubs")
    String clubs(Model model) {
        return clubsPage(new ClubForm(), model);
    }

    @PostMapping("/clubs")
    String createClub(@ModelAttribute("clubForm") ClubForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var c = clubs.create(form);
            redirect.addFlashAttribute("notice", "club.notice.created");
            return "redirect:/union/activities/clubs/" + c.id();
        } catch (DomainException e) {
            Forms.rejected(e, binding, model, response);
        }
        return clubsPage(form, model);
    }

    private String clubsPage(ClubForm form, Model model) {
        model.addAttribute("clubForm", form);
        model.addAttribute("clubList", clubs.list(false));
        model.addAttribute("tab", "clubs");
        return "union/activities/clubs";
    }

    @GetMapping("/clubs/{id}")
    String club(@PathVariable Long id, Model model) {
        model.addAttribute("club", clubs.get(id));
        model.addAttribute("members", clubs.members(id));
        model.addAttribute("staffChoices", staff.active());
        model.addAttribute("today", activities.today());
        return "union/activities/club";
    }

    @PostMapping("/clubs/{id}/members")
    String addMember(@PathVariable Long id, @RequestParam(required = false) Long staffId,
                     @RequestParam(defaultValue = "false") boolean leader,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
                     RedirectAttributes redirect) {
        return step("/union/activities/clubs/" + id, redirect, "club.notice.memberAdded",
                () -> clubs.addMember(id, staffId, leader, joinedOn));
    }

    @PostMapping("/clubs/{id}/members/{staffId}/leader")
    String leader(@PathVariable Long id, @PathVariable Long staffId, @RequestParam(defaultValue = "false") boolean leader,
                  RedirectAttributes redirect) {
        return step("/union/activities/clubs/" + id, redirect, "common.saved", () -> {
            clubs.setLeader(id, staffId, leader);
            return null;
        });
    }

    @PostMapping("/clubs/{id}/members/{staffId}/leave")
    String leave(@PathVariable Long id, @PathVariable Long staffId, RedirectAttributes redirect) {
        return step("/union/activities/clubs/" + id, redirect, "club.notice.memberLeft", () -> {
            clubs.removeMember(id, staffId);
            return null;
        });
    }

    @PostMapping("/clubs/{id}/close")
    String closeClub(@PathVariable Long id, @RequestParam(required = false) String reason,
                     @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step("/union/activities/clubs/" + id, redirect, "club.notice.closed", () -> clubs.close(id, reason, version));
    }

    // ---------------------------------------------------------------- contests

    @GetMapping("/contests")
    String contests(Model model) {
        ContestForm form = new ContestForm();
        form.setHeldOn(activities.today());
        form.setOrganiserUnitId(CurrentActor.get().scopeUnitId());
        return contestsPage(form, model);
    }

    @PostMapping("/contests")
    String createContest(@ModelAttribute("contestForm") ContestForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                var c = contests.create(form);
                redirect.addFlashAttribute("notice", "contest.notice.created");
                return "redirect:/union/activities/contests/" + c.id();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return contestsPage(form, model);
    }

    private String contestsPage(ContestForm form, Model model) {
        model.addAttribute("contestForm", form);
        model.addAttribute("contestList", contests.list());
        model.addAttribute("units", units.allVisible(true));
        model.addAttribute("tab", "contests");
        return "union/activities/contests";
    }

    @GetMapping("/contests/{id}")
    String contest(@PathVariable Long id, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("standings", contests.standings(id));
        model.addAttribute("mayManage", contests.mayManage(id));
        model.addAttribute("staffChoices", staff.active());
        return "union/activities/contest";
    }

    @GetMapping("/contests/{id}/results")
    String results(@PathVariable Long id, Model model) {
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("standings", contests.standings(id));
        return "union/activities/results";
    }

    @PostMapping("/contests/{id}/entrants")
    String enter(@PathVariable Long id, @RequestParam(required = false) Long staffId, RedirectAttributes redirect) {
        return step("/union/activities/contests/" + id, redirect, "contest.notice.entered", () -> {
            contests.addEntrant(id, staffId);
            return null;
        });
    }

    @PostMapping("/contests/{id}/scores")
    String score(@PathVariable Long id, @RequestParam(required = false) Long staffId,
                 @RequestParam(required = false) Integer round, @RequestParam(required = false) String judge,
                 @RequestParam(required = false) BigDecimal points, RedirectAttributes redirect) {
        return step("/union/activities/contests/" + id, redirect, "contest.notice.scored", () -> {
            contests.score(id, new ContestScoreInput(staffId, round, judge, points));
            return null;
        });
    }

    @PostMapping("/contests/{id}/finish")
    String finish(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step("/union/activities/contests/" + id, redirect, "contest.notice.finished", () -> contests.finish(id, version));
    }

    static String step(String back, RedirectAttributes redirect, String notice, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:" + back;
    }
}
