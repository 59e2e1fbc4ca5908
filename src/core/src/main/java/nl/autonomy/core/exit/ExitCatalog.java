package nl.autonomy.core.exit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The shipped exit facts ({@code policies/catalog/exits.yaml}): per service category the data a
 * service holds and the open standard or export path that takes it out; per service the protocol
 * its alternatives share and the catalog service the what-if puts in its place.
 *
 * @param categories data and export path per category
 * @param services protocol facts per service
 */
public record ExitCatalog(List<CategoryExit> categories, List<ServiceFacts> services) {

  public static final String RESOURCE = "/nl/autonomy/policies/catalog/exits.yaml";

  public ExitCatalog {
    categories = categories == null ? List.of() : List.copyOf(categories);
    services = services == null ? List.of() : List.copyOf(services);
  }

  /**
   * What a service of a category holds and how it is taken out.
   *
   * @param category the catalog category ({@code storage})
   * @param data what such a service holds
   * @param export how the data is taken out
   * @param standard the open standard or export format
   * @param sources where these facts can be checked
   */
  public record CategoryExit(String category, String data, String export, String standard, List<String> sources) {
    public CategoryExit {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  /**
   * What leaving one service takes, beyond what its catalog entry says.
   *
   * @param service catalog service id
   * @param protocol the open protocol its clients speak, or null
   * @param sameProtocol alternatives that speak that protocol
   * @param clientSpeaksProtocol whether the vendor's own client works with any server of the protocol
   * @param configure what to change in the configuration, for people
   * @param replaceWith the catalog service the what-if puts in its place, or null
   * @param replaceUsage {@code open-protocol-elsewhere} or {@code self-hosted}
   * @param sources where these facts can be checked
   */
  public record ServiceFacts(String service, String protocol, List<String> sameProtocol, boolean clientSpeaksProtocol,
      String configure, String replaceWith, String replaceUsage, List<String> sources) {
    public ServiceFacts {
      sameProtocol = sameProtocol == null ? List.of() : List.copyOf(sameProtocol);
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  public Optional<CategoryExit> category(String id) {
    return categories.stream().filter(c -> c.category().equals(id)).findFirst();
  }

  public Optional<ServiceFacts> service(String id) {
    return services.stream().filter(s -> s.service().equals(id)).findFirst();
  }

  /** The shipped facts; a broken shipped file is a bug, so it fails loudly. */
  public static ExitCatalog loadDefault() {
    try (InputStream in = ExitCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      ObjectMapper mapper = YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
      return mapper.readValue(in, ExitCatalog.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
