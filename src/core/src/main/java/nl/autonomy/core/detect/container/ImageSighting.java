package nl.autonomy.core.detect.container;

/**
 * An image reference found in a manifest.
 *
 * @param written the reference as written (after substitution where the file allows it)
 * @param line 1-based line of the reference
 * @param where what uses it, e.g. {@code service web}, {@code Deployment/api container app}
 * @param runtime whether it runs in production (false for build-only stages)
 * @param resolvable false when it holds a variable the file gives no value for
 */
record ImageSighting(String written, int line, String where, boolean runtime, boolean resolvable) {
}
