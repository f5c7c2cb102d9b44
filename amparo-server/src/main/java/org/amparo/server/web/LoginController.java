package org.amparo.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST, the failure and the sign-out. */
@Controller
public class LoginController {
    @GetMapping("/login")
    String login() {
        return "login";
    }
}
