package nl.autonomy.core.detect.signals.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.autonomy.core.catalog.ServiceSignals;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.detect.signals.Signal;
import nl.autonomy.core.detect.signals.SignalFamily;
import nl.autonomy.core.detect.signals.TokenChars;
import nl.autonomy.core.text.Glob;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * CI/CD, from the catalog's {@code ci} entries, in two forms:
 * <ul>
 *   <li>a path glob of a CI configuration file (it names a {@code .yml}/{@code .yaml} file, starts
 *       with a dot folder, or is {@code Jenkinsfile}): the CI system itself, a dependency of the
 *       build, known from where its configuration lives ({@code .github/workflows/*} is GitHub
 *       Actions, {@code azure-pipelines.yml} Azure DevOps), matched at any depth;</li>
 *   <li>an action or task ({@code azure/login}, {@code aws-actions/configure-aws-credentials},
 *       {@code AzureCLI@2}): a step that logs in to or deploys on a cloud, wherever a CI file
 *       names it ({@code uses:}, {@code task:}, a Jenkins step).</li>
 * </ul>
 */
public final class CiFamily implements SignalFamily {

  private static final Pattern CI_FILES = Pattern.compile(
      "(?i)(^|.*/)(\\.github/workflows/[^/]+\\.ya?ml|action\\.ya?ml|azure-pipelines[^/]*\\.ya?ml|\\.azure-pipelines/.+\\.ya?ml"
          + "|\\.gitlab-ci\\.ya?ml|\\.gitlab/.+\\.ya?ml|bitbucket-pipelines\\.ya?ml|jenkinsfile|buildspec\\.ya?ml"
          + "|cloudbuild\\.ya?ml|\\.circleci/config\\.ya?ml|\\.woodpecker\\.ya?ml|\\.woodpecker/.+\\.ya?ml"
          + "|\\.(forgejo|gitea)/workflows/.+\\.ya?ml|\\.drone\\.ya?ml|\\.travis\\.ya?ml|appveyor\\.ya?ml)$");

  /** In YAML pipelines an action or task is the value of one of these keys; elsewhere it is prose. */
  private static final Pattern STEP_KEY = Pattern.compile("(?i)\\b(uses|task|template|component|pipe|orb)\\s*:\\s*[\"']?$");

  /**
   * Steps of services in these categories serve the build (a chat notification, a code-quality scan),
   * wherever they are written; other steps log in to or deploy on where the product runs.
   */
  private static final java.util.Set<String> BUILD_CATEGORIES = java.util.Set.of("ci", "messaging", "chat",
      "collaboration");

  @Override
  public String id() {
    return "ci";
  }

  @Override
  public EvidenceKind kind() {
    return EvidenceKind.CI;
  }

  @Override
  public List<String> entries(ServiceSignals signals) {
    return signals.ci();
  }

  @Override
  public List<String> anchors(String entry) {
    if (isPath(entry)) {
      return List.of();
    }
    int at = entry.indexOf('@');
    return List.of(Glob.of(at > 0 ? entry.substring(0, at) : entry).anchor());
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return CI_FILES.matcher(file.path()).matches();
  }

  @Override
  public Optional<ServiceUse> judge(HitContext hit) {
    if (hit.isCommented()) {
      return Optional.empty();
    }
    HitContext.Token token = hit.token(TokenChars::action);
    boolean yaml = hit.file().extension().startsWith("y");
    if (yaml && !STEP_KEY.matcher(hit.text().substring(0, token.start())).find()) {
      return Optional.empty();
    }
    String action = token.text().toLowerCase(Locale.ROOT);
    String entry = hit.signal().entry().toLowerCase(Locale.ROOT);
    boolean match = action.equals(entry) || action.startsWith(entry + "@") || action.startsWith(entry + "/")
        || hit.signal().glob().matches(action);
    if (!match || !CiStepInputs.means(hit, hit.rules().ciStep(stripVersion(entry), hit.signal().serviceId()))) {
      return Optional.empty();
    }
    // a login or deploy step names where the product runs: it keeps the scope of the file's path,
    // not the build scope of the rest of the CI file
    return Optional.of(hit.use(hit.signal().serviceId(), detectorId(), 1.0, null, token.start(),
        hit.index().category(hit.signal().serviceId()).map(BUILD_CATEGORIES::contains).orElse(false)
            ? hit.facts().scope() : hit.facts().pathScope()));
  }

  private static String stripVersion(String entry) {
    int at = entry.indexOf('@');
    return at > 0 ? entry.substring(0, at) : entry;
  }

  /** Whether a {@code ci} entry names a configuration file rather than an action or task. */
  static boolean isPath(String entry) {
    String lower = entry.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.startsWith(".") || lower.equals("jenkinsfile");
  }

  /**
   * The CI system a file belongs to: evidence for the whole file (line 0). The CI system is a
   * dependency of the build, not of what ships, so it is build scope; the cloud logins and deploy
   * steps inside the file keep the scope of the file (they name where the product runs).
   */
  @Override
  public List<ServiceUse> fromPath(WorkspaceFile file, List<Signal> signals) {
    List<ServiceUse> uses = new ArrayList<>();
    for (Signal s : signals) {
      if (Glob.of(s.entry()).matches(file.path()) || Glob.of("*/" + s.entry()).matches(file.path())) {
        Scope scope = nl.autonomy.core.source.PathRoles.scopeOf(file.path()) == Scope.TEST ? Scope.TEST : Scope.BUILD;
        uses.add(new ServiceUse(s.serviceId(), new Evidence(detectorId(), EvidenceKind.CI, Location.of(file.path()),
            "CI configuration " + file.path(), 1.0, scope), null));
      }
    }
    return uses;
  }
}
