package org.amparo.server.web;

import java.util.Map;
import org.amparo.server.simulator.DemoSimulator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The demo simulator's page: speed buttons, pause and resume, the counters (refreshed by {@code demo.js} from
 * {@code /demo/state.json}) and the scenarios with links to where they show. Demo mode only; 404 otherwise.
 */
@Controller
public class DemoPageController {
    /** The speeds the page offers. */
    static final double[] SPEEDS = {0.5, 1, 2, 5, 10};

    private final DemoSimulator simulator;

    public DemoPageController(DemoSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping("/demo")
    ModelAndView page() {
        requireActive();
        ModelAndView page = new ModelAndView("demo");
        page.addObject("state", simulator.state());
        page.addObject("speeds", SPEEDS);
        return page;
    }

    @GetMapping(path = "/demo/state.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> state() {
        requireActive();
        return simulator.state();
    }

    /** A speed button or pause/resume; back to the page. */
    @PostMapping("/demo")
    String control(
            @RequestParam(name = "speed", required = false) @Nullable Double speed,
            @RequestParam(name = "paused", required = false) @Nullable Boolean paused) {
        requireActive();
        try {
            simulator.control(speed, paused);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return "redirect:/demo";
    }

    private void requireActive() {
        if (!simulator.active()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
