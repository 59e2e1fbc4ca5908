package nl.autonomy.core.detect.container;

import nl.autonomy.core.detect.support.LineNode;

/**
 * An image reference found in a manifest.
 *
 * @param written the reference as written (after substitution where the file allows it)
 * @param line 1-based line of the reference
 * @param where what uses it, e.g. {@code service web}, {@code Deployment/api container app}
 * @param runtime whether it runs in production (false for build-only stages)
 * @param resolvable false when it holds a variable the file gives no value for
 * @param invalid why the value cannot be an image reference at all (a number, a boolean), or null
 */
record ImageSighting(String written, int line, String where, boolean runtime, boolean resolvable, String invalid) {

  ImageSighting(String written, int line, String where, boolean runtime, boolean resolvable) {
    this(written, line, where, runtime, resolvable, null);
  }

  /** A value of the wrong type where an image reference belongs. */
  static ImageSighting notAString(LineNode.Scalar value, int line, String where) {
    return new ImageSighting(value.text(), line, where, true, false, "not a string");
  }
}
