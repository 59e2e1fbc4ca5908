package nl.autonomy.core.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Whether and how to look up facts in the registries.
 *
 * @param enabled false for {@code --no-enrich}: the stage leaves the inventory as collected
 * @param offline no network at all: only answers already in the cache are used
 * @param cacheDir where answers are kept ({@code ~/.cache/autonomy} by default)
 * @param endpoints the registries' base URLs (configurable for mirrors and for tests)
 * @param proxy proxies from the environment and {@code settings.xml}
 * @param concurrency at most this many lookups at once
 * @param connectTimeout time to open a connection
 * @param readTimeout time for a whole answer to arrive
 * @param retries extra attempts after a failed one (connection error, 429, 5xx)
 * @param backoff wait before the first retry, doubled for each further one
 */
public record EnrichOptions(
    boolean enabled, boolean offline, Path cacheDir, RegistryEndpoints endpoints, ProxySettings proxy,
    int concurrency, Duration connectTimeout, Duration readTimeout, int retries, Duration backoff) {

  public static final int DEFAULT_CONCURRENCY = 8;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_RETRIES = 2;
  public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);

  public EnrichOptions {
    Objects.requireNonNull(cacheDir, "cacheDir");
    endpoints = endpoints == null ? RegistryEndpoints.defaults() : endpoints;
    proxy = proxy == null ? ProxySettings.none() : proxy;
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    backoff = backoff == null ? DEFAULT_BACKOFF : backoff;
    if (concurrency < 1 || retries < 0) {
      throw new IllegalArgumentException("concurrency must be at least 1 and retries not negative");
    }
  }

  /** On, online, the default cache and registries, proxies from the environment. */
  public static EnrichOptions defaults() {
    return new EnrichOptions(true, false, defaultCacheDir(System.getenv(), System.getProperty("user.home")),
        RegistryEndpoints.defaults(), ProxySettings.fromEnvironment(System.getenv()), DEFAULT_CONCURRENCY,
        DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_RETRIES, DEFAULT_BACKOFF);
  }

  /** Off: what library callers and tests get unless they ask for enrichment. */
  public static EnrichOptions off() {
    return defaults().withEnabled(false);
  }

  /**
   * {@code $XDG_CACHE_HOME/autonomy} when that is set (the freedesktop convention), else
   * {@code ~/.cache/autonomy}.
   */
  public static Path defaultCacheDir(Map<String, String> env, String home) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "autonomy");
    }
    return Path.of(home == null ? "." : home, ".cache", "autonomy");
  }

  public EnrichOptions withEnabled(boolean value) {
    return new EnrichOptions(value, offline, cacheDir, endpoints, proxy, concurrency, connectTimeout, readTimeout,
        retries, backoff);
  }

  public EnrichOptions withOffline(boolean value) {
    return new EnrichOptions(enabled, value, cacheDir, endpoints, proxy, concurrency, connectTimeout, readTimeout,
        retries, backoff);
  }

  public EnrichOptions withCacheDir(Path value) {
    return new EnrichOptions(enabled, offline, value, endpoints, proxy, concurrency, connectTimeout, readTimeout,
        retries, backoff);
  }

  public EnrichOptions withEndpoints(RegistryEndpoints value) {
    return new EnrichOptions(enabled, offline, cacheDir, value, proxy, concurrency, connectTimeout, readTimeout,
        retries, backoff);
  }

  public EnrichOptions withProxy(ProxySettings value) {
    return new EnrichOptions(enabled, offline, cacheDir, endpoints, value, concurrency, connectTimeout, readTimeout,
        retries, backoff);
  }

  public EnrichOptions withTimeouts(Duration connect, Duration read, int retryCount, Duration firstBackoff) {
    return new EnrichOptions(enabled, offline, cacheDir, endpoints, proxy, concurrency, connect, read, retryCount,
        firstBackoff);
  }

  public EnrichOptions withConcurrency(int value) {
    return new EnrichOptions(enabled, offline, cacheDir, endpoints, proxy, value, connectTimeout, readTimeout,
        retries, backoff);
  }
}
