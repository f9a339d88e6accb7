package org.yuanwu.union.internal.congress;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;

/** Runs a page action: on success a notice, on a refusal its message (and field) for the page it returns to. */
public final class UnionPages {

    private UnionPages() {
    }

    public static String step(String target, RedirectAttributes redirect, String notice, Runnable action) {
        return stepTo(redirect, notice, () -> {
            action.run();
            return target;
        }, target);
    }

    public static String stepTo(RedirectAttributes redirect, String notice, Supplier<String> action, String onFailure) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + target;
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            redirect.addFlashAttribute("errorField", e.field());
            return "redirect:" + onFailure;
        }
    }
}
