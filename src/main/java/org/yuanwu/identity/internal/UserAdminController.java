package org.yuanwu.identity.internal;

import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
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
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DataScope;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.web.Forms;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.identity.CreatedUser;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.identity.UserView;
import org.yuanwu.organization.OrgUnitService;

/** Administrators hand out accounts: roles, data scope, password reset, unlock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts accounts;
    private final OrgUnitService units;

    UserAdminController(UserAccounts accounts, OrgUnitService units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", accounts.search(q, PageRequests.of(page, 20, Sort.by("username"))));
        return "identity/user-list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(new UserForm(), null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                CreatedUser created = accounts.create(form, null);
                redirect.addFlashAttribute("oneTimePassword", created.initialPassword());
                return "redirect:/admin/users/" + created.user().id();
            } catch (DomainException e) {
                Forms.reject(binding, e);
            }
        }
        return form(form, null, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        UserView user = accounts.get(id);
        UserForm form = UserForm.of(user.username(), user.displayName(), user.staffId(), user.scopeUnitId(),
                user.dataScope(), user.roles());
        form.setEnabled(user.enabled());
        form.setVersion(user.version());
        return form(form, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                accounts.update(id, form);
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/admin/users/" + id;
            } catch (DomainException e) {
                Forms.reject(binding, e);
            }
        }
        return form(form, accounts.get(id), model);
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(id));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("notice", "identity.notice.unlocked");
        return "redirect:/admin/users/" + id;
    }

    private String form(UserForm form, UserView user, Model model) {
        CurrentActor.require(Permissions.USER_ADMIN);
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopes", DataScope.values());
        model.addAttribute("units", units.allVisible(true));
        return "identity/user-form";
    }
}
