package nl.autonomy.core.detect.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated multi-megabyte package-lock.json is streamed completely: every distinct package once,
 * nested copies at other versions kept apart, dev flags honoured. (The 50 MB measurement is made by
 * hand with {@link PackageLockMemoryProbe}.)
 */
class LargePackageLockTest {

  @Test
  void streamsAGeneratedFourMegabyteLockfileWithEveryPackageOnce(@TempDir Path dir) throws Exception {
    Path lock = dir.resolve("package-lock.json");
    int expected = SyntheticPackageLock.write(lock, 4L * 1024 * 1024);

    Detection d = new NpmDetector().detect(new DetectorContext(dir, ScanOptions.defaults(), Optional.empty()),
        List.of(new WorkspaceFile("package-lock.json", lock, Files.size(lock))));

    assertThat(d.problems()).isEmpty();
    assertThat(d.components()).extracting(Component::ref).doesNotHaveDuplicates().hasSize(expected);
    assertThat(d.components()).filteredOn(c -> c.ref().equals("pkg:npm/pkg-1@1.1.0"))
        .singleElement().satisfies(c -> assertThat(c.scope()).isEqualTo(Scope.BUILD));
    assertThat(d.components()).filteredOn(c -> c.ref().equals("pkg:npm/pkg-4@0.5.1"))
        .singleElement().satisfies(c -> assertThat(c.direct()).isFalse());
  }
}
