/**
 * The demo simulator: in demo mode it drives the real pipeline only through the real ingest and API
 * interfaces over loopback (OsmAnd, OwnTracks, REST batch, incidents, AML SMS, camera frames), so that a
 * newcomer sees every capability live within minutes. Everything it creates is labelled DEMO.
 */
@NullMarked
package org.amparo.server.simulator;

import org.jspecify.annotations.NullMarked;
