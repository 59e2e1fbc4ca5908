package nl.autonomy.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Autonomy's own version, from the build. */
public final class AutonomyVersion {

  public static final String NAME = "Autonomy";
  public static final String INFORMATION_URI = "https://github.com/autonomy-scanner/autonomy";

  private static final String VERSION = load();

  private AutonomyVersion() {
  }

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = AutonomyVersion.class.getResourceAsStream("/nl/autonomy/core/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the core jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
