/**
 * The command centre under load: the live map in a real headless browser while the demo simulator drives the real
 * ingest at ten times its speed, with event-to-screen latency, frame times, server CPU and memory.
 */
@NullMarked
package org.amparo.bench.centre;

import org.jspecify.annotations.NullMarked;
