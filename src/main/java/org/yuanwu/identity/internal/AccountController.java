package org.yuanwu.identity.internal;

import org.yuanwu.identity.ApiTokens;

import jakarta.validation.constraints.NotBlank;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.web.Forms;
import org.yuanwu.identity.UserAccounts;

/** "My account": change one's password, create and revoke personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;

    AccountController(UserAccounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public static class PasswordForm {
        @NotBlank
        private String currentPassword;
        @NotBlank
        private String newPassword;
        @NotBlank
        private String confirmPassword;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String v) { this.currentPassword = v; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String v) { this.newPassword = v; }
        public String getConfirmPassword() { return confirmPassword; }
        public void setConfirmPassword(String v) { this.confirmPassword = v; }
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.mine());
        return "identity/account";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user,
                          @jakarta.validation.Valid @ModelAttribute("passwordForm") PasswordForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "identity.error.passwordMismatch");
        }
        if (!binding.hasErrors()) {
            try {
                accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
                user.passwordChanged();
                redirect.addFlashAttribute("notice", "identity.notice.passwordChanged");
                return "redirect:/account";
            } catch (DomainException e) {
                Forms.reject(binding, e);
            }
        }
        return page(user, model);
    }

    @PostMapping("/tokens")
    String createToken(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String name,
                       @RequestParam(required = false) Integer validDays, Model model) {
        try {
            ApiTokens.IssuedToken issued = tokens.issue(name, validDays);
            model.addAttribute("newToken", issued.secret());
        } catch (DomainException e) {
            model.addAttribute("tokenError", e.messageKey());
        }
        return page(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable Long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "identity.notice.tokenRevoked");
        return "redirect:/account";
    }
}
