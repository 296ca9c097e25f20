package org.labourtracker.api.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the tracker_user table (HTTP Basic); disabled users are refused. */
@Component
class StoredUserDetails implements UserDetailsService {

    private final UserTable users;

    StoredUserDetails(UserTable users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(StoredUserDetails::details)
                .orElseThrow(() -> new UsernameNotFoundException("no user named " + username));
    }

    static User details(TrackerUser user) {
        return (User) User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.role().authority())
                .disabled(!user.enabled())
                .build();
    }
}
