package org.labourtracker.api.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The sign-in form again, with 429 and how long to wait, when {@link SignInThrottleFilter} refused a sign-in. */
@Controller
class ThrottledSignInPage {

    @RequestMapping(SignInThrottleFilter.THROTTLED_PAGE)
    ModelAndView throttled(@RequestAttribute(name = SignInThrottleFilter.RETRY_AFTER, required = false) Long seconds) {
        if (seconds == null) {
            return new ModelAndView("redirect:/login");
        }
        return new ModelAndView("login", Map.of("retryAfter", seconds), HttpStatus.TOO_MANY_REQUESTS);
    }
}
