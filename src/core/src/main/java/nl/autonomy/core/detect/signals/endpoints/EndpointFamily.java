package nl.autonomy.core.detect.signals.endpoints;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.autonomy.core.catalog.ServiceSignals;
import nl.autonomy.core.detect.signals.FileKinds;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.detect.signals.Signal;
import nl.autonomy.core.detect.signals.SignalFamily;
import nl.autonomy.core.detect.support.TextLine;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Hosts of a service in configuration (properties, YAML, JSON, .env, XML, HCL, scripts) and in
 * strings in code, from the catalog's {@code endpoints}: host globs ({@code *.blob.core.windows.net},
 * which also finds JDBC URLs to managed databases such as {@code *.database.windows.net}) and
 * connection-string keys ending in {@code =} ({@code InstrumentationKey=} of Application Insights).
 *
 * <p>Not use: a commented-out line, a line of a local emulator with its public key or host, a
 * documentation link, the registry host of a vendor's open-runtime base image. A marker of a configured endpoint (open-protocol rules) with a URL whose host
 * belongs to no catalog service records where a client is pointed ({@code signals.endpoint-override}).
 */
public final class EndpointFamily implements SignalFamily {

  /** What may stand between a key and its URL value: quotes, {@code :}, {@code =}, a URI factory. */
  private static final java.util.regex.Pattern KEY_TO_VALUE = java.util.regex.Pattern.compile(
      "[\\s\"'`:=>(,]*(URI\\.create\\(|new URI\\(|URI\\(|URL\\(|new URL\\()?[\\s\"'`]*");

  @Override
  public String id() {
    return "endpoints";
  }

  @Override
  public EvidenceKind kind() {
    return EvidenceKind.ENDPOINT;
  }

  @Override
  public List<String> entries(ServiceSignals signals) {
    return signals.endpoints();
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return FileKinds.isText(file);
  }

  @Override
  public Optional<ServiceUse> judge(HitContext hit) {
    if (hit.isCommented() || hit.mentionsEmulator()) {
      return Optional.empty();
    }
    if (hit.signal().override()) {
      return configuredEndpoint(hit);
    }
    String entry = hit.signal().entry();
    if (entry.endsWith("=")) {
      return connectionStringKey(hit);
    }
    HitContext.Token token = hit.token(Urls::hostChar);
    // a Spring default ends with the placeholder's brace: ${QUEUE:x.servicebus.windows.net}
    String host = trimDots(Urls.balanced(withoutEncodedScheme(token.text())));
    if (!hit.signal().glob().matches(host) || claimedMorePrecisely(hit, host, token)) {
      return Optional.empty();
    }
    String image = hit.token(nl.autonomy.core.detect.signals.TokenChars::image).text();
    if (hit.rules().isRuntimeImage(image)) {
      return Optional.empty();
    }
    String path = Urls.pathAfter(hit.text(), token.start(), token.end());
    String lowerHost = host.toLowerCase(Locale.ROOT);
    if (hit.rules().isDocumentation(lowerHost + path)) {
      return Optional.empty();
    }
    double confidence = FileKinds.isSource(hit.file()) ? 0.8 : 0.9;
    Optional<String> owner = hit.rules().pathOwner(lowerHost, path);
    if (owner.isPresent()) {
      // Graph asked only for the signed-in user after an Entra login: identity use, not the office suite
      return owner.get().equals(hit.signal().serviceId()) ? Optional.empty()
          : Optional.of(hit.use(owner.get(), hit.signal().family().detectorId(), confidence, lowerHost + path,
              token.start()));
    }
    return Optional.of(hit.use(confidence, lowerHost, token.start()));
  }

  /**
   * Whether another service's endpoint glob matches the same host and names it more precisely: the
   * Application Insights host {@code dc.services.visualstudio.com} is Azure Monitor, not the Azure
   * DevOps of {@code *.visualstudio.com}. Globs that say as much (a host two services share) both
   * count. The competitors are the signals of the line's other hits inside the host.
   */
  private static boolean claimedMorePrecisely(HitContext hit, String host, HitContext.Token token) {
    int mine = hit.signal().glob().literalLength();
    for (TextLine.Hit other : hit.line().hits()) {
      if (other.end() <= token.start() || other.start() >= token.end()) {
        continue;
      }
      for (Signal s : hit.index().signals(other.pattern())) {
        if (s.family() == hit.signal().family() && !s.override() && !s.serviceId().equals(hit.signal().serviceId())
            && s.glob().literalLength() > mine && s.glob().matches(host)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code InstrumentationKey=<value>}: the key needs a value; the ingestion host is the endpoint. */
  private static Optional<ServiceUse> connectionStringKey(HitContext hit) {
    String text = hit.text();
    int end = hit.hit().end();
    if (end >= text.length() || ";\"' \t".indexOf(text.charAt(end)) >= 0) {
      return Optional.empty();
    }
    String endpoint = Urls.firstFrom(text, end).map(Urls.Url::host).orElse(null);
    return Optional.of(hit.use(0.9, endpoint, hit.hit().start()));
  }

  /**
   * A marker of a configured endpoint followed by a URL to a host no catalog service owns. The marker
   * counts only inside a configuration key or identifier that names the protocol ({@code S3_ENDPOINT},
   * {@code s3.endpoint}), or a generic endpoint key ({@code endpoint:}, {@code endpoint_url=}) whose
   * line or YAML block names it ({@code bucket:}, {@code "s3"}): a word in prose, an OIDC
   * {@code token_endpoint} or an OpenTelemetry collector URL is not where an S3 client is pointed.
   */
  private static Optional<ServiceUse> configuredEndpoint(HitContext hit) {
    Optional<LockInRules.OpenProtocol> protocol = hit.rules().openProtocol(hit.signal().serviceId());
    HitContext.Token key = hit.token(EndpointFamily::keyChar);
    if (protocol.isEmpty() || !isKey(hit.text(), key)) {
      return Optional.empty();
    }
    String name = key.text().replaceAll("^[.\\-]+|[.\\-]+$", "");
    if (!protocol.get().namesProtocol(name)
        && !(protocol.get().isGenericKey(lastPart(name)) && OpenProtocolBlock.names(hit, protocol.get()))) {
      return Optional.empty();
    }
    Optional<Urls.Url> url = Urls.firstFrom(hit.text(), key.end());
    if (url.isEmpty() || !KEY_TO_VALUE.matcher(hit.text().substring(key.end(), url.get().start())).matches()) {
      return Optional.empty();
    }
    String host = url.get().host();
    if (host.isEmpty() || host.contains("${") || host.contains("{") || hit.index().knownHost(host)
        || hit.rules().isDocumentation(host + url.get().path())) {
      return Optional.empty();
    }
    return Optional.of(hit.use(hit.signal().serviceId(), LockInRules.OVERRIDE_DETECTOR, 0.8, url.get().origin(),
        url.get().start()));
  }

  /** A character of a configuration key or identifier: {@code s3.endpoint}, {@code S3_ENDPOINT_URL}. */
  private static boolean keyChar(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
  }

  /** The last part of a dotted key: {@code archief.endpoint} is an {@code endpoint} key. */
  private static String lastPart(String key) {
    int dot = key.lastIndexOf('.');
    return dot >= 0 ? key.substring(dot + 1) : key;
  }

  /**
   * Whether the token is a key or identifier being given a value: followed by {@code :}, {@code =},
   * {@code =>} or {@code (} (a setter, {@code endpointOverride(URI.create(...))}), possibly after a
   * closing quote; in prose the word stands between other words.
   */
  private static boolean isKey(String line, HitContext.Token key) {
    int i = key.end();
    while (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
      i++;
    }
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i < line.length() && ":=(".indexOf(line.charAt(i)) >= 0;
  }

  /** {@code https%3A%2F%2Fhost} (a URL inside a query string) is {@code host}. */
  private static String withoutEncodedScheme(String token) {
    int i = token.toLowerCase(Locale.ROOT).lastIndexOf("%2f");
    return i >= 0 ? token.substring(i + 3) : token;
  }

  private static String trimDots(String host) {
    int from = 0;
    int to = host.length();
    while (from < to && host.charAt(from) == '.') {
      from++;
    }
    while (to > from && host.charAt(to - 1) == '.') {
      to--;
    }
    return host.substring(from, to);
  }
}
