package org.labourtracker.api.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** User management; ADMIN only, by the URL rules of {@link SecurityConfiguration}. */
@RestController
@RequestMapping("/api/admin/users")
class UserAdministration {

    record NewUser(String username, String password, String role) {
    }

    record RoleChange(String role) {
    }

    record PasswordChange(String password) {
    }

    private final UserAccounts accounts;

    UserAdministration(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserView> list() {
        return accounts.list();
    }

    @GetMapping("/{username}")
    UserView one(@PathVariable String username) {
        return accounts.find(username);
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody NewUser body, UriComponentsBuilder base) {
        Role role = Role.parse("role", body.role());
        UserView created = accounts.create(body.username(), body.password(), role);
        URI location = base.path("/api/admin/users/{username}").buildAndExpand(created.username()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{username}/role")
    UserView changeRole(@PathVariable String username, @RequestBody RoleChange body) {
        return accounts.changeRole(username, Role.parse("role", body.role()));
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@PathVariable String username, @RequestBody PasswordChange body) {
        accounts.changePassword(username, body.password());
    }

    /** Revokes all of the user's tokens and ends their web sessions, keeping the account. */
    @DeleteMapping("/{username}/access")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeAccess(@PathVariable String username) {
        accounts.revokeAccess(username);
    }

    /** Disables the user; users are never deleted, since recorded events name them. */
    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String username) {
        accounts.disable(username);
    }
}
