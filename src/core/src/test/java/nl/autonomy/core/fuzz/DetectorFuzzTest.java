package nl.autonomy.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.autonomy.core.detect.archive.JarDetector;
import nl.autonomy.core.detect.cargo.CargoDetector;
import nl.autonomy.core.detect.composer.ComposerDetector;
import nl.autonomy.core.detect.container.ContainerDetector;
import nl.autonomy.core.detect.dotnet.NuGetDetector;
import nl.autonomy.core.detect.golang.GoDetector;
import nl.autonomy.core.detect.gradle.GradleDetector;
import nl.autonomy.core.detect.helm.HelmDetector;
import nl.autonomy.core.detect.npm.NpmDetector;
import nl.autonomy.core.detect.python.PythonDetector;
import nl.autonomy.core.detect.ruby.RubyDetector;
import nl.autonomy.core.detect.signals.SignalDetector;

/**
 * One fuzz test per file format a detector reads. In a normal build each runs its seed corpus
 * ({@code DetectorFuzzTestInputs/<method>/}) as a regression test; with {@code JAZZER_FUZZ=1} one
 * of them is fuzzed (docs/robustness.md). Companion files (a package.json beside a lockfile) make
 * the detector take its full path through the format.
 */
class DetectorFuzzTest {

  private static final String PACKAGE_JSON = "{\"name\":\"app\",\"version\":\"1.0.0\",\"dependencies\":{\"a\":\"^1.0.0\"}}";
  private static final String PYPROJECT = "[project]\nname = \"app\"\nversion = \"1.0\"\ndependencies = [\"a>=1\"]\n";

  @FuzzTest(maxDuration = "10m")
  void packageLock(byte[] data) {
    FuzzHarness.detect(new NpmDetector(), "package-lock.json", data, "package.json", PACKAGE_JSON);
  }

  @FuzzTest(maxDuration = "10m")
  void packageJson(byte[] data) {
    FuzzHarness.detect(new NpmDetector(), "package.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void yarnLock(byte[] data) {
    FuzzHarness.detect(new NpmDetector(), "yarn.lock", data, "package.json", PACKAGE_JSON);
  }

  @FuzzTest(maxDuration = "10m")
  void pnpmLock(byte[] data) {
    FuzzHarness.detect(new NpmDetector(), "pnpm-lock.yaml", data, "package.json", PACKAGE_JSON);
  }

  @FuzzTest(maxDuration = "10m")
  void poetryLock(byte[] data) {
    FuzzHarness.detect(new PythonDetector(), "poetry.lock", data, "pyproject.toml", PYPROJECT);
  }

  @FuzzTest(maxDuration = "10m")
  void uvLock(byte[] data) {
    FuzzHarness.detect(new PythonDetector(), "uv.lock", data, "pyproject.toml", PYPROJECT);
  }

  @FuzzTest(maxDuration = "10m")
  void pipfileLock(byte[] data) {
    FuzzHarness.detect(new PythonDetector(), "Pipfile.lock", data, "Pipfile", "[packages]\na = \"*\"\n");
  }

  @FuzzTest(maxDuration = "10m")
  void pyproject(byte[] data) {
    FuzzHarness.detect(new PythonDetector(), "pyproject.toml", data);
  }

  @FuzzTest(maxDuration = "10m")
  void requirementsTxt(byte[] data) {
    FuzzHarness.detect(new PythonDetector(), "requirements.txt", data);
  }

  @FuzzTest(maxDuration = "10m")
  void cargoLock(byte[] data) {
    FuzzHarness.detect(new CargoDetector(), "Cargo.lock", data);
  }

  @FuzzTest(maxDuration = "10m")
  void composerLock(byte[] data) {
    FuzzHarness.detect(new ComposerDetector(), "composer.lock", data, "composer.json", "{\"require\":{\"a/b\":\"^1.0\"}}");
  }

  @FuzzTest(maxDuration = "10m")
  void gemfileLock(byte[] data) {
    FuzzHarness.detect(new RubyDetector(), "Gemfile.lock", data, "Gemfile", "gem 'rails'\n");
  }

  @FuzzTest(maxDuration = "10m")
  void goMod(byte[] data) {
    FuzzHarness.detect(new GoDetector(), "go.mod", data);
  }

  @FuzzTest(maxDuration = "10m")
  void goSum(byte[] data) {
    FuzzHarness.detect(new GoDetector(), "go.sum", data, "go.mod", "module example.org/app\n\ngo 1.22\n\nrequire github.com/a/b v1.0.0\n");
  }

  @FuzzTest(maxDuration = "10m")
  void nugetPackagesLock(byte[] data) {
    FuzzHarness.detect(new NuGetDetector(), "src/App/packages.lock.json", data, "src/App/App.csproj",
        "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"A\" Version=\"1.0.0\" /></ItemGroup></Project>");
  }

  @FuzzTest(maxDuration = "10m")
  void msbuildProject(byte[] data) {
    FuzzHarness.detect(new NuGetDetector(), "src/App/App.csproj", data);
  }

  @FuzzTest(maxDuration = "10m")
  void packagesConfig(byte[] data) {
    FuzzHarness.detect(new NuGetDetector(), "Web/packages.config", data);
  }

  @FuzzTest(maxDuration = "10m")
  void gradleLockfile(byte[] data) {
    FuzzHarness.detect(new GradleDetector(), "gradle.lockfile", data, "build.gradle", "dependencies { implementation 'a:b:1.0' }\n");
  }

  @FuzzTest(maxDuration = "10m")
  void gradleVersionCatalog(byte[] data) {
    FuzzHarness.detect(new GradleDetector(), "gradle/libs.versions.toml", data, "build.gradle", "dependencies { implementation libs.a }\n");
  }

  @FuzzTest(maxDuration = "10m")
  void gradleBuildScript(byte[] data) {
    FuzzHarness.detect(new GradleDetector(), "build.gradle.kts", data);
  }

  @FuzzTest(maxDuration = "10m")
  void dockerfile(byte[] data) {
    FuzzHarness.detect(new ContainerDetector(), "Dockerfile", data);
  }

  @FuzzTest(maxDuration = "10m")
  void compose(byte[] data) {
    FuzzHarness.detect(new ContainerDetector(), "docker-compose.yml", data);
  }

  @FuzzTest(maxDuration = "10m")
  void kubernetes(byte[] data) {
    FuzzHarness.detect(new ContainerDetector(), "deploy/app.yaml", data);
  }

  @FuzzTest(maxDuration = "10m")
  void publiccodeYml(byte[] data) {
    FuzzHarness.detect(new nl.autonomy.core.detect.publiccode.PublicCodeDetector(), "publiccode.yml", data);
  }

  @FuzzTest(maxDuration = "10m")
  void helmChart(byte[] data) {
    FuzzHarness.detect(new HelmDetector(), "chart/Chart.yaml", data);
  }

  @FuzzTest(maxDuration = "10m")
  void helmValues(byte[] data) {
    FuzzHarness.detect(new ContainerDetector(), "chart/values.yaml", data, "chart/Chart.yaml",
        "apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: 1.0.0\n");
  }

  @FuzzTest(maxDuration = "10m")
  void terraform(byte[] data) {
    FuzzHarness.detect(new SignalDetector(), "infra/main.tf", data);
  }

  @FuzzTest(maxDuration = "10m")
  void signalMatcherJava(byte[] data) {
    FuzzHarness.detect(new SignalDetector(), "src/main/java/App.java", data);
  }

  @FuzzTest(maxDuration = "10m")
  void signalMatcherCiWorkflow(byte[] data) {
    FuzzHarness.detect(new SignalDetector(), ".github/workflows/ci.yml", data);
  }

  @FuzzTest(maxDuration = "10m")
  void jarArchive(byte[] data) {
    FuzzHarness.detect(new JarDetector(), "lib/app.jar", data);
  }
}
