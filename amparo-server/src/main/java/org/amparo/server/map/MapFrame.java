package org.amparo.server.map;

/** One server-sent event of the live map: its name and its data, serialized once for every client. */
record MapFrame(String event, String json) {}
