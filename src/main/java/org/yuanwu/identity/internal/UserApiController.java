package org.yuanwu.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yuanwu.common.web.PageRequests;
import org.yuanwu.common.web.PagedResponse;
import org.yuanwu.identity.CreatedUser;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.identity.UserView;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Accounts, roles and data scope")
class UserApiController {

    private final UserAccounts accounts;

    UserApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record Me(Long id, String username, String displayName, String dataScope, Long scopeUnitId,
              java.util.Set<Role> roles, java.util.Set<String> permissions) {
    }

    @GetMapping("/me")
    @Operation(summary = "Who the token belongs to, with permissions and data scope")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        return new Me(user.userId(), user.username(), user.displayName(), user.dataScope().name(), user.scopeUnitId(),
                user.roles(), user.permissions());
    }

    @GetMapping("/users")
    @Operation(summary = "Search accounts (administrators)")
    PagedResponse<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return PagedResponse.of(accounts.search(q, PageRequests.of(page, size, Sort.by("username"))));
    }

    @GetMapping("/users/{id}")
    UserView get(@PathVariable Long id) {
        return accounts.get(id);
    }

    @PostMapping("/users")
    @Operation(summary = "Create an account; the response carries its one-time password")
    ResponseEntity<CreatedUser> create(@Valid @RequestBody UserForm form) {
        CreatedUser created = accounts.create(form, null);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id())).body(created);
    }

    @PutMapping("/users/{id}")
    UserView update(@PathVariable Long id, @Valid @RequestBody UserForm form) {
        return accounts.update(id, form);
    }

    @PostMapping("/users/{id}/reset-password")
    @Operation(summary = "Give the account a new one-time password (also unlocks it)")
    Map<String, String> reset(@PathVariable Long id) {
        return Map.of("oneTimePassword", accounts.resetPassword(id));
    }

    @PostMapping("/users/{id}/unlock")
    UserView unlock(@PathVariable Long id) {
        return accounts.unlock(id);
    }
}
