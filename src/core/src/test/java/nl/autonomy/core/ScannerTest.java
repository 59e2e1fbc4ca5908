package nl.autonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

  @TempDir
  Path root;

  /** Counts its calls; fails when asked to, like a detector with a bug. */
  static final class CountingDetector implements Detector {
    final AtomicInteger calls = new AtomicInteger();
    final boolean explode;

    CountingDetector(boolean explode) {
      this.explode = explode;
    }

    @Override
    public String id() {
      return explode ? "exploding" : "counting";
    }

    @Override
    public boolean accepts(WorkspaceFile file) {
      return file.fileName().endsWith(".txt");
    }

    @Override
    public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
      calls.incrementAndGet();
      if (explode) {
        throw new IllegalStateException("boom");
      }
      return Detection.empty();
    }
  }

  private ScanRequest request(String policy) {
    return new ScanRequest(root, root.toString(), SourceKind.FOLDER, ScanOptions.defaults().withOffline(true),
        new EvaluationOptions(policy, null, FailOn.ERROR), Optional.empty(), ProgressListener.NONE);
  }

  @Test
  void aPolicyMistakeIsReportedBeforeAnyFileIsRead() throws Exception {
    Files.writeString(root.resolve("a.txt"), "x");
    CountingDetector detector = new CountingDetector(false);

    assertThatThrownBy(() -> new Scanner(List.of(detector)).scan(request("no-such-policy")))
        .isInstanceOf(PolicyException.class);
    assertThat(detector.calls).hasValue(0);
  }

  @Test
  void aDetectorBugBecomesAProblemAndTheOtherDetectorsStillRun() throws Exception {
    Files.writeString(root.resolve("a.txt"), "x");
    CountingDetector broken = new CountingDetector(true);
    CountingDetector fine = new CountingDetector(false);

    ScanResult result = new Scanner(List.of(broken, fine)).scan(request("default"));

    assertThat(fine.calls).hasValue(1);
    assertThat(result.inventory().problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
      assertThat(p.message()).contains("exploding").contains("boom");
    });
    assertThat(result.inventory().complete()).isFalse();
    assertThat(result.assessment()).isNotNull();
  }

  @Test
  void theSubjectIsNamedAfterWhatTheUserNamedNotATemporaryFolder() {
    ScanRequest archive = new ScanRequest(root, "/deliveries/parkeren-1.4.0.war", SourceKind.ARCHIVE, ScanOptions.defaults(),
        null, Optional.empty(), null);
    ScanRequest git = new ScanRequest(root, "https://git.example.org/gemeente/parkeren.git", SourceKind.GIT,
        ScanOptions.defaults(), null, Optional.empty(), null);

    assertThat(Scanner.rootName(archive)).isEqualTo("parkeren-1.4.0");
    assertThat(Scanner.rootName(git)).isEqualTo("parkeren");
  }
}
