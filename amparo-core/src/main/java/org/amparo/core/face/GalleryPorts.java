package org.amparo.core.face;

import java.time.Clock;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.AuthorizationLookup;

/**
 * What {@link GalleryMaintainer} needs.
 *
 * @param tx transactions
 * @param watchlist the entries
 * @param authorizations their authorizations
 * @param cipher opens the sealed templates
 * @param gallery the index to fill
 * @param clock time source
 */
public record GalleryPorts(
        Transactions tx,
        WatchlistStore watchlist,
        AuthorizationLookup authorizations,
        TemplateCipher cipher,
        Gallery gallery,
        Clock clock) {}
