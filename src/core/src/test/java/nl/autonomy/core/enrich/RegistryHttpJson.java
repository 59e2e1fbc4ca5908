package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a fixture as JSON with the same mapper the stage uses. */
final class RegistryHttpJson {

  private RegistryHttpJson() {
  }

  static JsonNode read(String json) {
    try {
      return RegistryHttp.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
