package org.labourtracker.api.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.labourtracker.api.problem.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users who may sign in, and the rules for them: valid names, long passwords that are not
 * common or guessable (nbvcxz's entropy estimate against its dictionaries and patterns),
 * stored only as hashes, and always at least one enabled ADMIN. Any change to an account's access
 * ends its web sessions.
 */
@Service
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no further: a longer password would silently match its first 72 bytes. */
    private static final int MAX_PASSWORD_BYTES = 72;


    private final UserTable users;
    private final ApiTokenTable tokens;
    private final UserSessions sessions;
    private final VerifiedTokens verifiedTokens;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String applicationRecorder;
    private final String demoRecorder;

    UserAccounts(UserTable users, ApiTokenTable tokens, UserSessions sessions, VerifiedTokens verifiedTokens,
                 PasswordEncoder passwords, Clock clock,
                 @Value("${tracker.recording.default-recorder}") String applicationRecorder,
                 @Value("${tracker.recording.demo-recorder}") String demoRecorder) {
        this.demoRecorder = demoRecorder;
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.verifiedTokens = verifiedTokens;
        this.passwords = passwords;
        this.clock = clock;
        this.applicationRecorder = applicationRecorder;
    }

    /** Creates an enabled user; the password is stored hashed. */
    @Transactional
    public UserView create(String username, String password, Role role) {
        checkUsername(username);
        checkPassword(password);
        return insert(username, password, role);
    }

    /**
     * Creates an enabled user with a password the service generated: its random bits need no
     * guessability estimate, whose dictionaries took half a second of a new installation's first start.
     */
    @Transactional
    UserView createWithGeneratedPassword(String username, String generatedPassword, Role role) {
        checkUsername(username);
        checkLength(generatedPassword);
        return insert(username, generatedPassword, role);
    }

    private UserView insert(String username, String password, Role role) {
        if (role == null) {
            throw new InvalidRequest("role", "is required");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new UsernameTaken(username);
        }
        try {
            return UserView.of(users.insert(username, passwords.encode(password), role, clock.instant()));
        } catch (DataIntegrityViolationException concurrentlyTaken) {
            throw new UsernameTaken(username);
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    List<UserView> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    UserView find(String username) {
        return UserView.of(existing(username));
    }

    @Transactional
    UserView changeRole(String username, Role role) {
        TrackerUser user = existing(username);
        if (role != Role.ADMIN) {
            keepAnotherAdmin(user);
        }
        user.changeRole(role);
        users.update(user);
        // A session keeps the role it signed in with: end it, so that the new role holds at once.
        sessions.endAll(user.username());
        verifiedTokens.forgetAll();
        return UserView.of(user);
    }

    /** Also revokes the user's tokens and ends their sessions: whoever knew the old password may hold them. */
    @Transactional
    void changePassword(String username, String password) {
        checkPassword(password);
        TrackerUser user = existing(username);
        user.changePassword(passwords.encode(password));
        users.update(user);
        revokeAccess(user);
    }

    /** Disabled, not deleted: recorded events name their recorder for good. */
    @Transactional
    void disable(String username) {
        TrackerUser user = existing(username);
        keepAnotherAdmin(user);
        user.disable();
        users.update(user);
        revokeAccess(user);
    }

    /** Revokes every token of the user and ends every session: the way to shut out a lost device. */
    @Transactional
    void revokeAccess(String username) {
        revokeAccess(existing(username));
    }

    private void revokeAccess(TrackerUser user) {
        tokens.deleteAllOf(user);
        sessions.endAll(user.username());
        verifiedTokens.forgetAll();
    }

    @Transactional(readOnly = true)
    boolean anyUser() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    boolean anyEnabledAdmin() {
        return users.countByRoleAndEnabledTrue(Role.ADMIN) > 0;
    }

    /** Creates the user as ADMIN, or makes an existing one an enabled ADMIN with this password. */
    @Transactional
    void restoreAdmin(String username, String password) {
        TrackerUser user = users.findByUsername(username).orElse(null);
        if (user == null) {
            create(username, password, Role.ADMIN);
            return;
        }
        checkPassword(password);
        user.changePassword(passwords.encode(password));
        user.changeRole(Role.ADMIN);
        user.enable();
        users.update(user);
        revokeAccess(user);
    }

    private TrackerUser existing(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UnknownUser(username));
    }

    private void keepAnotherAdmin(TrackerUser user) {
        if (user.enabled() && user.role() == Role.ADMIN && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new LastAdmin(user.username());
        }
    }

    private void checkUsername(String username) {
        if (username == null) {
            throw new InvalidRequest("username", "is required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidRequest("username", "must be 1 to 64 characters, each a letter (A-Z, a-z), a digit, '.', '_' or '-'");
        }
        if (username.equalsIgnoreCase(applicationRecorder) || username.equalsIgnoreCase(demoRecorder)) {
            throw new InvalidRequest("username", "is reserved: it names records the application makes itself");
        }
    }

    private static void checkPassword(String password) {
        checkLength(password);
        Result guess = Guessability.ESTIMATOR.estimate(password);
        if (!guess.isMinimumEntropyMet()) {
            String warning = guess.getFeedback().getWarning();
            throw new InvalidRequest("password", "is too easy to guess"
                    + (warning == null ? "" : " (" + warning.replaceAll("\\.$", "") + ")")
                    + "; use several uncommon words or a generated password");
        }
    }

    private static void checkLength(String password) {
        if (password == null) {
            throw new InvalidRequest("password", "is required");
        }
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequest("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidRequest("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
    }

    /**
     * Loads nbvcxz's dictionaries on the first password checked, not while the service starts: most
     * starts check none. Loaded once; estimating is thread-safe.
     */
    private static final class Guessability {

        static final Nbvcxz ESTIMATOR = new Nbvcxz();
    }

    static class UnknownUser extends RuntimeException {

        UnknownUser(String username) {
            super("no user named " + username);
        }
    }

    static class UsernameTaken extends RuntimeException {

        UsernameTaken(String username) {
            super("a user named " + username + " (in any letter case) already exists");
        }
    }

    static class LastAdmin extends RuntimeException {

        LastAdmin(String username) {
            super(username + " is the last enabled ADMIN; make another user ADMIN first");
        }
    }
}
