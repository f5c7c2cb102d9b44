package org.amparo.server.web;

import java.util.Optional;
import java.util.function.Function;

/** Values from a form or a path, read without exceptions: a value the parser refuses is simply absent. */
final class FormValues {
    private FormValues() {}

    /** Parses {@code text} (stripped); empty when the parser throws {@link IllegalArgumentException}. */
    static <T> Optional<T> parse(String text, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
