package org.yuanwu.plan.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.plan.DutyService;
import org.yuanwu.plan.DutyView;

/** "My tasks": open duties of the caller's units, overdue first, each with a Done button. */
@Controller
class DutyController {

    private final DutyService duties;

    DutyController(DutyService duties) {
        this.duties = duties;
    }

    @GetMapping("/duties/mine")
    String mine(Model model) {
        List<DutyView> open = duties.mine();
        model.addAttribute("overdue", open.stream().filter(DutyView::overdue).toList());
        model.addAttribute("upcoming", open.stream().filter(d -> !d.overdue()).toList());
        return "plan/duties";
    }

    @PostMapping("/duties/{dutyId}/done")
    String done(@PathVariable Long dutyId, @RequestParam long version,
                @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
        try {
            duties.markDone(dutyId, true, evidence, version);
            redirect.addFlashAttribute("notice", "plan.duty.doneNotice");
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
        }
        return "redirect:/duties/mine";
    }
}
