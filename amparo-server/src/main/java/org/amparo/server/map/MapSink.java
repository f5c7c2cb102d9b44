package org.amparo.server.map;

import java.io.IOException;

/** Where one map client's events go (its server-sent event stream); called by one thread at a time. */
public interface MapSink {
    /** Sends one event whose data is already JSON; may block while the client is slow. */
    void send(String event, String json) throws IOException;

    /** Ends the stream; the client reconnects and resyncs by itself. */
    void close();
}
