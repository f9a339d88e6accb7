package org.yuanwu.union.internal;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;

/** Runs a page action (a button or a small form) and returns to a page with its notice or refusal. */
public final class UnionPages {

    private UnionPages() {
    }

    public static String step(String back, RedirectAttributes redirect, String notice, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
            redirect.addFlashAttribute("actionErrorField", e.field());
        }
        return "redirect:" + back;
    }
}
