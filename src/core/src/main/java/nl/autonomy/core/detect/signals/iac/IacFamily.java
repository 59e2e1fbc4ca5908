package nl.autonomy.core.detect.signals.iac;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.autonomy.core.catalog.ServiceSignals;
import nl.autonomy.core.detect.signals.FileKinds;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.detect.signals.SignalFamily;
import nl.autonomy.core.detect.signals.TokenChars;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Infrastructure as code, from the catalog's {@code terraform} entries, which take four forms:
 * <ul>
 *   <li>a provider source address ({@code hashicorp/azurerm}): in {@code required_providers} and in
 *       {@code .terraform.lock.hcl}, also with a registry host in front;</li>
 *   <li>a resource-type glob, declared in quotes or after a {@code type:} key: Terraform/OpenTofu
 *       ({@code resource "azurerm_storage_account"}), CloudFormation, SAM and Serverless
 *       ({@code Type: AWS::S3::Bucket}), ARM and Bicep ({@code 'Microsoft.Storage/storageAccounts@2023-01-01'}),
 *       Pulumi YAML ({@code type: aws:s3:BucketV2}); a reference such as {@code aws_s3_bucket.x.arn} is not
 *       a declaration;</li>
 *   <li>{@code backend:NAME}: a Terraform state backend ({@code backend "s3"});</li>
 *   <li>{@code serverless:NAME}: the provider of a Serverless Framework {@code serverless.yml}.</li>
 * </ul>
 */
public final class IacFamily implements SignalFamily {

  // "job": an App Service WebJob's settings.job, which the catalog names as a file (files entries)
  private static final Set<String> EXTENSIONS = Set.of("tf", "tofu", "hcl", "bicep", "json", "yaml", "yml", "template",
      "job");
  private static final String FILE = "file:";
  private static final Pattern TYPE_KEY = Pattern.compile("(?i)\\btype\\s*:\\s*$");

  @Override
  public String id() {
    return "iac";
  }

  @Override
  public EvidenceKind kind() {
    return EvidenceKind.IAC;
  }

  @Override
  public List<String> entries(ServiceSignals signals) {
    List<String> entries = new java.util.ArrayList<>(signals.terraform());
    signals.files().forEach(f -> entries.add(FILE + f));
    return entries;
  }

  @Override
  public List<String> anchors(String entry) {
    if (entry.startsWith(FILE)) {
      return List.of();
    }
    if (entry.startsWith("backend:")) {
      return List.of("backend \"" + entry.substring("backend:".length()) + "\"");
    }
    if (entry.startsWith("serverless:")) {
      return List.of("name: " + entry.substring("serverless:".length()));
    }
    return SignalFamily.super.anchors(entry);
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return EXTENSIONS.contains(file.extension()) && !FileKinds.isGenerated(file);
  }

  @Override
  public Optional<ServiceUse> judge(HitContext hit) {
    if (hit.isCommented()) {
      return Optional.empty();
    }
    String entry = hit.signal().entry();
    String line = hit.text().strip();
    if (entry.startsWith("backend:")) {
      boolean hcl = Set.of("tf", "tofu", "hcl").contains(hit.file().extension());
      return hcl && line.startsWith(hit.signal().anchor()) ? Optional.of(hit.use(1.0, null, hit.hit().start()))
          : Optional.empty();
    }
    if (entry.startsWith("serverless:")) {
      boolean serverless = FileKinds.name(hit.file()).startsWith("serverless.");
      return serverless && line.equals(hit.signal().anchor()) ? Optional.of(hit.use(0.9, null, hit.hit().start()))
          : Optional.empty();
    }
    HitContext.Token token = hit.token(TokenChars::name);
    String name = token.text();
    if (isProviderAddress(entry)) {
      String lower = name.toLowerCase(Locale.ROOT);
      String wanted = entry.toLowerCase(Locale.ROOT);
      return declared(hit, token) && (lower.equals(wanted) || lower.endsWith("/" + wanted))
          ? Optional.of(hit.use(1.0, null, token.start())) : Optional.empty();
    }
    int version = name.indexOf('@');
    String type = version > 0 ? name.substring(0, version) : name;
    return declared(hit, token) && hit.signal().glob().matches(type)
        ? Optional.of(hit.use(1.0, null, token.start())) : Optional.empty();
  }

  /**
   * A file the catalog names ({@code files}): its presence deploys onto the service (a WebJob's
   * {@code settings.job} runs only on App Service). One declaration for the whole file (line 0).
   */
  @Override
  public List<ServiceUse> fromPath(WorkspaceFile file, List<nl.autonomy.core.detect.signals.Signal> signals) {
    List<ServiceUse> uses = new java.util.ArrayList<>();
    for (nl.autonomy.core.detect.signals.Signal s : signals) {
      if (s.entry().startsWith(FILE) && matchesPath(s.entry().substring(FILE.length()), file.path())) {
        uses.add(new ServiceUse(s.serviceId(), new nl.autonomy.core.model.Evidence(detectorId(), kind(),
            nl.autonomy.core.model.Location.of(file.path()), "deployment file " + file.path(), 0.9,
            nl.autonomy.core.source.PathRoles.scopeOf(file.path())), null));
      }
    }
    return uses;
  }

  private static boolean matchesPath(String glob, String path) {
    nl.autonomy.core.text.Glob g = nl.autonomy.core.text.Glob.of(glob);
    return g.matches(path) || nl.autonomy.core.text.Glob.of("*/" + glob).matches(path);
  }

  private static boolean isProviderAddress(String entry) {
    return entry.indexOf('/') > 0 && entry.indexOf('*') < 0 && entry.indexOf(':') < 0 && !entry.contains(".");
  }

  /** In quotes, or the value of a {@code type:} key: a declaration, not a reference. */
  private static boolean declared(HitContext hit, HitContext.Token token) {
    String text = hit.text();
    if (token.start() > 0 && "\"'".indexOf(text.charAt(token.start() - 1)) >= 0) {
      return true;
    }
    return TYPE_KEY.matcher(text.substring(0, token.start())).find();
  }
}
