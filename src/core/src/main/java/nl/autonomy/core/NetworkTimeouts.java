package nl.autonomy.core;

import java.time.Duration;

/**
 * How long Autonomy waits on the network, wherever it goes online (Maven repositories through
 * Maven Resolver, a git server through JGit): a server that accepts the connection and then never
 * answers must fail the request, not hang the scan. Maven Resolver's own default would wait 30
 * minutes per request.
 *
 * <p>Defaults: {@value #DEFAULT_CONNECT_SECONDS} s to connect, {@value #DEFAULT_READ_SECONDS} s
 * without data before a read gives up. The system properties {@code autonomy.connectTimeout} and
 * {@code autonomy.readTimeout} (seconds, e.g. {@code AUTONOMY_JAVA_OPTS=-Dautonomy.readTimeout=300})
 * change them for slow networks.
 */
public final class NetworkTimeouts {

  public static final int DEFAULT_CONNECT_SECONDS = 10;
  public static final int DEFAULT_READ_SECONDS = 60;

  private NetworkTimeouts() {
  }

  public static Duration connect() {
    return Duration.ofSeconds(seconds("autonomy.connectTimeout", DEFAULT_CONNECT_SECONDS));
  }

  public static Duration read() {
    return Duration.ofSeconds(seconds("autonomy.readTimeout", DEFAULT_READ_SECONDS));
  }

  private static int seconds(String property, int fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int seconds = Integer.parseInt(value.strip());
      return seconds > 0 ? seconds : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
