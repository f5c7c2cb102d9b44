package org.amparo.server.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.amparo.server.security.PasswordChange;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The user's own password: the form, and the change through {@link PasswordChange}. After a change the session
 * ends and the user signs in again with the new password. A user whose password was set by someone else is held
 * here until they change it.
 */
@Controller
public class AccountPageController {
    private final PasswordChange passwords;
    private final MessageSource messages;

    public AccountPageController(PasswordChange passwords, MessageSource messages) {
        this.passwords = passwords;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    ModelAndView page(Authentication auth) {
        return form(auth, List.of(), HttpStatus.OK);
    }

    @PostMapping("/account/password")
    ModelAndView change(
            @RequestParam(name = "currentPassword", required = false) @Nullable String current,
            @RequestParam(name = "newPassword", required = false) @Nullable String replacement,
            @RequestParam(name = "repeatPassword", required = false) @Nullable String repeat,
            Authentication auth,
            HttpServletRequest request)
            throws ServletException {
        if (current == null || replacement == null || !replacement.equals(repeat)) {
            return form(auth, List.of(message("mismatch")), HttpStatus.BAD_REQUEST);
        }
        return switch (passwords.change(PageChrome.actor(auth), current, replacement)) {
            case PasswordChange.Changed c -> {
                request.logout(); // the session that knew the old password ends
                yield new ModelAndView("redirect:/login?passwordChanged");
            }
            case PasswordChange.Refused r -> form(auth, List.of(message(r.reason())), HttpStatus.BAD_REQUEST);
        };
    }

    private ModelAndView form(Authentication auth, List<String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account-password");
        page.addObject("required", PasswordChange.required(auth));
        page.addObject("minLength", PasswordChange.MIN_LENGTH);
        page.addObject("maxLength", PasswordChange.MAX_BYTES);
        page.addObject("errors", errors);
        page.setStatus(status);
        return page;
    }

    private String message(String reason) {
        String text = messages.getMessage(
                "account.password.refused." + reason, null, reason, LocaleContextHolder.getLocale());
        return text == null ? reason : text;
    }
}
