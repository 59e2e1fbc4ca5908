package nl.autonomy.core.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.autonomy.core.text.Brief;

/**
 * Loads the shipped catalogs from the class path and user catalogs from files, binds them strictly
 * (unknown keys are errors) and validates them. Every problem names file, line and column.
 */
public final class CatalogLoader {

  /** Shipped catalog files, classpath resources packaged from {@code policies/catalog/}. */
  public static final List<String> SHIPPED = List.of(
      "/nl/autonomy/policies/catalog/vendors.yaml",
      "/nl/autonomy/policies/catalog/services.yaml",
      "/nl/autonomy/policies/catalog/licenses.yaml");

  /** A catalog is data a person writes: anything larger is a mistake or an attack. */
  static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

  private final ObjectMapper mapper = CatalogMapper.create();

  /** The shipped catalogs. */
  public Catalog loadDefault() {
    return load(List.of());
  }

  /** The shipped catalogs extended by {@code userCatalogs}, later files overriding earlier ones by id. */
  public Catalog load(List<Path> userCatalogs) {
    List<CatalogSource> sources = new ArrayList<>();
    List<CatalogProblem> problems = new ArrayList<>();
    readShipped(sources, problems);
    for (Path p : userCatalogs) {
      readFile(p, sources, problems);
    }
    if (problems.isEmpty()) {
      problems.addAll(CatalogValidator.validate(sources));
    }
    if (!problems.isEmpty()) {
      throw new CatalogException(problems);
    }
    Catalog catalog = Catalog.empty();
    for (CatalogSource s : sources) {
      catalog = catalog.overriddenBy(s.file().toCatalog());
    }
    return catalog;
  }

  /**
   * Problems of one user catalog file, checked together with the shipped catalogs (so it may name
   * shipped vendors). Empty when the file is valid.
   */
  public List<CatalogProblem> validate(Path file) {
    List<CatalogSource> sources = new ArrayList<>();
    List<CatalogProblem> problems = new ArrayList<>();
    readShipped(sources, problems);
    readFile(file, sources, problems);
    if (problems.isEmpty()) {
      problems.addAll(CatalogValidator.validate(sources));
    }
    return problems.stream().sorted().toList();
  }

  private void readShipped(List<CatalogSource> sources, List<CatalogProblem> problems) {
    for (String resource : SHIPPED) {
      try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
        if (in == null) {
          problems.add(new CatalogProblem(resource, 0, 0, "shipped catalog missing from the class path"));
          continue;
        }
        read(resource, in.readNBytes((int) MAX_FILE_SIZE), sources, problems);
      } catch (IOException e) {
        problems.add(new CatalogProblem(resource, 0, 0, "cannot read shipped catalog: " + e.getMessage()));
      }
    }
  }

  private void readFile(Path file, List<CatalogSource> sources, List<CatalogProblem> problems) {
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        problems.add(new CatalogProblem(name, 0, 0, Files.exists(file)
            ? "not a regular file (" + nl.autonomy.core.source.RegularFiles.kind(file) + "); not read"
            : "catalog file not found"));
        return;
      }
      if (Files.size(file) > MAX_FILE_SIZE) {
        problems.add(new CatalogProblem(name, 0, 0, "catalog file larger than " + MAX_FILE_SIZE + " bytes"));
        return;
      }
      read(name, Files.readAllBytes(file), sources, problems);
    } catch (IOException e) {
      problems.add(new CatalogProblem(name, 0, 0, "cannot read catalog file: " + e.getMessage()));
    }
  }

  private void read(String name, byte[] bytes, List<CatalogSource> sources, List<CatalogProblem> problems) {
    try {
      CatalogFile file = mapper.readValue(bytes, CatalogFile.class);
      sources.add(new CatalogSource(name, file == null ? new CatalogFile(null, null, null, null, null) : file,
          bytes));
    } catch (JsonProcessingException e) {
      int[] at = position(e, bytes);
      problems.add(new CatalogProblem(name, at[0], at[1], describe(e)));
    } catch (IOException e) {
      problems.add(new CatalogProblem(name, 0, 0, "cannot read catalog: " + e.getMessage()));
    }
  }

  /**
   * Where a binding error is. Records are bound after all their keys are read, so Jackson's own
   * location points past the entry; the error's path, looked up in the document, names the key.
   */
  private static int[] position(JsonProcessingException e, byte[] bytes) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      StringBuilder pointer = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
      }
      LocationIndex index = LocationIndex.of(bytes);
      return e instanceof UnrecognizedPropertyException ? index.keyAt(pointer.toString())
          : index.at(pointer.toString());
    }
    JsonLocation at = e.getLocation();
    return at == null ? new int[] {0, 0} : new int[] {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())};
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return "unknown key '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : " (known keys: " + known + ")");
    }
    // SnakeYAML's own message quotes the offending lines: name the problem, never the file's text
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
      return Brief.of((m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem());
    }
    return Brief.of(e.getOriginalMessage());
  }
}
