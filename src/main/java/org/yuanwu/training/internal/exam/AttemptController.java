package org.yuanwu.training.internal.exam;

import org.yuanwu.common.web.Forms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.training.AttemptItemView;
import org.yuanwu.training.AttemptService;
import org.yuanwu.training.AttemptView;
import org.yuanwu.training.ExamResultService;
import org.yuanwu.training.ExamService;
import org.yuanwu.training.ExamView;

/**
 * Taking an exam: the start page, the timed paper whose answers are saved one by one (htmx),
 * submitting, the review afterwards; and for examiners the grading queue and paper-exam scores.
 */
@Controller
@RequestMapping("/exams")
class AttemptController {

    private final AttemptService attempts;
    private final ExamService exams;
    private final ExamResultService results;

    AttemptController(AttemptService attempts, ExamService exams, ExamResultService results) {
        this.attempts = attempts;
        this.exams = exams;
        this.results = results;
    }

    /** The attempt in progress, or the start page; an overdue attempt is submitted first. */
    @GetMapping("/{id}/take")
    String take(@PathVariable Long id, Model model) {
        ExamView exam = exams.get(id);
        Optional<AttemptView> current = attempts.current(id);
        model.addAttribute("exam", exam);
        if (current.isPresent()) {
            model.addAttribute("attempt", current.get());
            return "training/attempt-take";
        }
        model.addAttribute("mine", results.mine().stream().filter(m -> m.examId().equals(id)).findFirst().orElse(null));
        return "training/attempt-start";
    }

    @PostMapping("/{id}/take")
    String start(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            FactRace.retry(() -> attempts.start(id));
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/" + id + "/take";
    }

    /** Saves one answer (htmx): the fragment says saved, or why not. */
    @PostMapping("/attempts/{attemptId}/answers")
    String answer(@PathVariable Long attemptId, @RequestParam Long questionId,
                  @RequestParam(required = false) List<String> response, Model model,
                  jakarta.servlet.http.HttpServletResponse http) {
        try {
            AttemptItemView item = FactRace.retry(() -> attempts.saveAnswer(attemptId, questionId,
                    response == null ? new ArrayList<>() : response));
            model.addAttribute("saved", item);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            // htmx swaps only 2xx answers by default, so the reason is sent with 200 and flagged for the script
            http.setHeader("X-Answer-Refused", e.messageKey());
        }
        return "training/exam-fragments :: saved";
    }

    @PostMapping("/attempts/{attemptId}/submit")
    String submit(@PathVariable Long attemptId, RedirectAttributes redirect) {
        try {
            FactRace.retry(() -> attempts.submit(attemptId));
            redirect.addFlashAttribute("notice", "exam.notice.submitted");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/attempts/" + attemptId;
    }

    @GetMapping("/attempts/{attemptId}")
    String review(@PathVariable Long attemptId, Model model) {
        AttemptView attempt = attempts.attempt(attemptId);
        model.addAttribute("attempt", attempt);
        model.addAttribute("exam", exams.get(attempt.examId()));
        return "training/attempt-review";
    }

    // ---------------------------------------------------------------- examiner

    @GetMapping("/grading")
    String queue(@RequestParam(required = false) Long examId, Model model) {
        model.addAttribute("queue", attempts.gradingQueue(examId));
        model.addAttribute("examId", examId);
        return "training/exam-grading";
    }

    @PostMapping("/attempts/{attemptId}/grade")
    String grade(@PathVariable Long attemptId, @RequestParam(required = false) Integer position,
                 @RequestParam(required = false) String score, @RequestParam(required = false) Long examId,
                 RedirectAttributes redirect) {
        try {
            if (position == null) {
                throw DomainException.invalid("position", "exam.error.positionUnknown", "");
            }
            FactRace.retry(() -> attempts.grade(attemptId, position, ExamController.parseScore(score)));
            redirect.addFlashAttribute("notice", "exam.notice.graded");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/grading" + (examId == null ? "" : "?examId=" + examId);
    }

    @PostMapping("/{id}/scores")
    String score(@PathVariable Long id, @RequestParam(required = false) Long staffId,
                 @RequestParam(required = false) String score, RedirectAttributes redirect) {
        try {
            FactRace.retry(() -> attempts.enterPaperScore(id, staffId, ExamController.parseScore(score), null, null));
            redirect.addFlashAttribute("notice", "exam.notice.scoreEntered");
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:/exams/" + id + "/results";
    }
}
