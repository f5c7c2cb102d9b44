package org.amparo.server.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.amparo.server.simulator.DemoSimulator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo simulator's state and controls: speed and pause. Only in demo mode with the simulator enabled;
 * otherwise 404, as if the route did not exist.
 */
@RestController
@RequestMapping("/api/v1/demo/simulator")
public class DemoSimulatorController {
    private final DemoSimulator simulator;

    public DemoSimulatorController(DemoSimulator simulator) {
        this.simulator = simulator;
    }

    /** New speed (0.1..50 simulated seconds per second) and/or pause; an absent field is left as it is. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ControlBody(
            @Nullable Double speed, @Nullable Boolean paused) {}

    @GetMapping
    Map<String, Object> state() {
        requireActive();
        return simulator.state();
    }

    @PutMapping
    Map<String, Object> control(@RequestBody ControlBody body) {
        requireActive();
        try {
            simulator.control(body.speed(), body.paused());
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("speed", String.valueOf(e.getMessage()));
        }
        return simulator.state();
    }

    private void requireActive() {
        if (!simulator.active()) {
            throw new RefusedException(
                    HttpStatus.NOT_FOUND, "not-found", "the demo simulator runs only in demo mode", List.of());
        }
    }
}
