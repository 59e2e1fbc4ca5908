package nl.autonomy.core.detect.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.archive.JarDetector;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.ArchiveBounds;
import nl.autonomy.core.source.ArchiveFormat;
import nl.autonomy.core.source.Digests;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Container images delivered as files: a {@code docker save} tarball (unpacked like any delivered
 * tar, its {@code manifest.json} then lies in the tree) or an OCI image layout ({@code oci-layout},
 * {@code index.json} and {@code blobs/}, as a folder or a tar). No container runtime is used: the
 * layers are applied in order with their whiteouts ({@link LayerStack}), and what the final file
 * system holds is read: the OS packages (dpkg, apk, rpm's SQLite database), npm packages in
 * {@code node_modules}, Python packages' {@code dist-info}, and every Java archive through the
 * archive detector, so a jar in an image is identified exactly as a jar in a WAR. The image
 * becomes the scan's project, with its config's labels as facts.
 */
public final class ImageDetector implements Detector {

  public static final String ID = "image";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArchiveBounds bounds;

  public ImageDetector() {
    this(ArchiveBounds.defaults());
  }

  ImageDetector(ArchiveBounds bounds) {
    this.bounds = bounds;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return file.fileName().equals(ImageLayout.DOCKER_MANIFEST) || file.fileName().equals(ImageLayout.OCI_INDEX);
  }

  @Override
  public boolean wantsOversizedFiles() {
    return false;
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Detection.Builder out = Detection.builder();
    for (WorkspaceFile file : files) {
      Path folder = file.absolute().getParent();
      String dir = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/')) : "";
      ImageLayout layout = new ImageLayout(folder.toAbsolutePath().normalize());
      List<ImageManifest> images;
      try {
        JsonNode root = JSON.readTree(file.absolute().toFile());
        if (file.fileName().equals(ImageLayout.DOCKER_MANIFEST)) {
          if (!ImageLayout.isDockerManifest(root)) {
            continue; // a web app's manifest.json, not an image
          }
          images = layout.docker(root);
        } else {
          if (!Files.isRegularFile(folder.resolve(ImageLayout.OCI_LAYOUT))
              || Files.isRegularFile(folder.resolve(ImageLayout.DOCKER_MANIFEST))) {
            continue; // not an OCI layout, or docker save's own manifest.json says it already
          }
          images = layout.oci(root);
        }
      } catch (IOException e) {
        if (file.fileName().equals(ImageLayout.DOCKER_MANIFEST)) {
          continue; // not JSON: nobody's image manifest
        }
        out.problem(Problem.error(ID, Location.of(file.path()), "cannot read the OCI index: " + e.getMessage()
            + "; the image's contents are missing from the result"));
        continue;
      } catch (ImageLayout.ImageException e) {
        out.problem(Problem.error(ID, Location.of(file.path()), "cannot read the image: " + e.getMessage()
            + "; its contents are missing from the result"));
        continue;
      }
      for (int i = 0; i < images.size(); i++) {
        String shown = (dir.isEmpty() ? "image" : dir) + (images.size() > 1 ? "#" + (i + 1) : "");
        out.add(image(context, layout, images.get(i), shown, file.path()));
      }
    }
    return out.build();
  }

  private Detection image(DetectorContext context, ImageLayout layout, ImageManifest image, String shown,
      String manifestPath) {
    Detection.Builder out = Detection.builder();
    Path temp = null;
    try {
      JsonNode config = layout.read(image.config());
      String configDigest = "sha256:" + Digests.of(layout.folder().resolve(image.config())).get("SHA-256");
      out.project(ImageComponent.of(image, configDigest, config, shown));
      List<LayerStack.Layer> layers = new ArrayList<>();
      JsonNode diffIds = config.path("rootfs").path("diff_ids");
      for (int i = 0; i < image.layers().size(); i++) {
        String path = image.layers().get(i);
        layers.add(new LayerStack.Layer(layout.folder().resolve(path), layerName(layout, path, diffIds.path(i).asText(""))));
      }
      temp = Files.createTempDirectory("autonomy-image-");
      LayerStack.Result fs = new LayerStack(bounds).apply(layers, ImageDetector::wanted, temp);
      for (String p : fs.problems()) {
        out.problem(Problem.error(ID, Location.of(manifestPath), shown + ": " + p));
      }
      read(context, fs.files().stream()
          .map(f -> new ImageFile(f, shown + "!/" + f.path(), layers.get(f.layer()).shown())).toList(), out);
    } catch (ImageLayout.ImageException | IOException e) {
      out.problem(Problem.error(ID, Location.of(manifestPath), "cannot read the image " + shown + ": "
          + e.getMessage() + "; its contents are missing from the result"));
    } finally {
      if (temp != null) {
        delete(temp);
      }
    }
    return out.build();
  }

  /**
   * How a layer is named in reports: its diff id from the config (the digest of the uncompressed
   * layer, the same however it was shipped), else its blob's digest, else the digest of its file.
   */
  private static String layerName(ImageLayout layout, String path, String diffId) throws IOException {
    if (diffId.matches("sha256:[0-9a-f]{64}")) {
      return diffId;
    }
    if (path.startsWith("blobs/sha256/")) {
      return ImageComponent.layerName(path);
    }
    return "sha256:" + Digests.of(layout.folder().resolve(path)).get("SHA-256");
  }

  /** The files of the final file system that say what is installed. */
  static boolean wanted(String path) {
    return path.equals("etc/os-release") || path.equals("usr/lib/os-release")
        || OsPackages.isDpkg(path) || OsPackages.isCopyright(path) || path.equals(OsPackages.APK_INSTALLED)
        || RpmDatabase.isSqlite(path) || RpmDatabase.isUnsupported(path)
        || InstalledPackages.isNode(path) || InstalledPackages.isPython(path)
        || ArchiveFormat.isJavaArchive(path.substring(path.lastIndexOf('/') + 1));
  }

  private static void read(DetectorContext context, List<ImageFile> files, Detection.Builder out) {
    OsRelease os = OsRelease.UNKNOWN;
    for (String release : List.of("etc/os-release", "usr/lib/os-release")) {
      for (ImageFile f : files) {
        if (f.path().equals(release) && os == OsRelease.UNKNOWN) {
          os = guarded(f, out, () -> OsRelease.parse(f.text()), OsRelease.UNKNOWN);
        }
      }
    }
    Map<String, List<String>> copyrights = new HashMap<>();
    Map<String, Copyright> statements = new HashMap<>();
    for (ImageFile f : files) {
      if (OsPackages.isCopyright(f.path())) {
        String pkg = f.path().split("/")[3];
        String text = guarded(f, out, f::text, null);
        if (text != null) {
          copyrights.put(pkg, OsPackages.copyrightLicenses(text));
          OsPackages.copyrightStatements(f, text).ifPresent(c -> statements.put(pkg, c));
        }
      }
    }
    List<WorkspaceFile> jars = new ArrayList<>();
    List<String> rpmProblems = new ArrayList<>();
    for (ImageFile f : files) {
      String path = f.path();
      OsRelease release = os;
      if (OsPackages.isDpkg(path)) {
        guarded(f, out, () -> OsPackages.dpkg(f, f.text(), release, copyrights, statements), List.<Component>of())
            .forEach(out::component);
      } else if (path.equals(OsPackages.APK_INSTALLED)) {
        guarded(f, out, () -> OsPackages.apk(f, f.text(), release), List.<Component>of()).forEach(out::component);
      } else if (RpmDatabase.isSqlite(path)) {
        guarded(f, out, () -> RpmDatabase.read(f, f.extracted().file(), release, rpmProblems), List.<Component>of())
            .forEach(out::component);
      } else if (RpmDatabase.isUnsupported(path)) {
        out.problem(Problem.error(ID, Location.of(f.shown()), "this rpm database is in the Berkeley DB or ndb "
            + "format, which Autonomy does not read (only rpmdb.sqlite): the image's rpm packages are missing"));
      } else if (InstalledPackages.isNode(path)) {
        Component c = guarded(f, out, () -> InstalledPackages.node(f, f.text()), null);
        if (c != null) {
          out.component(c);
        }
      } else if (InstalledPackages.isPython(path)) {
        Component c = guarded(f, out, () -> InstalledPackages.python(f, f.text()), null);
        if (c != null) {
          out.component(c);
        }
      } else if (ArchiveFormat.isJavaArchive(path.substring(path.lastIndexOf('/') + 1))) {
        jars.add(new WorkspaceFile(f.shown(), f.extracted().file(), f.extracted().size()));
      }
    }
    rpmProblems.forEach(p -> out.problem(Problem.warning(ID, Location.of("image"), p)));
    if (!jars.isEmpty()) {
      Detection found = new JarDetector().detect(context, jars.stream().sorted().toList());
      out.add(new Detection(List.of(), found.components(), found.edges(), found.serviceUses(), found.problems()));
    }
  }

  private interface Read<T> {
    T get() throws Exception;
  }

  /** A file that cannot be read is a problem naming it; the other files are still read. */
  private static <T> T guarded(ImageFile f, Detection.Builder out, Read<T> read, T fallback) {
    try {
      return read.get();
    } catch (Exception e) {
      out.problem(Problem.error(ID, Location.of(f.shown()), "cannot read " + f.path() + ": " + e.getMessage()
          + "; what it lists is missing from the result"));
      return fallback;
    }
  }

  private static void delete(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // a leftover temporary folder must not fail a finished scan
    }
  }
}
