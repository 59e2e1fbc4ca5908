package nl.autonomy.core.detect.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.SbomFiles;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Supplier SBOMs in the scanned tree (or the SBOM scanned on its own): CycloneDX 1.2–1.6 JSON and
 * XML, SPDX 2.2/2.3 JSON and tag-value, SPDX 3.0.1 JSON-LD, recognised by their content. Each one's
 * components, dependencies, licences, suppliers and hashes are taken as claimed (marked
 * {@code autonomy:source=supplier-sbom}, with evidence naming the file), and the document itself,
 * with its quality against the standards, is kept as a {@link nl.autonomy.core.model.SupplierSbom}.
 */
public final class SbomDetector implements Detector {

  public static final String ID = "sbom";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return SbomFiles.mayBe(file.fileName());
  }

  /** Most accepted files are other JSON and XML; a large one is not worth a problem unless it is an SBOM. */
  @Override
  public boolean wantsOversizedFiles() {
    return true;
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Detection.Builder out = Detection.builder();
    long max = context.options().maxFileSize();
    for (WorkspaceFile file : files) {
      Optional<SbomFiles.Kind> kind = SbomFiles.sniff(file.absolute());
      if (kind.isEmpty()) {
        continue;
      }
      if (file.size() > max) {
        out.problem(Problem.error(ID, Location.of(file.path()), "the SBOM is larger than " + max
            + " bytes and was not read (raise --max-file-size); its components are missing from the result"));
        continue;
      }
      byte[] bytes;
      try (InputStream in = SafeFiles.open(file, max)) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        out.problem(Problem.error(ID, Location.of(file.path()), "cannot read the SBOM: " + e.getMessage()));
        continue;
      }
      out.add(read(file.path(), bytes, kind.get()));
    }
    return out.build();
  }

  /** Reads one SBOM of a known format; never throws for bad input. */
  public static Detection read(String path, byte[] bytes, SbomFiles.Kind kind) {
    try {
      return switch (kind) {
        case CYCLONEDX_JSON -> CycloneDxReader.read(path, bytes, false);
        case CYCLONEDX_XML -> CycloneDxReader.read(path, bytes, true);
        case SPDX2_JSON -> Spdx2Reader.read(path, bytes, false);
        case SPDX2_TAG_VALUE -> Spdx2Reader.read(path, bytes, true);
        case SPDX3_JSON_LD -> Spdx3Reader.read(path, bytes);
      };
    } catch (RuntimeException | StackOverflowError e) {
      return Detection.ofProblem(Problem.error(ID, Location.of(path), "cannot read the SBOM: " + e
          + "; its components are missing from the result"));
    }
  }
}
