package nl.autonomy.core.detect.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import nl.autonomy.core.model.Location;

/**
 * A file of an image's final file system, copied out for reading.
 *
 * @param extracted where it lies now and which layer gave it
 * @param shown how reports name it: the image, {@code !/}, and its path in the image
 * @param layer the digest (or path) of the layer that gave it
 */
record ImageFile(LayerStack.Extracted extracted, String shown, String layer) {

  /** Package databases and manifests are small; a larger one is not read. */
  static final int MAX_TEXT = 64 * 1024 * 1024;

  String path() {
    return extracted.path();
  }

  String text() throws IOException {
    if (extracted.size() > MAX_TEXT) {
      throw new IOException("larger than " + MAX_TEXT / (1024 * 1024) + " MiB: not read");
    }
    return new String(Files.readAllBytes(extracted.file()), StandardCharsets.UTF_8);
  }

  Location at(int line) {
    return Location.of(shown, line);
  }
}
