package nl.autonomy.core.detect.signals;

import nl.autonomy.core.text.Glob;

/**
 * One catalog signal as the matcher looks for it.
 *
 * @param serviceId the catalog service it reveals
 * @param family the family that judges its hits
 * @param entry the catalog entry as written ({@code *.blob.core.windows.net})
 * @param glob the entry as a glob
 * @param anchor the literal the matcher finds before the family judges the hit
 * @param override a marker of a configured endpoint (an open-protocol context rule), not a
 *     catalog signal
 */
public record Signal(String serviceId, SignalFamily family, String entry, Glob glob, String anchor, boolean override) {
}
