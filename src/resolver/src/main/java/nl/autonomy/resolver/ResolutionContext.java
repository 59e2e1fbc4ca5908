package nl.autonomy.resolver;

import java.util.List;
import nl.autonomy.core.NetworkTimeouts;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.model.Problem;
import org.apache.maven.model.building.ModelBuilder;
import org.apache.maven.model.building.ModelCache;
import org.apache.maven.repository.internal.ArtifactDescriptorReaderDelegate;
import org.eclipse.aether.ConfigurationProperties;
import org.eclipse.aether.DefaultRepositoryCache;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.graph.manager.DependencyManagerUtils;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;

/**
 * One resolution run: a repository system and session with Maven 3 semantics, configured from the
 * settings and the scan options, and closed when the run ends. Created per request, so the
 * provider itself holds no state and may be used from several threads.
 */
final class ResolutionContext implements AutoCloseable {

  private final RepositorySystem system;
  private final CloseableSession session;
  private final ModelBuilder modelBuilder;
  private final ModelCache modelCache;
  private final PomFactsCollector facts = new PomFactsCollector();
  private final ReactorWorkspaceReader workspace;
  private final List<Problem> settingsProblems;

  ResolutionContext(ScanOptions options, ReactorWorkspaceReader workspace) {
    this(options, workspace, MavenBuildConfig.ofUser(options), java.util.Map.of());
  }

  /**
   * @param invocation how Maven is invoked: its user and system properties reach every POM the
   *     session reads (dependencies' too, as in a Maven build), its settings, global settings and
   *     offline mode configure the session
   * @param config extra session configuration, e.g. Gradle's highest-version conflict resolution
   */
  ResolutionContext(ScanOptions options, ReactorWorkspaceReader workspace, MavenBuildConfig invocation,
      java.util.Map<String, Object> config) {
    SettingsLoader.MavenSettings settings = SettingsLoader.load(invocation.sessionOptions(options),
        invocation.globalSettings());
    RepositorySystemSupplier supplier = new RepositorySystemSupplier();
    this.system = supplier.get();
    this.workspace = workspace;
    this.settingsProblems = settings.problems();
    RepositorySystemSession.SessionBuilder builder = new SessionBuilderSupplier(system).get()
        .withLocalRepositoryBaseDirectories(settings.localRepository())
        .setOffline(settings.offline())
        .setSystemProperties(invocation.modelSystemProperties())
        .setUserProperties(invocation.modelUserProperties())
        .setMirrorSelector(settings.mirrors())
        .setProxySelector(settings.proxies())
        .setAuthenticationSelector(settings.authentication())
        .setWorkspaceReader(workspace)
        // one cache for the whole run, as Maven keeps one per build: without it the model builder
        // has no model cache (every parent and imported BOM is read again for each POM that
        // needs it) and every collection starts with an empty descriptor pool
        .setCache(new DefaultRepositoryCache())
        // a missing POM is a gap to report, not a leaf to keep quietly (Maven only warns);
        // POMs that exist but are invalid are read as far as possible, as Maven does
        .setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(false, true))
        // remember the version before dependencyManagement changed it (maven.premanagedVersion)
        .setConfigProperty(DependencyManagerUtils.CONFIG_PROP_VERBOSE, true)
        .setConfigProperty(ArtifactDescriptorReaderDelegate.class.getName(), facts)
        // Resolver 2 fetches a prefix list from every repository any POM names before looking
        // anything up, even when the local repository already holds it; Maven 3 does not, and
        // for a warm scan it would mean network round trips (or timeouts) for nothing
        .setConfigProperty("aether.remoteRepositoryFilter.prefixes", false)
        // a repository that accepts and never answers fails the request instead of hanging the
        // scan (Resolver's own default waits 30 minutes); one retry, not three
        .setConfigProperty(ConfigurationProperties.CONNECT_TIMEOUT, (int) NetworkTimeouts.connect().toMillis())
        .setConfigProperty(ConfigurationProperties.REQUEST_TIMEOUT, (int) NetworkTimeouts.read().toMillis())
        .setConfigProperty(ConfigurationProperties.HTTP_RETRY_HANDLER_COUNT, 1);
    config.forEach(builder::setConfigProperty);
    this.session = builder.build();
    this.modelBuilder = supplier.getModelBuilder();
    this.modelCache = supplier.getModelCacheFactory().createCache(session);
  }

  RepositorySystem system() {
    return system;
  }

  RepositorySystemSession session() {
    return session;
  }

  ModelBuilder modelBuilder() {
    return modelBuilder;
  }

  ModelCache modelCache() {
    return modelCache;
  }

  PomFactsCollector facts() {
    return facts;
  }

  ReactorWorkspaceReader workspace() {
    return workspace;
  }

  List<Problem> settingsProblems() {
    return settingsProblems;
  }

  boolean offline() {
    return session.isOffline();
  }

  /** Repositories with the session's mirrors, proxies and credentials applied. */
  List<RemoteRepository> forResolution(List<RemoteRepository> repositories) {
    return system.newResolutionRepositories(session, repositories);
  }

  @Override
  public void close() {
    try {
      session.close();
    } finally {
      system.shutdown();
    }
  }
}
