package nl.autonomy.core.detect.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.autonomy.core.source.ArchiveBounds;
import nl.autonomy.core.source.TarEntries;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * The file system of an image, as a container runtime would see it, without one: the layers are
 * applied in order, and a whiteout in an upper layer ({@code dir/.wh.name}) removes {@code
 * dir/name} of the layers below, an opaque marker ({@code dir/.wh..wh..opq}) everything below in
 * {@code dir}; a file replaces a folder of the same name. Only the files a reader wants (package
 * databases, manifests, Java archives) are copied out, into a temporary folder. Layer tars are
 * untrusted: entries, real bytes and the compression ratio are bounded, a name that climbs out of
 * the root ({@code ../}) is refused, and every problem names the layer.
 */
final class LayerStack {

  static final String WHITEOUT = ".wh.";
  static final String OPAQUE = ".wh..wh..opq";

  /** A file of the final file system, copied out. */
  record Extracted(String path, Path file, int layer, long size) {
  }

  /** One layer: its blob in the layout and how it is shown (its digest, else its path). */
  record Layer(Path blob, String shown) {
  }

  /** What applying the layers gave: the wanted files that survived, and what went wrong. */
  record Result(List<Extracted> files, List<String> problems, boolean complete) {
  }

  private final ArchiveBounds bounds;
  private final List<String> problems = new ArrayList<>();
  private int entries;
  private long bytes;
  private boolean stopped;

  LayerStack(ArchiveBounds bounds) {
    this.bounds = bounds;
  }

  /** Applies {@code layers} and copies the surviving files {@code wanted} accepts into {@code target}. */
  Result apply(List<Layer> layers, Predicate<String> wanted, Path target) throws IOException {
    Map<String, Integer> owner = new TreeMap<>();
    boolean complete = true;
    boolean[] readable = new boolean[layers.size()];
    for (int i = 0; i < layers.size() && !stopped; i++) {
      try {
        readable[i] = overlay(layers.get(i), i, owner);
      } catch (IOException e) {
        problems.add("layer " + layers.get(i).shown() + " cannot be read: " + e.getMessage()
            + "; the files it adds or removes are missing");
        complete = false;
      }
    }
    List<Extracted> out = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < layers.size() && !stopped; i++) {
      if (!readable[i]) {
        continue;
      }
      try (TarEntries tar = open(layers.get(i))) {
        for (TarArchiveEntry e = tar.next(); e != null && !stopped; e = tar.next()) {
          String path = normalise(e.getName());
          if (path == null || !TarEntries.isRegularFile(e) || !wanted.test(path)
              || !Integer.valueOf(i).equals(owner.get(path))) {
            continue;
          }
          String name = path.substring(path.lastIndexOf('/') + 1);
          Path dir = Files.createDirectories(target.resolve(Integer.toString(n++)));
          Path file = dir.resolve(name.isEmpty() || name.equals("..") ? "file" : name);
          long size = copy(tar.stream(), file, layers.get(i));
          if (size >= 0) {
            out.add(new Extracted(path, file, i, size));
          }
        }
      } catch (IOException e) {
        problems.add("layer " + layers.get(i).shown() + " cannot be read: " + e.getMessage());
        complete = false;
      }
    }
    return new Result(out, List.copyOf(problems), complete && !stopped);
  }

  /** Applies one layer's whiteouts and files over those below; false when it is not a tar at all. */
  private boolean overlay(Layer layer, int index, Map<String, Integer> owner) throws IOException {
    List<String> removed = new ArrayList<>();
    List<String> opaque = new ArrayList<>();
    Map<String, Boolean> added = new TreeMap<>(); // path -> is a regular file (else a link or special)
    long claimed = 0;
    try (TarEntries tar = open(layer)) {
      for (TarArchiveEntry e = tar.next(); e != null; e = tar.next()) {
        if (++entries > bounds.maxEntries()) {
          stop("the image has more than " + bounds.maxEntries() + " entries over its layers");
          return true;
        }
        // judged over the entries already passed (their bytes are consumed by now); only a
        // compressed layer can inflate, a plain tar is as large as its file
        if (tar.compressed() && bounds.ratioExceeded(claimed, tar.compressedBytesRead())) {
          stop("layer " + layer.shown() + " inflates beyond the compression-ratio bound of " + bounds.maxRatio()
              + " to 1 (a bomb?)");
          return true;
        }
        claimed += Math.max(0, e.getSize());
        if (claimed > bounds.maxBytes()) {
          stop("layer " + layer.shown() + " unpacks to more than " + bounds.maxBytes() + " bytes");
          return true;
        }
        String path = normalise(e.getName());
        if (path == null) {
          problems.add("layer " + layer.shown() + ": entry '" + e.getName()
              + "' climbs out of the image root (../): refused, the rest of the layer is read");
          continue;
        }
        if (path.isEmpty() || e.isDirectory()) {
          continue;
        }
        String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(OPAQUE)) {
          opaque.add(parent);
        } else if (name.startsWith(WHITEOUT)) {
          removed.add((parent.isEmpty() ? "" : parent + "/") + name.substring(WHITEOUT.length()));
        } else {
          added.put(path, TarEntries.isRegularFile(e));
        }
      }
    }
    for (String dir : opaque) {
      removeUnder(owner, dir);
    }
    for (String path : removed) {
      owner.remove(path);
      removeUnder(owner, path);
    }
    added.forEach((path, regular) -> {
      removeUnder(owner, path); // a file or link where a folder was hides what the folder held
      if (regular) {
        owner.put(path, index);
      } else {
        owner.remove(path);
      }
    });
    return true;
  }

  private static void removeUnder(Map<String, Integer> owner, String dir) {
    if (dir.isEmpty()) {
      owner.clear();
      return;
    }
    ((TreeMap<String, Integer>) owner).subMap(dir + "/", dir + "/\uffff").clear();
  }

  private long copy(InputStream in, Path file, Layer layer) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long copied = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        copied += n;
        bytes += n;
        if (bytes > bounds.maxBytes()) {
          stop("the files read from the image's layers exceed " + bounds.maxBytes() + " bytes");
          return -1;
        }
        out.write(buffer, 0, n);
      }
    }
    return copied;
  }

  private void stop(String why) {
    if (!stopped) {
      stopped = true;
      problems.add(why + ": reading stopped there, the rest of the image is missing from the result");
    }
  }

  /** A layer blob: a tar, gzip-compressed or not (told by its first bytes, not by a media type). */
  static TarEntries open(Layer layer) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(layer.blob()));
    try {
      in.mark(4);
      byte[] magic = in.readNBytes(4);
      in.reset();
      if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
          && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
        throw new IOException("it is zstd-compressed, which Autonomy does not read yet");
      }
      boolean gzip = magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
      return TarEntries.of(in, gzip);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** {@code ./a/b} and {@code /a/b} name {@code a/b}; null for a name that climbs out ({@code ../}). */
  static String normalise(String name) {
    String n = name.replace('\\', '/');
    List<String> parts = new ArrayList<>();
    for (String part : n.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
        continue;
      }
      parts.add(part);
    }
    return String.join("/", parts);
  }
}
