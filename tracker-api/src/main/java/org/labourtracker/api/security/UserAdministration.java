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

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** User management; ADMIN only, by the URL rules of {@link SecurityConfiguration}. */
@RestController
@RequestMapping("/api/admin/users")
class UserAdministration {

    /**
     * A user to create.
     *
     * @param username the name to sign in with, unique
     * @param password the password to sign in with
     * @param role     VIEWER, MONITOR, AUDITOR or ADMIN
     */
    record NewUser(String username, String password, String role) {
    }

    /**
     * A user's new role.
     *
     * @param role VIEWER, MONITOR, AUDITOR or ADMIN
     */
    record RoleChange(String role) {
    }

    /**
     * A user's new password.
     *
     * @param password the new password; the user's tokens and web sessions end
     */
    record PasswordChange(String password) {
    }

    private final UserAccounts accounts;

    UserAdministration(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Every user, disabled ones included. */
    @GetMapping
    List<UserView> list() {
        return accounts.list();
    }

    /** One user. */
    @GetMapping("/{username}")
    UserView one(@PathVariable String username) {
        return accounts.find(username);
    }

    /** Creates a user with a role; answers 201 with the user and its Location. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "409", description = "the username is taken")
    ResponseEntity<UserView> create(@RequestBody NewUser body, UriComponentsBuilder base) {
        Role role = Role.parse("role", body.role());
        UserView created = accounts.create(body.username(), body.password(), role);
        URI location = base.path("/api/admin/users/{username}").buildAndExpand(created.username()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    /** Gives the user another role; the last enabled administrator keeps ADMIN. */
    @PutMapping("/{username}/role")
    @ApiResponse(responseCode = "200", description = "the user with the new role", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "the last enabled administrator would lose ADMIN")
    UserView changeRole(@PathVariable String username, @RequestBody RoleChange body) {
        return accounts.changeRole(username, Role.parse("role", body.role()));
    }

    /** Sets the user's password and ends their tokens and web sessions. */
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
    @ApiResponse(responseCode = "409", description = "the last enabled administrator would be disabled")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable String username) {
        accounts.disable(username);
    }
}
