package nl.autonomy.resolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.RegularFiles;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsBuildingResult;
import org.apache.maven.settings.building.SettingsProblem;
import org.eclipse.aether.repository.AuthenticationSelector;
import org.eclipse.aether.repository.MirrorSelector;
import org.eclipse.aether.repository.ProxySelector;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * Reads Maven's settings the way {@code mvn} does: the global {@code $MAVEN_HOME/conf/settings.xml}
 * merged under the user's {@code ~/.m2/settings.xml} (or the file given in {@link
 * ScanOptions#settingsFile()}, which replaces the user's as {@code mvn -s} does). Encrypted
 * passwords ({@code settings-security.xml}) are passed on as written.
 */
final class SettingsLoader {

  /** What resolution takes from the settings. */
  record MavenSettings(Path localRepository, boolean offline, MirrorSelector mirrors, ProxySelector proxies,
      AuthenticationSelector authentication, List<Problem> problems) {
  }

  private SettingsLoader() {
  }

  static MavenSettings load(ScanOptions options) {
    return load(options, null);
  }

  /** @param globalSettings replaces {@code $MAVEN_HOME/conf/settings.xml}, as {@code mvn -gs} does; null for it */
  static MavenSettings load(ScanOptions options, Path globalSettings) {
    Path userHome = Path.of(System.getProperty("user.home"));
    Path userSettings = options.settingsFile() != null
        ? options.settingsFile() : userHome.resolve(".m2").resolve("settings.xml");
    DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
    List<Problem> problems = new ArrayList<>();
    if (!Files.exists(userSettings) || Files.isRegularFile(userSettings)) {
      request.setUserSettingsFile(userSettings.toFile());
    } else {
      // a FIFO would block the settings reader forever: only a regular file is opened
      problems.add(Problem.error(ResolverMavenGraphProvider.SOURCE, null, "the settings file " + userSettings
          + " is not a regular file (" + RegularFiles.kind(userSettings) + "); it was not read, Maven's defaults are used"));
    }
    (globalSettings != null ? java.util.Optional.of(globalSettings) : globalSettings())
        .ifPresent(p -> request.setGlobalSettingsFile(p.toFile()));
    Properties system = new Properties();
    system.putAll(System.getProperties());
    System.getenv().forEach((k, v) -> system.setProperty("env." + k, v));
    request.setSystemProperties(system);
    Settings settings;
    try {
      SettingsBuildingResult result = new DefaultSettingsBuilderFactory().newInstance().build(request);
      settings = result.getEffectiveSettings();
      result.getProblems().stream()
          .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
          .forEach(p -> problems.add(problem(p)));
    } catch (SettingsBuildingException e) {
      e.getProblems().forEach(p -> problems.add(problem(p)));
      settings = new Settings();
    }
    if (options.settingsFile() != null && !Files.exists(options.settingsFile())) {
      problems.add(Problem.error(ResolverMavenGraphProvider.SOURCE, null,
          "the settings file " + options.settingsFile() + " does not exist; Maven's defaults are used"));
    }
    Path local = options.localRepository() != null ? options.localRepository()
        : settings.getLocalRepository() != null && !settings.getLocalRepository().isBlank()
            ? Path.of(settings.getLocalRepository())
            : userHome.resolve(".m2").resolve("repository");
    return new MavenSettings(local, options.offline() || settings.isOffline(), mirrors(settings),
        proxies(settings), authentication(settings), problems);
  }

  private static java.util.Optional<Path> globalSettings() {
    for (String variable : List.of("MAVEN_HOME", "M2_HOME")) {
      String home = System.getenv(variable);
      if (home != null && !home.isBlank()) {
        Path p = Path.of(home, "conf", "settings.xml");
        if (Files.isRegularFile(p)) {
          return java.util.Optional.of(p);
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static Problem problem(SettingsProblem p) {
    Location location = p.getSource() == null || p.getSource().isBlank() ? null
        : new Location(p.getSource(), Math.max(0, p.getLineNumber()), Math.max(0, p.getColumnNumber()));
    return Problem.error(ResolverMavenGraphProvider.SOURCE, location, "settings.xml: " + p.getMessage());
  }

  private static MirrorSelector mirrors(Settings settings) {
    DefaultMirrorSelector selector = new DefaultMirrorSelector();
    for (Mirror m : settings.getMirrors()) {
      selector.add(m.getId(), m.getUrl(), m.getLayout(), false, m.isBlocked(), m.getMirrorOf(),
          m.getMirrorOfLayouts());
    }
    return selector;
  }

  private static ProxySelector proxies(Settings settings) {
    DefaultProxySelector selector = new DefaultProxySelector();
    for (Proxy p : settings.getProxies()) {
      if (!p.isActive()) {
        continue;
      }
      AuthenticationBuilder auth = new AuthenticationBuilder()
          .addUsername(p.getUsername()).addPassword(p.getPassword());
      selector.add(new org.eclipse.aether.repository.Proxy(p.getProtocol(), p.getHost(), p.getPort(),
          auth.build()), p.getNonProxyHosts());
    }
    return selector;
  }

  private static AuthenticationSelector authentication(Settings settings) {
    DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
    for (Server s : settings.getServers()) {
      selector.add(s.getId(), new AuthenticationBuilder()
          .addUsername(s.getUsername()).addPassword(s.getPassword())
          .addPrivateKey(s.getPrivateKey(), s.getPassphrase()).build());
    }
    return selector;
  }
}
