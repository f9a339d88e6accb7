package org.yuanwu.party.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.common.web.Forms;

/** What the party pages share: list orders, the Excel response, and the save-or-show-again of a form. */
final class PartyWeb {

    static final int PAGE_SIZE = 20;
    static final Sort MEETING_ORDER = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));
    static final Sort STUDY_ORDER = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));
    static final Sort CONDUCT_ORDER = Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("id"));

    private PartyWeb() {
    }

    static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, ExcelSheet.CONTENT_TYPE)
                .body(body);
    }

    /**
     * Runs {@code save} (which returns where to go next) unless the form did not bind; a refusal goes beside its
     * field and {@code again} shows the form once more.
     */
    static String submit(BindingResult binding, Model model, HttpServletResponse response, Supplier<String> save,
                         Supplier<String> again) {
        if (!binding.hasErrors()) {
            try {
                return save.get();
            } catch (DomainException e) {
                Forms.rejected(e, binding, model, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return again.get();
    }

    /** Runs a button's action and returns to {@code back}, with a notice or the refusal. */
    static String step(RedirectAttributes redirect, String notice, String back, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            Forms.failed(e, redirect);
        }
        return "redirect:" + back;
    }
}
