package org.amparo.core.face;

import java.util.UUID;

/** Identifier of a {@link WatchlistEntry}. */
public record WatchlistEntryId(UUID value) {
    public static WatchlistEntryId parse(String text) {
        return new WatchlistEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
