package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/** The one TOML reader of the Python detector (lockfiles and manifests are small tables). */
final class Toml {

  static final TomlMapper MAPPER = new TomlMapper();

  private Toml() {
  }
}
