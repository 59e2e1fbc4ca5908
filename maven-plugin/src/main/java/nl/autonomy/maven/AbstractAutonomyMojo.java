package nl.autonomy.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.summary.SummaryRenderer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystem;

/**
 * What both goals share: the parameters, per-module or reactor-wide scanning over Maven's own
 * dependency graph, writing the chosen formats and printing the summary the CLI prints. The one
 * base class of the goals; the work itself happens in small collaborators created per execution,
 * so nothing is shared between the threads of a {@code -T} build.
 */
abstract class AbstractAutonomyMojo extends AbstractMojo {

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.skip", defaultValue = "false")
  boolean skip;

  /**
   * Writes one result for the whole reactor instead of one per module: the last project of the
   * build to run the goal scans the top-level project's folder with every module's dependency
   * graph, and writes into the top-level project's output directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.aggregate", defaultValue = "false")
  boolean aggregate;

  /**
   * Output formats, comma-separated: {@code cyclonedx-json}, {@code cyclonedx-xml}, {@code json}
   * (report.json), {@code html}, {@code markdown}, {@code sarif} as far as installed, or
   * {@code all}. Each goal has its own default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.formats")
  List<String> formats;

  /**
   * Where the files are written. In an aggregate run, the same path relative to the top-level
   * project.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.outputDirectory", defaultValue = "${project.build.directory}/autonomy")
  File outputDirectory;

  /**
   * Extra catalog files (vendors, services, licenses) that extend or override the shipped ones.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.catalogs")
  List<File> catalogs;

  /**
   * Catalogs shared between organisations in git, as {@code git+https://host/org/repo.git#REF:path/file.yaml}
   * (also {@code git+file://}): fetched with JGit into the cache directory, pinned by the commit REF
   * resolves to, reused offline ({@code mvn -o}); every report records the commit and the file's
   * SHA-256. The check goal's {@code policy} takes the same form.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.sharedCatalogs")
  List<String> sharedCatalogs;

  /**
   * Keeps test-scoped dependencies in the result (as scope {@code test}, which the shipped
   * policies do not count against what ships). Set to {@code false} to leave them out entirely.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.includeTestScope", defaultValue = "true")
  boolean includeTestScope;

  /**
   * Attaches the CycloneDX BOM(s) to the project with classifier {@code cyclonedx}, so that
   * {@code install} and {@code deploy} publish them next to the artifact.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.attach", defaultValue = "false")
  boolean attach;

  /**
   * Language of the human-readable reports ({@code en}, {@code nl}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.lang", defaultValue = "en")
  String lang;

  /**
   * Look up, in each ecosystem's registry, the licenses and suppliers that lockfiles do not carry
   * (npm, PyPI, Go and container components found beside the Maven build). Maven's offline mode
   * ({@code -o}) keeps it to the cache. See docs/enrichment.md.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.enrich", defaultValue = "true")
  boolean enrich;

  /**
   * Where registry answers are kept; default {@code $XDG_CACHE_HOME/autonomy} or
   * {@code ~/.cache/autonomy}, shared with the CLI.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.cacheDirectory")
  File cacheDirectory;

  /**
   * Registries or mirrors to use instead of the public ones, as {@code ID=URL}
   * ({@code npm=https://nexus.example/repository/npm}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.registries")
  List<String> registries;

  /** Reproducible builds: the time written into every output. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  private final RepositorySystem repositorySystem;
  private final ProjectDependenciesResolver dependenciesResolver;
  private final ProjectBuilder projectBuilder;
  private final MavenProjectHelper projectHelper;

  AbstractAutonomyMojo(RepositorySystem repositorySystem, ProjectDependenciesResolver dependenciesResolver,
      ProjectBuilder projectBuilder, MavenProjectHelper projectHelper) {
    this.repositorySystem = repositorySystem;
    this.dependenciesResolver = dependenciesResolver;
    this.projectBuilder = projectBuilder;
    this.projectHelper = projectHelper;
  }

  /** Where this execution wrote its files (for a goal that adds its own next to them). */
  Path writtenTo;

  /** The goal's name, as in {@code autonomy:NAME}. */
  abstract String goal();

  /** The formats written when the user names none. */
  abstract List<String> defaultFormats();

  /** What the goal does with the result once it is written (the check goal enforces the policy). */
  abstract void afterWriting(ScanResult result) throws MojoExecutionException, MojoFailureException;

  /** The scan request's evaluation part (the check goal names a policy). */
  abstract EvaluationOptions evaluation() throws MojoExecutionException;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    boolean claimed = aggregate && new ReactorAggregation(session, plugin).markDoneAndClaim(project, goal());
    if (!aggregate && new ReactorAggregation(session, plugin).orphaned(project, goal())) {
      throw new MojoFailureException("Autonomy " + goal() + ": other modules of this reactor run it with aggregate=true,"
          + " but " + project.getArtifactId() + " runs it without, and finished last: nobody could write the"
          + " reactor's aggregate result. Configure <aggregate> the same way in every module (in the parent's"
          + " plugin configuration).");
    }
    // in an aggregate run the claimer writes the reactor's result even when its own module skips,
    // unless the whole build was told to skip
    if (skip && !(claimed && !skippedForWholeBuild())) {
      getLog().info("Autonomy " + goal() + " is skipped (autonomy.skip)");
      return;
    }
    if (aggregate && !claimed) {
      getLog().info("Autonomy " + goal() + ": part of the reactor's aggregate result, written by the last project");
      return;
    }
    long started = System.nanoTime();
    MavenProject target = aggregate ? new ReactorAggregation(session, plugin).topProject() : project;
    Set<Path> ownedElsewhere = aggregate ? Set.of() : ReactorGraphProvider.othersThan(project, session.getProjects());
    Path output = outputFor(target);
    ResultWriting writing = new ResultWriting(selectedFormats(), locale(), pinnedTimestamp());
    writing.writers();
    nl.autonomy.core.enrich.EnrichOptions enrichOptions = EnrichmentConfig.of(enrich, session.isOffline(),
        cacheDirectory, registries, session.getSettings(), System.getenv());
    EvaluationOptions evaluation = evaluation();
    nl.autonomy.core.source.SharedFiles.Resolved shared = shared(enrichOptions.cacheDir(), evaluation);
    ScanResult result = new ScanRun(provider(ownedElsewhere), scanOptions(shared),
        evaluation == null ? null : new EvaluationOptions(shared.policy(), evaluation.baseline(), evaluation.failOn()),
        enrichOptions).scan(target);
    List<Path> written = writing.write(result, output);
    writtenTo = output;
    new SummaryRenderer(false, locale()).render(result, written, (System.nanoTime() - started) / 1_000_000)
        .forEach(getLog()::info);
    if (attach) {
      new BomAttachment(projectHelper).attach(target, written);
    }
    afterWriting(result);
  }

  private boolean skippedForWholeBuild() {
    return Boolean.parseBoolean(session.getUserProperties().getProperty("autonomy.skip", "false"));
  }

  private ReactorGraphProvider provider(Set<Path> ownedElsewhere) {
    ProjectGraphResolver resolver = new ProjectGraphResolver(dependenciesResolver, session.getRepositorySession());
    RepositoryPomMetadata metadata = new RepositoryPomMetadata(repositorySystem, resolver.session(),
        project.getRemoteProjectRepositories());
    DependencyGraphMapper mapper = new DependencyGraphMapper(metadata, includeTestScope);
    return new ReactorGraphProvider(session.getProjects(), ownedElsewhere, resolver,
        new OutOfReactorProjects(projectBuilder, session.getProjectBuildingRequest()), mapper, metadata::problems,
        new CoordinatesCollector(repositorySystem, resolver.session(), project.getRemoteProjectRepositories(), mapper));
  }

  /** The shared catalogs and a git policy, fetched into the cache (offline with {@code mvn -o}). */
  private nl.autonomy.core.source.SharedFiles.Resolved shared(Path cacheDir, EvaluationOptions evaluation)
      throws MojoExecutionException {
    List<String> values = new java.util.ArrayList<>();
    if (catalogs != null) {
      catalogs.forEach(f -> values.add(f.getPath()));
    }
    if (sharedCatalogs != null) {
      values.addAll(sharedCatalogs);
    }
    try {
      return new nl.autonomy.core.source.SharedFiles(cacheDir, session.isOffline())
          .resolve(values, evaluation == null ? null : evaluation.policy());
    } catch (nl.autonomy.core.source.SourceException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private ScanOptions scanOptions(nl.autonomy.core.source.SharedFiles.Resolved shared) throws MojoExecutionException {
    Instant time;
    try {
      time = OutputTimestamps.parse(outputTimestamp).orElseGet(nl.autonomy.core.Timestamps::now);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("project.build.outputTimestamp: " + e.getMessage(), e);
    }
    return ScanOptions.defaults()
        .withOffline(session.isOffline())
        // Maven's own user properties (its command line and .mvn/maven.config, already merged by
        // Maven): the projects are Maven's, and the out-of-reactor poms are built with them too
        .withMavenUserProperties(userProperties())
        .withMavenProfiles(session.getRequest().getActiveProfiles())
        .withTimestamp(time)
        .withCatalogFiles(shared.catalogFiles())
        .withSharedSources(shared.sources());
  }

  /** The build's outputTimestamp (or SOURCE_DATE_EPOCH) fixes the time: the output is reproducible. */
  private boolean pinnedTimestamp() {
    try {
      return OutputTimestamps.parse(outputTimestamp).isPresent() || nl.autonomy.core.Timestamps.pinned();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private java.util.Map<String, String> userProperties() {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    session.getUserProperties().stringPropertyNames().forEach(k -> out.put(k, session.getUserProperties().getProperty(k)));
    return out;
  }

  /** In an aggregate run the configured directory is taken relative to the top-level project. */
  private Path outputFor(MavenProject target) {
    Path configured = outputDirectory.toPath().toAbsolutePath().normalize();
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    if (target == project || !configured.startsWith(base)) {
      return configured;
    }
    return target.getBasedir().toPath().toAbsolutePath().normalize().resolve(base.relativize(configured));
  }

  private List<String> selectedFormats() {
    return formats == null || formats.isEmpty() ? defaultFormats() : formats;
  }

  Locale locale() {
    return Locale.forLanguageTag(lang == null || lang.isBlank() ? "en" : lang.strip());
  }
}
