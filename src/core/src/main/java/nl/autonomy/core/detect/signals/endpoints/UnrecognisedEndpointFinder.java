package nl.autonomy.core.detect.signals.endpoints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.ServiceEntry;
import nl.autonomy.core.detect.signals.FileKinds;
import nl.autonomy.core.detect.support.CommentSyntax;
import nl.autonomy.core.detect.support.CommentTracker;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.EndpointKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.UnrecognisedEndpoint;
import nl.autonomy.core.model.UnrecognisedEndpoints;
import nl.autonomy.core.source.PathRoles;
import nl.autonomy.core.source.WorkspaceFile;
import nl.autonomy.core.text.Glob;

/**
 * The hosts the product's configuration points at that no catalog service claims: what a shared
 * catalog does not know yet ({@code autonomy catalog suggest}). Only configuration is read
 * (properties, YAML, .env, TOML, INI, HOCON, {@code *.config}, settings JSON, persistence and
 * logging XML): code and documentation mention hosts in passing, lockfiles and build files name
 * registries. Test fixtures, documentation, CI and dev-only files are passed over; so are comments,
 * placeholders, IP addresses, single-label names (a Compose service such as {@code postgres}),
 * reserved names ({@code localhost}, {@code *.local}, {@code example.com}), XML and JSON schema
 * hosts, documentation links, and every host a catalog service's endpoint glob or a found service
 * already names. A host is kept with its kind, its endpoint without path or credentials, how often
 * it occurs and the first places, so the result is bounded and needs no secrets.
 */
public final class UnrecognisedEndpointFinder {

  private static final Set<String> CONFIG_EXTENSIONS = Set.of(
      "properties", "yaml", "yml", "env", "conf", "cfg", "ini", "toml", "config", "tfvars");
  private static final Set<String> CONFIG_XML = Set.of(
      "persistence.xml", "context.xml", "server.xml", "hibernate.cfg.xml", "web.xml");
  /**
   * Files of configuration formats that describe the project rather than configure the product:
   * their URLs are home pages, repositories and tools ({@code publiccode.yml}, {@code pyproject.toml},
   * a Helm {@code Chart.yaml}, pre-commit hooks).
   */
  private static final Set<String> PROJECT_FILES = Set.of(
      "publiccode.yml", "publiccode.yaml", ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", "mkdocs.yml",
      "mkdocs.yaml", "codecov.yml", ".codecov.yml", "dependabot.yml", "chart.yaml", ".readthedocs.yaml",
      ".readthedocs.yml", "_config.yml", ".goreleaser.yml", ".goreleaser.yaml", "crowdin.yml", "pyproject.toml",
      "cargo.toml", "setup.cfg", "tox.ini", ".gitpod.yml", "environment.yml", "pubspec.yaml", "mix.exs",
      "renovate.json", "package.json", "composer.json", "tsconfig.json", "jsconfig.json", "lerna.json", "nx.json",
      "angular.json", "turbo.json", "biome.json", "cspell.json", "deno.json", "manifest.json", ".snyk",
      "netlify.toml", "vercel.json", "gradle.properties", "citation.cff", ".spectral.yaml", ".editorconfig",
      "pnpm-workspace.yaml", ".yarnrc.yml", ".npmrc", ".travis.yml", "appveyor.yml", ".drone.yml", "bitbucket-pipelines.yml",
      "cloudbuild.yaml", "buildspec.yml", ".mergify.yml", "sonar-project.properties", "lombok.config", "nuget.config",
      "maven-wrapper.properties", "gradle-wrapper.properties");
  /** Folders whose JSON files are configuration. */
  private static final Set<String> CONFIG_FOLDERS = Set.of("config", "configs", "configuration", "conf", "settings",
      "env", "environments");

  /** Schemes of files and class-path resources, not of network endpoints. */
  private static final Set<String> LOCAL_SCHEMES = Set.of(
      "file", "classpath", "jar", "urn", "data", "mailto", "about", "javascript", "vfs", "zip", "git", "svn",
      "chrome", "resource", "blob");
  /** Hosts of XML namespaces, schemas and standards, named by configuration that is not using them. */
  private static final Set<String> SCHEMA_HOSTS = Set.of(
      "www.w3.org", "w3.org", "json-schema.org", "json.schemastore.org", "schemastore.org", "schemas.xmlsoap.org",
      "xmlns.jcp.org", "java.sun.com", "jakarta.ee", "maven.apache.org", "www.springframework.org",
      "schemas.microsoft.com", "docs.oasis-open.org", "purl.org", "ns.adobe.com", "www.hibernate.org",
      "logging.apache.org", "ch.qos.logback", "www.ehcache.org", "spdx.org", "opensource.org",
      "www.apache.org", "apache.org", "www.gnu.org", "creativecommons.org");
  private static final Set<String> RESERVED_SUFFIXES = Set.of(
      ".localhost", ".local", ".internal", ".test", ".example", ".invalid", ".lan", ".home.arpa", ".corp", ".svc",
      ".cluster.local", ".localdomain");
  private static final Set<String> RESERVED_DOMAINS = Set.of("example.com", "example.net", "example.org");

  private static final Pattern URL = Pattern.compile(
      "(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,31})://(?:[^/@\\s'\"`<>]*@)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._%${}*-]+)(:[0-9]{1,5})?");
  private static final Pattern JDBC = Pattern.compile(
      "(?i)\\bjdbc:([a-z0-9]+)(?::[a-z0-9]+)*:(?://|@(?://)?)(?:[^/@\\s'\"`;]*@)?([A-Za-z0-9._${}-]+)(:[0-9]{1,5})?");
  private static final Pattern CONNECTION_STRING = Pattern.compile(
      "(?i)(?<![A-Za-z])(server|data source|host|hostname|address|addr)\\s*=\\s*(?:tcp:)?([A-Za-z0-9._${}-]+)"
          + "(?:[,:][0-9]{1,5})?\\s*;");
  /** {@code spring.mail.host=smtp.example.nl}, {@code SMTP_HOST: "smtp.example.nl"}, alone on its line. */
  private static final Pattern HOST_SETTING = Pattern.compile(
      "^\\s*(?:export\\s+)?[\"']?([A-Za-z0-9_.-]*(?:host|hostname|server|servername))[\"']?\\s*[:=]\\s*[\"']?"
          + "([A-Za-z0-9.-]+)[\"']?\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
  private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){3}");
  /** Lines that declare schemas, namespaces or documentation rather than an endpoint. */
  private static final Pattern SCHEMA_LINE = Pattern.compile(
      "(?i)xmlns|schemaLocation|\\$schema|<!DOCTYPE|\\$id\"|yaml-language-server");

  private final List<Glob> catalogHosts;
  private final Set<String> serviceHosts;
  private final LockInRules rules;
  private final long maxBytes;

  /**
   * @param catalog the scan's catalog: a host one of its services' endpoint globs matches is known
   * @param inventory the classified inventory: the hosts its services already name are known too
   * @param rules documentation links and files, build and dev-only files
   * @param maxBytes the scan's file size bound
   */
  public UnrecognisedEndpointFinder(Catalog catalog, Inventory inventory, LockInRules rules, long maxBytes) {
    this.catalogHosts = catalog.services().stream().map(ServiceEntry::signals)
        .flatMap(s -> s.endpoints().stream()).filter(e -> !e.endsWith("=")).distinct().map(Glob::of).toList();
    Set<String> hosts = new TreeSet<>();
    for (Service s : inventory.services()) {
      s.endpoints().forEach(e -> hosts.add(hostOf(e)));
    }
    this.serviceHosts = hosts;
    this.rules = rules;
    this.maxBytes = maxBytes;
  }

  /** Whether the finder reads the file: configuration of the product, judged from the path. */
  public boolean reads(WorkspaceFile file) {
    String name = FileKinds.name(file);
    boolean config = CONFIG_EXTENSIONS.contains(file.extension()) || name.startsWith(".env")
        || CONFIG_XML.contains(name) || name.startsWith("logback") && name.endsWith(".xml")
        || name.startsWith("log4j2") && name.endsWith(".xml")
        || file.extension().equals("json") && configJson(file.path(), name);
    return config && !FileKinds.isGenerated(file) && !PROJECT_FILES.contains(name) && !name.startsWith("tsconfig")
        && !name.contains("schema.") && !name.startsWith(".eslintrc") && !name.startsWith(".prettierrc") && !name.startsWith(".babelrc")
        && !name.contains("-lock.") && !name.endsWith(".lock") && !name.endsWith("lock.json")
        && !PathRoles.isTest(file.path()) && !PathRoles.isDocumentation(file.path())
        && !rules.isDocumentationFile(file.path()) && !rules.isBuildFile(file.path());
  }

  /**
   * JSON is configuration when its name says so ({@code appsettings.Production.json},
   * {@code app.amsterdam.json}, {@code local.settings.json}), or it lies at the top of the tree or in
   * a configuration folder; deeper JSON is data, fixtures and translations.
   */
  private static boolean configJson(String path, String name) {
    if (name.startsWith("appsettings") || name.contains("settings") || name.contains("config")
        || name.startsWith("app.")) {
      return true;
    }
    String[] parts = path.toLowerCase(Locale.ROOT).split("/");
    if (parts.length == 1) {
      return true;
    }
    return CONFIG_FOLDERS.contains(parts[parts.length - 2]);
  }

  /** The unrecognised endpoints in the files it reads among {@code files}, bounded and sorted. */
  public UnrecognisedEndpoints find(List<WorkspaceFile> files) {
    Map<Key, Seen> seen = new TreeMap<>();
    int read = 0;
    int unread = 0;
    for (WorkspaceFile file : files) {
      if (!reads(file) || file.size() > maxBytes) {
        continue;
      }
      SourceText text;
      try {
        text = SourceText.read(file, maxBytes);
      } catch (IOException | RuntimeException e) {
        unread++;
        continue;
      }
      read++;
      scan(text, CommentSyntax.forFile(file.fileName()), seen);
    }
    List<UnrecognisedEndpoint> all = new ArrayList<>();
    seen.forEach((k, v) -> all.add(new UnrecognisedEndpoint(k.host, k.kind, k.endpoint, v.count, v.locations)));
    List<UnrecognisedEndpoint> kept = all.stream().sorted().limit(UnrecognisedEndpoints.MAX_ENDPOINTS).toList();
    return new UnrecognisedEndpoints(kept, all.size() - kept.size(), read, unread);
  }

  private void scan(SourceText text, CommentSyntax syntax, Map<Key, Seen> seen) {
    CommentTracker comments = new CommentTracker(syntax);
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      BitSet commented = comments.commented(line);
      if (line.isBlank() || SCHEMA_LINE.matcher(line).find()) {
        continue;
      }
      Location at = Location.of(text.path(), i + 1);
      Matcher jdbc = JDBC.matcher(line);
      BitSet taken = new BitSet();
      while (jdbc.find()) {
        taken.set(jdbc.start(), jdbc.end());
        if (!commented.get(jdbc.start())) {
          String port = jdbc.group(3) == null ? "" : jdbc.group(3);
          String host = jdbc.group(2).toLowerCase(Locale.ROOT);
          record(seen, host, EndpointKind.JDBC, "jdbc:" + jdbc.group(1).toLowerCase(Locale.ROOT) + "://" + host + port,
              "", at);
        }
      }
      Matcher url = URL.matcher(line);
      while (url.find()) {
        if (taken.get(url.start()) || commented.get(url.start())) {
          continue;
        }
        String scheme = url.group(1).toLowerCase(Locale.ROOT);
        if (LOCAL_SCHEMES.contains(scheme)) {
          continue;
        }
        String host = url.group(2).toLowerCase(Locale.ROOT);
        String port = url.group(3) == null ? "" : url.group(3);
        String path = Urls.pathAfter(line, url.start(2), url.end(2));
        record(seen, host, EndpointKind.URL, scheme + "://" + host + port, path, at);
      }
      Matcher cs = CONNECTION_STRING.matcher(line);
      while (cs.find()) {
        if (!commented.get(cs.start()) && !taken.get(cs.start())) {
          String host = cs.group(2).toLowerCase(Locale.ROOT);
          record(seen, host, EndpointKind.CONNECTION_STRING, host, "", at);
        }
      }
      Matcher setting = HOST_SETTING.matcher(line);
      if (setting.matches() && !commented.get(setting.start(2))) {
        String host = setting.group(2).toLowerCase(Locale.ROOT);
        record(seen, host, EndpointKind.HOST_SETTING, host, "", at);
      }
    }
  }

  private void record(Map<Key, Seen> seen, String host, EndpointKind kind, String endpoint, String path,
      Location at) {
    if (!candidate(host) || rules.isDocumentation(host + path)) {
      return;
    }
    Seen s = seen.computeIfAbsent(new Key(host, kind, endpoint), k -> new Seen());
    s.count++;
    if (s.locations.size() < UnrecognisedEndpoint.MAX_LOCATIONS) {
      s.locations.add(at);
    }
  }

  /** Whether a host could be a service somebody runs on the internet that the catalog does not know. */
  boolean candidate(String host) {
    if (!HOST.matcher(host).matches() || host.indexOf('.') < 0 || IPV4.matcher(host).matches()) {
      return false;
    }
    String tld = host.substring(host.lastIndexOf('.') + 1);
    if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
      return false;
    }
    if (SCHEMA_HOSTS.contains(host) || RESERVED_DOMAINS.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d))
        || RESERVED_SUFFIXES.stream().anyMatch(host::endsWith)) {
      return false;
    }
    return !serviceHosts.contains(host) && catalogHosts.stream().noneMatch(g -> g.matches(host));
  }

  /** The host of an endpoint as a service lists it: a host, or a URL's origin. */
  static String hostOf(String endpoint) {
    Optional<Urls.Url> url = Urls.firstFrom(endpoint, 0);
    String host = url.map(Urls.Url::host).orElse(endpoint);
    int slash = host.indexOf('/');
    return (slash >= 0 ? host.substring(0, slash) : host).toLowerCase(Locale.ROOT);
  }

  private record Key(String host, EndpointKind kind, String endpoint) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = host.compareTo(o.host);
      if (c != 0) {
        return c;
      }
      c = kind.compareTo(o.kind);
      return c != 0 ? c : endpoint.compareTo(o.endpoint);
    }
  }

  private static final class Seen {
    private int count;
    private final List<Location> locations = new ArrayList<>();
  }
}
