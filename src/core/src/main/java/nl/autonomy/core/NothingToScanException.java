package nl.autonomy.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder holds nothing Autonomy recognises: no manifest, lockfile or archive, and no code or
 * configuration that uses a cloud service. Such a scan has no answer, so it is not reported as one
 * (an empty SBOM would read as "complete, 100% autonomous"): the front ends say what was looked
 * for and stop (the CLI with exit code 3).
 */
public final class NothingToScanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What the detectors read, in the words of the README's "What it reads". */
  static final String LOOKED_FOR = "pom.xml; package.json with package-lock.json, npm-shrinkwrap.json, yarn.lock or "
      + "pnpm-lock.yaml; poetry.lock, uv.lock, pdm.lock, Pipfile.lock, requirements*.txt or pyproject.toml; "
      + "build.gradle(.kts), gradle.lockfile or libs.versions.toml; packages.lock.json, *.csproj or "
      + "packages.config; go.mod; composer.json/composer.lock; Gemfile.lock; Cargo.lock; Chart.yaml; "
      + "Dockerfile, compose and Kubernetes files; *.jar, *.war, *.ear; source code, Terraform, Bicep, "
      + "CloudFormation and CI files that use a cloud service";

  public NothingToScanException(String message) {
    super(message);
  }

  /** The message for a folder in which nothing was recognised among {@code files} walked files. */
  static NothingToScanException in(Path root, String source, long files) {
    StringBuilder m = new StringBuilder("nothing to scan in ").append(source).append(": ");
    m.append(files == 0 ? "it holds no file Autonomy can read" : files + (files == 1 ? " file was" : " files were")
        + " read, but none is a manifest, lockfile or archive Autonomy recognises, and none uses a cloud service");
    if (Files.isRegularFile(root.resolve("HEAD")) && Files.isDirectory(root.resolve("objects"))
        && Files.isDirectory(root.resolve("refs"))) {
      m.append(". This is a bare git repository: scan a checkout of it, or its URL");
    }
    m.append(". Looked for: ").append(LOOKED_FOR).append('.');
    return new NothingToScanException(m.toString());
  }
}
