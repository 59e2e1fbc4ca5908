package nl.autonomy.core.enrich;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.autonomy.core.detect.support.SafeXml;

/**
 * The proxies registry lookups go through: {@code HTTPS_PROXY} / {@code HTTP_PROXY} and
 * {@code NO_PROXY} from the environment (as curl and npm read them; lower case too), else the first
 * active {@code <proxy>} of Maven's {@code settings.xml} (as Maven applies it: to http and https
 * alike, except {@code nonProxyHosts}).
 *
 * @param https proxy for https URLs, or null for a direct connection
 * @param http proxy for http URLs, or null
 * @param noProxy host patterns reached directly: {@code example.org} (and its subdomains),
 *     {@code .example.org}, {@code *.example.org}, {@code *}
 */
public record ProxySettings(Endpoint https, Endpoint http, List<String> noProxy) {

  /** One proxy: host, port and optional credentials. */
  public record Endpoint(String host, int port, String user, String password) {
    @Override
    public String toString() {
      return host + ":" + port; // never the password
    }
  }

  public ProxySettings {
    noProxy = noProxy == null ? List.of() : noProxy.stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty()).toList();
  }

  public static ProxySettings none() {
    return new ProxySettings(null, null, List.of());
  }

  public static ProxySettings fromEnvironment(Map<String, String> env) {
    Endpoint https = parse(first(env, "HTTPS_PROXY", "https_proxy")).orElse(null);
    Endpoint http = parse(first(env, "HTTP_PROXY", "http_proxy")).orElse(null);
    String no = first(env, "NO_PROXY", "no_proxy");
    return new ProxySettings(https, http, no == null ? List.of() : List.of(no.split(",")));
  }

  /**
   * The environment's proxies when it names any, else the first active proxy of {@code settingsXml}
   * (which may be null or absent). An unreadable settings file gives no proxy rather than a failure:
   * Maven resolution reports it on its own.
   */
  public static ProxySettings of(Map<String, String> env, Path settingsXml) {
    ProxySettings fromEnv = fromEnvironment(env);
    if (fromEnv.https != null || fromEnv.http != null) {
      return fromEnv;
    }
    return settingsXml == null ? fromEnv : fromSettings(settingsXml).orElse(fromEnv);
  }

  /** The first active proxy of a Maven settings file. */
  public static Optional<ProxySettings> fromSettings(Path settingsXml) {
    if (!Files.isRegularFile(settingsXml)) {
      return Optional.empty();
    }
    try {
      return fromSettingsXml(Files.readString(settingsXml));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<ProxySettings> fromSettingsXml(String xml) throws XMLStreamException {
    XMLStreamReader r = SafeXml.reader(xml);
    List<String> path = new ArrayList<>();
    Map<String, String> proxy = null;
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int event = SafeXml.next(r);
      if (event == XMLStreamConstants.START_ELEMENT) {
        path.add(r.getLocalName());
        text.setLength(0);
        if (String.join("/", path).equals("settings/proxies/proxy")) {
          proxy = new java.util.HashMap<>();
        }
      } else if (event == XMLStreamConstants.CHARACTERS) {
        text.append(r.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String at = String.join("/", path);
        if (proxy != null && path.size() == 4 && at.startsWith("settings/proxies/proxy/")) {
          proxy.put(r.getLocalName(), text.toString().strip());
        } else if (proxy != null && at.equals("settings/proxies/proxy")) {
          if (!"false".equalsIgnoreCase(proxy.getOrDefault("active", "true")) && proxy.get("host") != null) {
            Endpoint e = new Endpoint(proxy.get("host"), Integer.parseInt(proxy.getOrDefault("port", "8080")),
                proxy.get("username"), proxy.get("password"));
            String non = proxy.getOrDefault("nonProxyHosts", "");
            return Optional.of(new ProxySettings(e, e, List.of(non.split("[|,]"))));
          }
          proxy = null;
        }
        path.remove(path.size() - 1);
      }
    }
    return Optional.empty();
  }

  /** {@code http://user:pass@host:port}, {@code host:port} or {@code host}. */
  static Optional<Endpoint> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    URI uri = URI.create(v.contains("://") ? v : "http://" + v);
    if (uri.getHost() == null) {
      return Optional.empty();
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getUserInfo().split(":", 2);
      user = parts[0];
      password = parts.length > 1 ? parts[1] : null;
    }
    int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return Optional.of(new Endpoint(uri.getHost(), port, user, password));
  }

  /** Whether a host is reached without the proxy. */
  public boolean bypasses(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String pattern : noProxy) {
      String p = pattern.replaceFirst(":\\d+$", "");
      if (p.equals("*")) {
        return true;
      }
      String suffix = p.startsWith("*.") ? p.substring(1) : p.startsWith(".") ? p : "." + p;
      if (h.equals(suffix.substring(1)) || h.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** The selector the HTTP client asks for every request. */
  public ProxySelector selector() {
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        Endpoint e = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
        if (e == null || uri.getHost() == null || bypasses(uri.getHost())) {
          return List.of(Proxy.NO_PROXY);
        }
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(e.host(), e.port())));
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // the lookup's own retry and warning say what failed
      }
    };
  }

  /** Credentials for the proxy (never for the registries), when a proxy names a user. */
  public Optional<Authenticator> authenticator() {
    List<Endpoint> withUser = java.util.stream.Stream.of(https, http)
        .filter(e -> e != null && e.user() != null).toList();
    if (withUser.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
          return null;
        }
        for (Endpoint e : withUser) {
          if (e.host().equalsIgnoreCase(getRequestingHost()) && e.port() == getRequestingPort()) {
            return new PasswordAuthentication(e.user(), e.password() == null ? new char[0] : e.password().toCharArray());
          }
        }
        return null;
      }
    });
  }

  private static String first(Map<String, String> env, String a, String b) {
    String v = env.get(a);
    return v != null && !v.isBlank() ? v : env.get(b);
  }
}
